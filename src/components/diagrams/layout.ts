/**
 * Build-time layout helpers for the lesson diagrams: SVG has no text wrapping, so lines are cut here from an
 * estimate of the text width. The estimate is deliberately generous (0.62 em per character, wider than the
 * average of the sans-serif fonts a browser may fall back on) so that a line never overflows its box.
 */

/** Average advance of one character, in em, for the course's sans-serif font (generous). */
const CHAR_EM = 0.62;

/** Cuts `text` into lines no wider than `width` (SVG units) at `fontSize`, breaking between words. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * CHAR_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A stable, page-unique prefix for the ids a diagram needs (title, description, arrow marker). */
export function diagramIds(name: string) {
  return { title: `${name}-titre`, desc: `${name}-desc`, arrow: `${name}-fleche`, text: `${name}-texte` };
}
