/**
 * French typography for text written with ordinary spaces: authors type « Attention : » and the reader gets
 * the right no-break spaces, so a colon or a closing guillemet never starts a line.
 * - U+202F (espace fine insécable) before ; ! ?
 * - U+00A0 (espace insécable) before : and inside « »
 * - ’ (apostrophe typographique) for a straight apostrophe between letters
 */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

export function frenchSpacing(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}
