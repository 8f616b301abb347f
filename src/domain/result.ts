/**
 * The domain's one shape for « a value, or the issues that prevented it »: the simulator's handlers and checks,
 * the quiz rules and the record decoder all answer with it, and callers test `ok` (never the type of a field).
 * Each module names its own issue type (`Issue`, `QuizIssue`, `DecodeFailure`).
 */

/** What failed, and why: one or more issues of the module's own type. */
export type Refused<I> = { readonly ok: false; readonly issues: I[] };

/** A value, or the issues that prevented it. */
export type Result<T, I> = { readonly ok: true; readonly value: T } | Refused<I>;

/** A yes, or the issues of the no (a rule checked for a verdict only). */
export type Verdict<I> = { readonly ok: true } | Refused<I>;

/** A success with its value. */
export function succeed<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failure with its issues (at least one). */
export function refuse<I>(first: I, ...more: I[]): Refused<I> {
  return { ok: false, issues: [first, ...more] };
}
