/**
 * The organisation's settings: `content/organisation.yaml`, what a training organisation changes without
 * touching the code (who issues the attestation, the pass mark and attempts of the final test, the rule that
 * grants the attestation, the trainer kit's code). Checked at the start of every build with one message
 * listing every problem (what, where, hint).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { compact, luhnValid } from '../domain/simulator/rules/identifiers';

/** SIRET: 14 digits passing the Luhn check (spaces allowed when written). */
const siretSchema = z
  .string()
  .transform(compact)
  .refine((value) => /^\d{14}$/.test(value), { message: 'a SIRET has 14 digits' })
  .refine((value) => luhnValid(value), { message: 'this SIRET fails the Luhn check (mistyped?)' });

/** An image beside the settings file, PNG or JPEG (the PDF embeds it as is). */
const imageSchema = z
  .string()
  .regex(/^[\w./-]+\.(png|jpe?g)$/i, { message: 'a PNG or JPEG file path relative to content/, e.g. organisation/logo.png' });

export const organisationSchema = z.strictObject({
  /** The training organisation that issues the attestation. */
  organisation: z.strictObject({
    /** Name as registered (« raison sociale »). */
    name: z.string().min(2),
    /** Postal address, one line per entry. */
    address: z.array(z.string().min(2)).min(1).max(4),
    /** SIRET of the organisation (14 digits, Luhn-valid). */
    siret: siretSchema,
    /**
     * « Numéro de déclaration d'activité » (NDA) given by the Préfecture de région; 11 digits, spaces
     * allowed.
     */
    nda: z.string().regex(/^\d[\d ]{9,14}\d$/, { message: 'the NDA is 11 digits, e.g. "11 75 99999 75"' }),
    /** Where the NDA was registered (« auprès du préfet de la région … »). */
    ndaRegion: z.string().min(3),
    /** Logo printed at the top of the attestation (PNG or JPEG, path relative to content/). */
    logo: imageSchema,
  }),
  /** Who signs the attestation. */
  signatory: z.strictObject({
    name: z.string().min(2),
    /** Their role (« Responsable pédagogique »). */
    role: z.string().min(2),
    /** City written in « Fait à … ». */
    city: z.string().min(2),
    /** Image of the signature (PNG or JPEG, path relative to content/). */
    signature: imageSchema,
  }),
  /** The final test. */
  finalTest: z.strictObject({
    /** Pass mark in percent. */
    passMark: z.number().int().min(0).max(100),
    /** Attempts allowed. */
    attempts: z.number().int().min(1).max(10),
  }),
  /** What must be true before the attestation is granted (the final test passed always is). */
  completion: z.strictObject({
    /** Every required lesson done (lessons of modules marked « déjà maîtrisé » by the entry test are not required). */
    allRequiredLessons: z.boolean(),
    /** Minimum time spent in the lessons, in minutes; 0 for none. */
    minimumMinutes: z.number().int().min(0).max(6000),
  }),
  /**
   * Code that opens the trainer kit in the standalone site (at least 8 characters; spaces and case do not
   * count). Empty: the standalone site has no trainer kit. The environment variable CODE_FORMATEUR, when set
   * at build time, replaces it.
   */
  trainerCode: z.string().refine((code) => code === '' || code.replace(/\s+/g, '').length >= 8, {
    message: 'at least 8 characters (or empty for no trainer kit in the standalone site)',
  }),
});

export type Organisation = z.infer<typeof organisationSchema>;

export const ORGANISATION_FILE = 'content/organisation.yaml';

/** Reads and checks `content/organisation.yaml`; throws one error listing every problem. */
export function loadOrganisation(root: string): Organisation {
  const file = join(root, ORGANISATION_FILE);
  if (!existsSync(file)) throw new Error(`${ORGANISATION_FILE}: file not found (copy the one of the repository and change its values)`);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${ORGANISATION_FILE}: invalid YAML: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const parsed = organisationSchema.safeParse(data);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
  if (parsed.success) {
    for (const [field, path] of [
      ['organisation.logo', parsed.data.organisation.logo],
      ['signatory.signature', parsed.data.signatory.signature],
    ] as const) {
      if (!existsSync(join(root, 'content', path))) problems.push(`  - ${field}: content/${path} not found`);
    }
  }
  if (problems.length > 0 || !parsed.success) {
    throw new Error(`${ORGANISATION_FILE} has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}\nSee README.md, « Personnaliser pour votre organisme ».`);
  }
  return parsed.data;
}

/** The trainer code in force: CODE_FORMATEUR from the environment, else the settings file's; '' for none. */
export function trainerCode(organisation: Organisation, env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env['CODE_FORMATEUR'];
  return (fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : organisation.trainerCode).trim();
}

/** An image of the settings as a data: URL (for the page and the PDF; no fetch at run time). */
export function imageDataUrl(root: string, path: string): string {
  const bytes = readFileSync(join(root, 'content', path));
  const type = /\.png$/i.test(path) ? 'image/png' : 'image/jpeg';
  return `data:${type};base64,${bytes.toString('base64')}`;
}
