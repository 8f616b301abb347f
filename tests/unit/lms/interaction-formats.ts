/** The format checks both SCORM adapter tests run on the interactions an LMS received, in each version's names. */
import { expect } from 'vitest';

/** One SCORM version's names and formats for an interaction. */
export interface InteractionDialect {
  id: RegExp;
  /** The learner's answer: `student_response` (1.2) or `learner_response` (2004). */
  response: string;
  /** The format of an answer (and of the correct pattern) by interaction type. */
  patterns: Readonly<Record<string, RegExp>>;
  results: readonly string[];
  /** When it was answered: `time` (1.2) or `timestamp` (2004), and its format. */
  time: string;
  timeFormat: RegExp;
  latency: RegExp;
}

/** Checks the `count` first interactions of what the LMS received (`cmi.interactions.n.*` → value). */
export function expectInteractionFormats(sent: Readonly<Record<string, string>>, count: number, dialect: InteractionDialect): void {
  for (let n = 0; n < count; n++) {
    const at = (field: string) => sent[`cmi.interactions.${n}.${field}`];
    const pattern = dialect.patterns[at('type') ?? ''];
    expect(at('id')).toMatch(dialect.id);
    expect(at(dialect.response)).toMatch(pattern!);
    expect(at('correct_responses.0.pattern')).toMatch(pattern!);
    expect(dialect.results).toContain(at('result'));
    expect(at(dialect.time)).toMatch(dialect.timeFormat);
    expect(at('latency')).toMatch(dialect.latency);
  }
}
