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
 *
 * This module holds the cast's schema and its own consistency; cast-scan.ts reads the content against it.
 */
import { z } from 'zod';
import { luhnValid } from '../domain/simulator/rules/identifiers';
import { idSchema } from './ids';
import { normalise, scanContent, spaced } from './cast-scan';
import type { RawDataFile, RawLessonFile } from './check-content';
import { zodProblems, type ContentProblem } from './problems';

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
export type Company = Cast['companies'][number];

/** What the cast check reads: the cast file and the content held to it. */
export interface CastInput {
  castFile: string;
  cast: unknown;
  castError?: string | undefined;
  lessons: RawLessonFile[];
  quizzes?: RawDataFile[] | undefined;
  scenarios?: RawDataFile[] | undefined;
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

/** Checks the cast file, then every lesson, scenario and question bank against it; returns every problem. */
export function checkCast(input: CastInput): ContentProblem[] {
  if (input.castError) return [{ file: input.castFile, field: '(file)', message: input.castError, hint: 'content/cast.yaml holds the course\'s fictional companies, people and pieces' }];
  const parsed = castSchema.safeParse(input.cast);
  if (!parsed.success) {
    return zodProblems(input.castFile, parsed.error);
  }
  return [...checkCastFile(input.castFile, parsed.data), ...scanContent(input, parsed.data)];
}
