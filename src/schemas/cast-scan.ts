/**
 * The scan of lessons, scenarios and question banks against the cast (cast.ts): SIRETs, SIRENs and
 * `.example` e-mail addresses the cast does not know, a SIRET named after another company, variants of a
 * company's name, and numbered pieces deposited with other data than the cast's.
 */
import type { Cast, CastInput, Company } from './cast';
import type { RawLessonFile } from './check-content';
import type { ContentProblem } from './problems';

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
export const normalise = (value: string) => value.replace(/[’]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ').trim().toLowerCase();
export const spaced = (siret: string) => `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
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

/** Every lesson paragraph and every text field and mapping of the scenarios and question banks, scanned. */
export function scanContent(input: CastInput, cast: Cast): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const index = indexCast(cast);
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
