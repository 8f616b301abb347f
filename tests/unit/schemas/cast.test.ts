import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { castSchema, checkCast } from '../../../src/schemas/cast';
import { checkContent } from '../../../src/schemas/check-content';
import { formatProblems } from '../../../src/schemas/problems';
import { readContent } from '../../../src/schemas/load-content';
import { COMPANIES, PEOPLE, RECIPIENTS } from '../../../src/domain/simulator/fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/cast/${name}`, import.meta.url));
const castProblems = (name: string) => {
  const raw = readContent(fixture(name));
  return checkCast({ castFile: raw.castFile ?? '', cast: raw.cast, castError: raw.castError, lessons: raw.lessons, quizzes: raw.quizzes, scenarios: raw.scenarios });
};

describe('cast check', () => {
  it('accepts content that tells one story: known SIRETs, SIREN, names, aliases in capitals, e-mails and pieces', () => {
    expect(formatProblems(castProblems('valid'))).toBe(formatProblems([]));
  });

  it('refuses a SIRET naming two companies and every other inconsistency, all at once with file, field and hint', () => {
    expect(formatProblems(castProblems('conflict'))).toMatchInlineSnapshot(`
      "Content check failed with 15 problems:
        - content/cast.yaml › companies[0].establishments[1].siret: SIRET 219 999 018 00019 is not an establishment of « Menuiserie Test SARL » (SIREN 123456782)
            hint: an establishment's SIRET starts with its company's SIREN; a second company needs its own entry
        - content/cast.yaml › companies[1].establishments[0].siret: SIRET 219 999 018 00019 names two companies: « Menuiserie Test SARL » and « Commune de Testville »
            hint: a SIRET is one establishment of one company: give one of them another number
        - content/cast.yaml › companies[1].establishments[1].siret: SIRET 219 999 018 00018 of « Commune de Testville » fails the Luhn key
            hint: pick a fictional number that passes it
        - content/cast.yaml › companies[1].name: the name « Menuiserie Test » is given to two companies: « menuiserie-test » and « commune-testville »
            hint: one company, one name: merge them as establishments of one company or rename one
        - content/cast.yaml › people[1].company: unknown company "menuiserie-inconnue"
            hint: companies: menuiserie-test, commune-testville
        - content/cast.yaml › people[1].emails[0]: e-mail anne@menuiserie-test.example belongs to two people: anne-test and bruno
        - content/cast.yaml › invoices[1].number: piece FT-2026-001 is listed twice
            hint: one number, one piece: renumber one of them
        - content/cast.yaml › invoices[1].supplier: SIRET 123 456 782 00036 is not in the cast
            hint: add the company to companies[] first
        - content/lessons/m-un/l-un.mdx › body line 2: SIRET 123 456 782 00010 names two companies: « Menuiserie Test SARL » in the cast, « Commune de Testville » here
            hint: write « Menuiserie Test SARL » here, or use a SIRET of « Commune de Testville »: 219 999 018 00019, 219 999 018 00018
        - content/lessons/m-un/l-un.mdx › body line 4: SIRET 123 456 782 00036 is not in the cast
            hint: use a SIRET of content/cast.yaml, or add the company there (companies[].establishments)
        - content/lessons/m-un/l-un.mdx › body line 4: SIREN 732 829 320 is not in the cast
            hint: use the SIREN of a company of content/cast.yaml
        - content/lessons/m-un/l-un.mdx › body line 4: « MENUISERIE TEST ET FILS » is not a name of the cast
            hint: the cast writes « Menuiserie Test SARL » or « Menuiserie Test »
        - content/scenarios/s-un.yaml › intro: e-mail bruno@menuiserie-test.example belongs to nobody in the cast
            hint: use an address of content/cast.yaml (people[].emails), or add the person there
        - content/scenarios/s-un.yaml › start.setup[0].holder: SIRET 123 456 782 00010 names two companies: « Menuiserie Test SARL » in the cast, « Commune de Testville » here
            hint: write « Menuiserie Test SARL »
        - content/scenarios/s-un.yaml › start.setup[1].date: piece FT-2026-001 has date 2026-03-09 here but 2026-03-02 in the cast
            hint: one number, one piece: use the cast's data, or give this piece a new number and add it to content/cast.yaml"
    `);
  });

  it('makes the whole content check fail, so the build stops, when a SIRET names two companies', () => {
    const { problems, content } = checkContent(readContent(fixture('conflict')));
    expect(content).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/lessons/m-un/l-un.mdx', message: expect.stringMatching(/^SIRET 123 456 782 00010 names two companies/) }));
  });

  it('reports a missing cast file instead of skipping the check', () => {
    const problems = checkCast({ castFile: 'content/cast.yaml', cast: undefined, castError: 'file not found', lessons: [] });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/cast.yaml', field: '(file)', message: 'file not found' })]);
  });
});

describe('the course cast', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const cast = castSchema.parse(parse(readFileSync(`${root}/content/cast.yaml`, 'utf8')));
  const establishments = new Map(cast.companies.flatMap((c) => c.establishments.map((e) => [e.siret, c] as const)));

  it('names every company of the simulator as the simulator does', () => {
    for (const company of [...COMPANIES.map((c) => ({ siret: c.siret, name: c.raisonSociale })), ...RECIPIENTS.map((r) => ({ siret: r.siret, name: r.name }))]) {
      expect(establishments.get(company.siret)?.name, company.siret).toBe(company.name);
    }
  });

  it('knows every person of the simulator by name and login address', () => {
    for (const person of Object.values(PEOPLE)) {
      const entry = cast.people.find((p) => p.emails.includes(person.loginEmail));
      expect(entry?.name, person.loginEmail).toBe(`${person.firstName} ${person.lastName}`);
    }
  });
});
