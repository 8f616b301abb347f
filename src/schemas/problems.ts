/**
 * How the content checks report: one problem per file and field, a schema issue's path written as authors
 * read it (`questions[2].options[0].id`), and one message listing them all for the build log.
 */
import type { z } from 'zod';

/** One problem found in the content, reported with the file and field it sits in. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  hint?: string;
}

/** A schema issue's path as authors read it; `(root)` for the document itself. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

/** Every issue of a failed parse of `file`, fields prefixed with `prefix` (`frontmatter.`). */
export function zodProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => ({ file, field: prefix + formatPath(issue.path), message: issue.message }));
}

/** One message listing every problem, for the build log. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file} › ${p.field}: ${p.message}${p.hint ? `\n      hint: ${p.hint}` : ''}`);
  return `Content check failed with ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n${lines.join('\n')}`;
}
