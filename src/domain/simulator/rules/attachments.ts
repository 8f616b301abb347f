/**
 * Attachments (« pièces jointes ») of an invoice — facts §2.3 / §10.6: name ≤ 50 characters with its
 * extension, an extension from the portal's list, each file under 10 Mo, all files together ≤ 120 Mo.
 */
import { at, issue, type Issue } from '../issues';

/** A file as the simulator sees it: its name and size; the content never matters here. */
export interface AttachmentInput {
  name: string;
  /** Size in bytes. */
  size: number;
}

export const ATTACHMENT_NAME_MAX = 50;
/** 1 Mo as the portal counts it (binary megabyte, as the integrator code does). */
export const MEGABYTE = 1024 * 1024;
export const ATTACHMENT_MAX_BYTES = 10 * MEGABYTE;
export const ATTACHMENTS_TOTAL_MAX_BYTES = 120 * MEGABYTE;

/** Extensions the portal accepts (facts §2.3), lower case. */
export const ALLOWED_EXTENSIONS: readonly string[] = [
  'bmp', 'gif', 'fax', 'odt', 'ppt', 'tiff', 'xls', 'bz2', 'gz', 'jpeg', 'p7s', 'rtf', 'txt', 'xml', 'csv',
  'gzip', 'jpg', 'pdf', 'svg', 'xhtml', 'xlsx', 'doc', 'htm', 'odp', 'png', 'tgz', 'xlc', 'zip', 'docx',
  'html', 'ods', 'pps', 'tif', 'xlm', 'pptx',
];

/** The extension after the last dot, lower case, or '' when there is none (`facture.` and `.pdf` have none usable). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return '';
  return name.slice(dot + 1).toLowerCase();
}

/** Checks one file. */
export function checkAttachment(file: AttachmentInput, path: string): Issue[] {
  const issues: Issue[] = [];
  const name = file.name.trim();
  if (name === '') issues.push(issue('field.required', at(path, 'name')));
  else {
    if (name.length > ATTACHMENT_NAME_MAX) {
      issues.push(issue('attachment.nameTooLong', at(path, 'name'), { max: ATTACHMENT_NAME_MAX, actual: name.length }));
    }
    const extension = extensionOf(name);
    if (extension === '') issues.push(issue('attachment.extensionMissing', at(path, 'name')));
    else if (!ALLOWED_EXTENSIONS.includes(extension)) {
      issues.push(issue('attachment.extensionNotAllowed', at(path, 'name'), { extension }));
    }
  }
  if (!Number.isSafeInteger(file.size) || file.size <= 0) issues.push(issue('attachment.size', at(path, 'size')));
  else if (file.size >= ATTACHMENT_MAX_BYTES) issues.push(issue('attachment.tooLarge', at(path, 'size'), { max: 10 }));
  return issues;
}

/** Checks a list of files: each file, then the 120 Mo total. */
export function checkAttachments(files: readonly AttachmentInput[], path: string): Issue[] {
  const issues = files.flatMap((file, index) => checkAttachment(file, at(path, index)));
  const total = files.reduce((sum, file) => sum + (Number.isSafeInteger(file.size) && file.size > 0 ? file.size : 0), 0);
  if (total > ATTACHMENTS_TOTAL_MAX_BYTES) issues.push(issue('attachment.totalTooLarge', path, { max: 120 }));
  return issues;
}
