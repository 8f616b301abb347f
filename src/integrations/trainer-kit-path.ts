/**
 * Where the trainer kit lives in the standalone site: a folder named after a hash of the trainer code set at
 * build time, so that the path cannot be guessed without the code and no page needs to link to it. The access
 * page (`acces-formateur.html`) computes the same name in the browser (Web Crypto SHA-256) from what the
 * trainer types. Build-time and test-time only (Node).
 */
import { createHash, pbkdf2Sync } from 'node:crypto';

/** Salt of the hash, so that the folder name is not a bare hash of a common word. */
export const KIT_SALT = 'parcours-chorus-pro:kit-formateur:';
/** Hex characters of the hash kept in the folder name (96 bits). */
export const KIT_HASH_LENGTH = 24;
/** Prefix of the folder name. */
export const KIT_PREFIX = 'formateur-';
/** The access page of the standalone site, where the trainer types the code. */
export const ACCESS_PAGE = 'acces-formateur.html';

/** The code as compared: spaces removed, upper case (a code read aloud or typed in a hurry still works). */
export function normaliseTrainerCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** Salt and iterations of the access page's check value (PBKDF2-SHA-256). */
export const CHECK_SALT = 'parcours-chorus-pro:verification';
export const CHECK_ITERATIONS = 200_000;

/**
 * What the access page compares with: PBKDF2-SHA-256 of the code (CHECK_ITERATIONS rounds), so that the page
 * tells a right code from a wrong one without asking the server, while trying codes against it offline stays
 * slow (about a tenth of a second a try). The folder name is a different hash and cannot be read from it.
 */
export function accessCheckFor(code: string): string {
  return pbkdf2Sync(normaliseTrainerCode(code), CHECK_SALT, CHECK_ITERATIONS, 32, 'sha256').toString('hex');
}

/** The kit's folder in the standalone site for this code, e.g. `formateur-3f2a…`. */
export function kitFolderFor(code: string): string {
  const hex = createHash('sha256').update(KIT_SALT + normaliseTrainerCode(code), 'utf8').digest('hex');
  return `${KIT_PREFIX}${hex.slice(0, KIT_HASH_LENGTH)}`;
}
