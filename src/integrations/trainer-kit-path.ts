/**
 * Where the trainer kit lives in the standalone site: a folder named after a hash of the trainer code set at
 * build time, so that the path cannot be guessed without the code and no page needs to link to it. The access
 * page (`acces-formateur.html`) computes the same name in the browser (Web Crypto SHA-256) from what the
 * trainer types. Build-time and test-time only (Node).
 */
import { createHash } from 'node:crypto';

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

/** Salt of the access page's check value. */
export const CHECK_SALT = 'parcours-chorus-pro:verification:';

/**
 * What the access page compares with, computed from the folder name: SHA-256 of CHECK_SALT + folder. The
 * page can tell a right code from a wrong one without asking the server, and the folder cannot be read
 * back from this value.
 */
export function accessCheckFor(code: string): string {
  return createHash('sha256').update(CHECK_SALT + kitFolderFor(code), 'utf8').digest('hex');
}

/** The kit's folder in the standalone site for this code, e.g. `formateur-3f2a…`. */
export function kitFolderFor(code: string): string {
  const hex = createHash('sha256').update(KIT_SALT + normaliseTrainerCode(code), 'utf8').digest('hex');
  return `${KIT_PREFIX}${hex.slice(0, KIT_HASH_LENGTH)}`;
}
