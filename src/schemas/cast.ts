/**
 * The course's one fictional cast (`content/cast.yaml`) and the build-time check that holds lessons,
 * scenarios and question banks to it, so that a trainer projecting a lesson and then its exercise tells one
 * story: the same companies, SIRETs, people and numbered pieces everywhere.
 *
 * The check reads text as authors write it (« 812 345 676 00017 », « 81234567600017 ») and reports, all at
 * once with the file and field:
 * - a cast that contradicts itself: one SIRET under two companies, one name for two companies, a SIRET that is
 *   not of its company's SIREN or fails the Luhn key, an e-mail given to two people, a piece numbered twice;
 * - a SIRET, a SIREN or an `.example` e-mail address that the cast does not know;
 * - a SIRET named after another company than its own (the nearest company name before it, in the same
 *   paragraph or text field), or a bank account holder that is not the SIRET's company;
 * - a variant of a cast company's name (« MENUISERIE DURAND ET FILS » for « Menuiserie Durand SARL »);
 * - a numbered piece of the cast deposited in a scenario with another supplier, recipient or date.
 */
import { z } from 'zod';
import { luhnValid } from '../domain/simulator/rules/identifiers';
import { idSchema } from './ids';
import type { ContentProblem, RawDataFile, RawLessonFile } from './check-content';

const siretSchema = z.string().regex(/^\d{14}$/, { message: 'a SIRET is 14 digits, written without spaces' });

/** One establishment (SIRET) of a company. */
const establishmentSchema = z.strictObject({
  /** 14 digits: the company's SIREN followed by the establishment's NIC. */
  siret: siretSchema,
  /** What the establishment is in the story (« siège », « atelier de Saint-Aubin »). */
  label: z.string().min(2),
  /** Postal address, as the simulator's SIRENE stand-in gives it. Optional. */
  address: z.string().optional(),
});

/** A company or public body of the story. */
const companySchema = z
  .strictObject({
    /** Stable id, referenced by people. */
    id: idSchema,
    /** The raison sociale, exactly as written in the content. */
    name: z.string().min(2),
    /** Other forms the content may use (a short name, « mairie de … »). Default none. */
    aliases: z.array(z.string().min(2)).default([]),
    /**
     * The distinctive word of the name (« Durand » for « Menuiserie Durand SARL »), used to spot variants of
     * the name. Default: the first capitalised word after the first word that is not a linking word.
     */
    key: z.string().optional(),
    /** entreprise, maitre-oeuvre (architect acting as MOE) or public (a public customer). */
    kind: z.enum(['entreprise', 'maitre-oeuvre', 'public']),
    /** 9 digits. Required when the company has establishments. */
    siren: z.string().regex(/^\d{9}$/, { message: 'a SIREN is 9 digits, written without spaces' }).optional(),
    /** Its SIRETs. None for a company that only appears in a lesson example, without numbers. */
    establishments: z.array(establishmentSchema).default([]),
    /** What the company does in the course, for authors and trainers. */
    story: z.string().optional(),
  })
  .refine((company) => company.establishments.length === 0 || company.siren !== undefined, {
    message: 'a company with establishments needs its siren',
    path: ['siren'],
  });

/** A person of the story. */
const personSchema = z.strictObject({
  id: idSchema,
  /** First and last name (a first name alone for a person the content never names in full). */
  name: z.string().min(2),
  /** Id of the person's company. */
  company: idSchema,
  /** Job and Chorus Pro role, for authors and trainers. */
  role: z.string().min(2),
  /** The person's fictional e-mail addresses (reserved `.example` domain). Default none. */
  emails: z.array(z.string().regex(/^[^@\s]+@[^@\s]+\.example$/, { message: 'use an address of the reserved .example domain' })).default([]),
});

/** A numbered piece (invoice, payment request) that the content follows. */
const invoiceSchema = z.strictObject({
  /** The number written on the piece. */
  number: z.string().min(3),
  /** SIRET of the depositor. */
  supplier: siretSchema,
  /** SIRET of the public recipient, when the piece has one in the scenarios. */
  recipient: siretSchema.optional(),
  /** Date written on the piece, AAAA-MM-JJ, when it has one in the scenarios. */
  date: z.iso.date().optional(),
  /** Cadre de facturation (A1…A25). */
  cadre: z.string().regex(/^A\d{1,2}$/).optional(),
  /** Where and how it is used. */
  story: z.string().optional(),
});

/** `content/cast.yaml`. */
export const castSchema = z.strictObject({
  companies: z.array(companySchema),
  people: z.array(personSchema).default([]),
  invoices: z.array(invoiceSchema).default([]),
});

export type Cast = z.infer<typeof castSchema>;
type Company = Cast['companies'][number];

/** What the cast check reads: the cast file and the content held to it. */
export interface CastInput {
  castFile: string;
  cast: unknown;
  castError?: string | undefined;
  lessons: RawLessonFile[];
  quizzes?: RawDataFile[] | undefined;
  scenarios?: RawDataFile[] | undefined;
}

const SPACE = '[ \\u00a0\\u202f]?';
/** A SIRET as authors write it: 14 digits, optionally grouped 3-3-3-5. */
const SIRET_IN_TEXT = new RegExp(`(?<![\\d])\\d{3}${SPACE}\\d{3}${SPACE}\\d{3}${SPACE}\\d{5}(?![\\d])`, 'g');
/** A SIREN announced by the word « SIREN » (possibly inside a glossary link). */
const SIREN_IN_TEXT = new RegExp(`SIREN\\b[^\\d\\n]{0,40}?(\\d{3}${SPACE}\\d{3}${SPACE}\\d{3})(?!${SPACE}\\d)`, 'gi');
const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.example\b/g;
const LINKING_WORDS = new Set(['de', 'du', 'des', "d'", 'et', 'la', 'le', 'les', "l'", '&']);
/** Words after which a company name may continue: a capitalised word, a linking word, or a legal form. */
const NAME_TOKEN = /^(?:[\p{Lu}][\p{L}\p{N}'’-]*|de|du|des|d['’]|et|la|le|les|l['’]|&)$/u;

const digitsOf = (value: string) => value.replace(/\D/g, '');
const normalise = (value: string) => value.replace(/[’]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
const spaced = (siret: string) => `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The distinctive word of a company's name, used to spot variants of it. */
function keyOf(company: Company): string {
  if (company.key) return company.key;
  const words = company.name.split(/\s+/).slice(1);
  const key = words.find((word) => /^\p{Lu}/u.test(word) && !LINKING_WORDS.has(word.toLowerCase().replace('’', "'")));
  return key?.replace(/^[dl]['’]/i, '') ?? company.name;
}

/** Everything the content scan needs, indexed. */
interface CastIndex {
  bySiret: Map<string, Company>;
  bySiren: Map<string, Company>;
  byName: Map<string, Company>;
  emails: Set<string>;
  invoices: Map<string, Cast['invoices'][number]>;
  /** Exact name or alias, longest first, with the company it names. */
  names: Array<{ pattern: RegExp; company: Company }>;
  /** First words of company names (« Menuiserie », « Commune »): where a name may start. */
  tradeWords: Set<string>;
  /** Finds a capitalised (or upper-case) trade word, so that text without any skips the variant scan. */
  tradeWordPattern: RegExp;
}

function indexCast(cast: Cast): CastIndex {
  const bySiret = new Map<string, Company>();
  const bySiren = new Map<string, Company>();
  const byName = new Map<string, Company>();
  for (const company of cast.companies) {
    if (company.siren) bySiren.set(company.siren, company);
    for (const e of company.establishments) if (!bySiret.has(e.siret)) bySiret.set(e.siret, company);
    for (const name of [company.name, ...company.aliases]) if (!byName.has(normalise(name))) byName.set(normalise(name), company);
  }
  const tradeWords = new Set(cast.companies.map((c) => c.name.split(/\s+/)[0]!.toLowerCase()));
  const names = [...byName.entries()]
    .sort(([a], [b]) => b.length - a.length)
    .map(([name, company]) => ({
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/'/g, "['’]").replace(/ /g, '[ \\u00a0\\u202f]+')}(?![\\p{L}\\p{N}])`, 'giu'),
      company,
    }));
  return {
    bySiret,
    bySiren,
    byName,
    emails: new Set(cast.people.flatMap((p) => p.emails.map((e) => e.toLowerCase()))),
    invoices: new Map([...cast.invoices].reverse().map((i) => [i.number, i])),
    names,
    tradeWords,
    tradeWordPattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...tradeWords].flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'u',
    ),
  };
}

/** Problems of the cast file itself: a cast that contradicts itself cannot hold anything else to account. */
function checkCastFile(file: string, cast: Cast): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map<string, number>();
  const sirets = new Map<string, Company>();
  const names = new Map<string, Company>();
  cast.companies.forEach((company, c) => {
    const at = `companies[${c}]`;
    if (ids.has(company.id)) problems.push({ file, field: `${at}.id`, message: `duplicate company id "${company.id}"` });
    ids.set(company.id, c);
    if (company.siren && !luhnValid(company.siren)) {
      problems.push({ file, field: `${at}.siren`, message: `SIREN ${company.siren} of « ${company.name} » fails the Luhn key`, hint: 'pick a fictional number that passes it (content/README.md)' });
    }
    company.establishments.forEach((e, i) => {
      const field = `${at}.establishments[${i}].siret`;
      const other = sirets.get(e.siret);
      if (other && other !== company) {
        problems.push({ file, field, message: `SIRET ${spaced(e.siret)} names two companies: « ${other.name} » and « ${company.name} »`, hint: 'a SIRET is one establishment of one company: give one of them another number' });
      }
      sirets.set(e.siret, company);
      if (!luhnValid(e.siret)) problems.push({ file, field, message: `SIRET ${spaced(e.siret)} of « ${company.name} » fails the Luhn key`, hint: 'pick a fictional number that passes it' });
      if (company.siren && !e.siret.startsWith(company.siren)) {
        problems.push({ file, field, message: `SIRET ${spaced(e.siret)} is not an establishment of « ${company.name} » (SIREN ${company.siren})`, hint: 'an establishment\'s SIRET starts with its company\'s SIREN; a second company needs its own entry' });
      }
    });
    for (const name of [company.name, ...company.aliases]) {
      const other = names.get(normalise(name));
      if (other && other !== company) {
        problems.push({ file, field: `${at}.name`, message: `the name « ${name} » is given to two companies: « ${other.id} » and « ${company.id} »`, hint: 'one company, one name: merge them as establishments of one company or rename one' });
      }
      names.set(normalise(name), company);
    }
  });
  const emails = new Map<string, string>();
  cast.people.forEach((person, p) => {
    if (!ids.has(person.company)) problems.push({ file, field: `people[${p}].company`, message: `unknown company "${person.company}"`, hint: `companies: ${[...ids.keys()].join(', ')}` });
    person.emails.forEach((email, e) => {
      const other = emails.get(email.toLowerCase());
      if (other && other !== person.id) problems.push({ file, field: `people[${p}].emails[${e}]`, message: `e-mail ${email} belongs to two people: ${other} and ${person.id}` });
      emails.set(email.toLowerCase(), person.id);
    });
  });
  const numbers = new Set<string>();
  cast.invoices.forEach((invoice, i) => {
    if (numbers.has(invoice.number)) problems.push({ file, field: `invoices[${i}].number`, message: `piece ${invoice.number} is listed twice`, hint: 'one number, one piece: renumber one of them' });
    numbers.add(invoice.number);
    for (const role of ['supplier', 'recipient'] as const) {
      const siret = invoice[role];
      if (siret && !sirets.has(siret)) problems.push({ file, field: `invoices[${i}].${role}`, message: `SIRET ${spaced(siret)} is not in the cast`, hint: 'add the company to companies[] first' });
    }
  });
  return problems;
}

/** One stretch of text the scan reads as a unit: a paragraph of a lesson, or one text field of a YAML file. */
interface Segment {
  file: string;
  field: string;
  text: string;
}

/** Lesson paragraphs (blank-line separated), with the line they start on. */
function lessonSegments(lesson: RawLessonFile): Segment[] {
  const segments: Segment[] = [];
  const lines = lesson.body.split('\n');
  let start = 0;
  let buffer: string[] = [];
  const flush = (end: number) => {
    if (buffer.join('').trim()) segments.push({ file: lesson.file, field: `body line ${start + 1}`, text: buffer.join('\n') });
    buffer = [];
    start = end + 1;
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') flush(i);
    else buffer.push(line);
  });
  flush(lines.length);
  return segments;
}

/** Every string of a YAML document with its path, and every mapping (for the structured checks). */
function walkYaml(value: unknown, path: string, strings: Array<{ path: string; text: string }>, maps: Array<{ path: string; map: Record<string, unknown> }>) {
  if (typeof value === 'string') strings.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => walkYaml(item, `${path}[${i}]`, strings, maps));
  else if (value && typeof value === 'object') {
    maps.push({ path, map: value as Record<string, unknown> });
    for (const [key, item] of Object.entries(value)) walkYaml(item, path ? `${path}.${key}` : key, strings, maps);
  }
}

/** Where company names are mentioned in a text: exact names and aliases, longest first, without overlaps. */
function mentions(text: string, index: CastIndex): Array<{ start: number; end: number; company: Company }> {
  const found: Array<{ start: number; end: number; company: Company }> = [];
  for (const { pattern, company } of index.names) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((m) => start < m.end && end > m.start)) continue;
      found.push({ start, end, company });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A capitalised phrase starting with a company trade word (« Menuiserie Durand et Fils ») that is not one of the cast's names. */
function nameVariants(text: string, index: CastIndex): Array<{ phrase: string; companies: Company[] }> {
  const variants: Array<{ phrase: string; companies: Company[] }> = [];
  if (!index.tradeWordPattern.test(text)) return variants;
  const tokens = [...text.matchAll(/[\p{L}\p{N}'’&-]+/gu)];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]![0];
    if (!/^\p{Lu}/u.test(first) || !index.tradeWords.has(first.toLowerCase())) continue;
    const phrase = [first];
    let j = i + 1;
    // The phrase continues over capitalised words and linking words separated by spaces only (no punctuation).
    while (j < tokens.length && NAME_TOKEN.test(tokens[j]![0]) && /^[ \u00a0\u202f]*$/.test(text.slice(tokens[j - 1]!.index + tokens[j - 1]![0].length, tokens[j]!.index))) {
      phrase.push(tokens[j]![0]);
      j++;
    }
    while (phrase.length > 1 && LINKING_WORDS.has(phrase[phrase.length - 1]!.toLowerCase().replace('’', "'"))) phrase.pop();
    i = j - 1;
    if (phrase.length < 2) continue;
    const words = new Set(phrase.map((w) => w.toLowerCase()));
    const companies = [...new Set(index.byName.values())].filter((c) => words.has(keyOf(c).toLowerCase()));
    if (companies.length === 0) continue;
    const written = normalise(phrase.join(' '));
    if (index.byName.has(written)) continue;
    variants.push({ phrase: phrase.join(' '), companies });
  }
  return variants;
}

function scanSegment(segment: Segment, index: CastIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { file, field, text } = segment;
  // Cheap guards first: most text fields hold no digit run and no « @ ».
  const sirets = /\d{3}/.test(text) ? [...text.matchAll(SIRET_IN_TEXT)] : [];
  const names = sirets.length > 0 ? mentions(text, index) : [];
  sirets.forEach((match, s) => {
    const siret = digitsOf(match[0]);
    const owner = index.bySiret.get(siret);
    if (!owner) {
      problems.push({ file, field, message: `SIRET ${spaced(siret)} is not in the cast`, hint: 'use a SIRET of content/cast.yaml, or add the company there (companies[].establishments)' });
      return;
    }
    // The company named just before the number, in the same stretch of text, with no other number between.
    const previousEnd = s > 0 ? sirets[s - 1]!.index + sirets[s - 1]![0].length : 0;
    const named = names.filter((m) => m.end <= match.index && m.start >= previousEnd && match.index - m.end <= 160).at(-1);
    if (named && named.company !== owner) {
      problems.push({
        file,
        field,
        message: `SIRET ${spaced(siret)} names two companies: « ${owner.name} » in the cast, « ${named.company.name} » here`,
        hint: `write « ${owner.name} » here, or use a SIRET of « ${named.company.name} »: ${named.company.establishments.map((e) => spaced(e.siret)).join(', ') || '(none in the cast)'}`,
      });
    }
  });
  for (const match of /siren/i.test(text) ? text.matchAll(SIREN_IN_TEXT) : []) {
    const siren = digitsOf(match[1] ?? '');
    if (!index.bySiren.has(siren)) problems.push({ file, field, message: `SIREN ${match[1]} is not in the cast`, hint: 'use the SIREN of a company of content/cast.yaml' });
  }
  for (const match of text.includes('@') ? text.matchAll(EMAIL_IN_TEXT) : []) {
    if (!index.emails.has(match[0].toLowerCase())) problems.push({ file, field, message: `e-mail ${match[0]} belongs to nobody in the cast`, hint: 'use an address of content/cast.yaml (people[].emails), or add the person there' });
  }
  for (const variant of nameVariants(text, index)) {
    problems.push({
      file,
      field,
      message: `« ${variant.phrase} » is not a name of the cast`,
      hint: `the cast writes ${variant.companies.map((c) => [c.name, ...c.aliases].map((n) => `« ${n} »`).join(' or ')).join('; ')}`,
    });
  }
  return problems;
}

/** Structured checks on YAML mappings: a bank holder against its SIRET, a cast piece against its supplier, recipient and date. */
function scanMapping(file: string, path: string, map: Record<string, unknown>, index: CastIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const field = path || '(root)';
  const str = (key: string) => (typeof map[key] === 'string' ? (map[key] as string) : undefined);
  const siret = str('siret') ?? str('supplierSiret');
  const holder = str('holder') ?? str('raisonSociale');
  if (siret && holder) {
    const owner = index.bySiret.get(digitsOf(siret));
    const named = index.byName.get(normalise(holder));
    if (owner && named && owner !== named) {
      problems.push({ file, field: `${field}.holder`, message: `SIRET ${spaced(digitsOf(siret))} names two companies: « ${owner.name} » in the cast, « ${holder} » here`, hint: `write « ${owner.name} »` });
    }
  }
  const number = str('number');
  const piece = number ? index.invoices.get(number) : undefined;
  if (piece) {
    const checks: Array<[string, string | undefined, string | undefined]> = [
      ['supplierSiret', str('supplierSiret') ?? str('siret'), piece.supplier],
      ['recipientSiret', str('recipientSiret'), piece.recipient],
      ['date', str('date'), piece.date],
    ];
    for (const [key, written, expected] of checks) {
      if (written && expected && written !== expected) {
        problems.push({
          file,
          field: `${field}.${key}`,
          message: `piece ${number} has ${key === 'date' ? 'date' : key === 'recipientSiret' ? 'recipient' : 'depositor'} ${written} here but ${expected} in the cast`,
          hint: 'one number, one piece: use the cast\'s data, or give this piece a new number and add it to content/cast.yaml',
        });
      }
    }
  }
  return problems;
}

/** Checks the cast file, then every lesson, scenario and question bank against it; returns every problem. */
export function checkCast(input: CastInput): ContentProblem[] {
  if (input.castError) return [{ file: input.castFile, field: '(file)', message: input.castError, hint: 'content/cast.yaml holds the course\'s fictional companies, people and pieces' }];
  const parsed = castSchema.safeParse(input.cast);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      file: input.castFile,
      field: issue.path.length ? issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') : '(root)',
      message: issue.message,
    }));
  }
  const problems = checkCastFile(input.castFile, parsed.data);
  const index = indexCast(parsed.data);
  for (const lesson of input.lessons) for (const segment of lessonSegments(lesson)) problems.push(...scanSegment(segment, index));
  for (const data of [...(input.scenarios ?? []), ...(input.quizzes ?? [])]) {
    if (data.error) continue;
    const strings: Array<{ path: string; text: string }> = [];
    const maps: Array<{ path: string; map: Record<string, unknown> }> = [];
    walkYaml(data.data, '', strings, maps);
    for (const { path, text } of strings) problems.push(...scanSegment({ file: data.file, field: path || '(root)', text }, index));
    for (const { path, map } of maps) problems.push(...scanMapping(data.file, path, map, index));
  }
  return problems;
}
