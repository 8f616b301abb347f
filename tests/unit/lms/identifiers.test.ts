/**
 * Every question of every bank (content/quizzes/*.yaml), answered right and answered wrong, gives values
 * that both SCORM versions accept under the strictest runtime rules we know (Moodle's): the course's own
 * checks (formats.ts) and the harness LMS's strict mode (tests/harness/strict.js) agree, and response
 * tokens keep to `[A-Za-z0-9_]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { correctResponse } from '../../../src/domain/quiz/grade';
import { interactionRecord } from '../../../src/domain/quiz/interaction';
import type { LearnerResponse, Question } from '../../../src/domain/quiz/types';
import { check12, check2004, RESPONSE_TOKEN } from '../../../src/lms/formats';
import { exerciseValues12, exerciseValues2004, interactionEntry, interactionValues12, interactionValues2004, responseToken, responseTokens } from '../../../src/lms/interactions';
import type { CmiValue } from '../../../src/lms/session';
import { loadContent } from '../../../src/schemas/load-content';

const root = process.cwd();
const content = loadContent(root);

type Strict = { set(element: string, value: string): string | null };
/** The harness's strict mode, with a runtime that already holds `_count` entries and each interaction's type. */
function strictLms(version: '1.2' | '2004', values: readonly CmiValue[]): Strict {
  const sandbox: { window: { strictRules?: (version: string, read: (element: string) => string) => Strict } } = { window: {} };
  runInNewContext(readFileSync(path.join(root, 'tests/harness/strict.js'), 'utf8'), sandbox);
  const type = values.find((v) => v.element.endsWith('.type'))?.value ?? '';
  return sandbox.window.strictRules!(version, (element) => (element.endsWith('._count') ? '8' : element.endsWith('.type') ? type : ''));
}

/** A wrong answer of the question's type: every option, the items reversed, the choices rotated, or false. */
function wrongResponse(question: Question): LearnerResponse {
  switch (question.type) {
    case 'single':
      return question.options.at(-1)!.id;
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'truefalse':
      return !question.answer;
    case 'order':
      return question.items.map((i) => i.id).reverse();
    case 'match': {
      const choices = question.choices.map((c) => c.id);
      return Object.fromEntries(question.prompts.map((p, i) => [p.id, choices[(i + 1) % choices.length]!]));
    }
  }
}

const banks = content.quizzes;

describe('identifiers every LMS accepts, over every question of every bank', () => {
  it('covers every bank file of content/quizzes', () => {
    const files = readdirSync(path.join(root, 'content/quizzes')).filter((f) => f.endsWith('.yaml'));
    expect(banks.map((b) => `${b.id}`).sort()).toHaveLength(files.length);
    expect(banks.reduce((n, b) => n + b.questions.length, 0)).toBeGreaterThan(100);
  });

  for (const bank of banks) {
    it(`bank ${bank.id}: SCORM 1.2 and 2004 values pass formats.ts and Moodle's rules`, () => {
      for (const question of bank.questions as Question[]) {
        for (const response of [correctResponse(question), wrongResponse(question)]) {
          const record = interactionRecord(question, { response, answeredAt: '2026-03-04T09:15:30.123Z', latencyMs: 12_345 });
          expect(record, question.id).not.toBeNull();
          const entry = interactionEntry(record!, question);
          const v12 = interactionValues12(7, entry);
          const v2004 = interactionValues2004(7, entry);
          for (const [version, values, check] of [['1.2', v12, check12], ['2004', v2004, check2004]] as const) {
            const strict = strictLms(version, values);
            for (const value of values) {
              expect(check(value, values), `${question.id} ${value.element}=${value.value}`).toBeNull();
              expect(strict.set(value.element, value.value), `${version} ${question.id} ${value.element}=${value.value}`).toBeNull();
            }
          }
          for (const value of v2004.filter((v) => /(learner_response|pattern)$/.test(v.element) && question.type !== 'truefalse')) {
            for (const token of value.value.split(/\[,\]|\[\.\]/)) expect(token, `${question.id} ${value.value}`).toMatch(RESPONSE_TOKEN);
          }
        }
      }
    }, 30_000);
  }
});

describe('responseToken', () => {
  it('keeps ids readable: hyphens become underscores, nothing else changes', () => {
    expect(responseToken('code-service')).toBe('code_service');
    expect(responseToken('a12-ou-global')).toBe('a12_ou_global');
    expect(responseToken('sirets')).toBe('sirets');
    expect(responseToken('fin-')).toBe('fin_0');
    expect(responseToken('é')).toBe('_0');
  });
  it('gives two ids of one question two tokens, deterministically', () => {
    const tokens = responseTokens(['a-b', 'a_b', 'c']);
    expect([...tokens.values()]).toEqual(['a_b', 'a_b_2', 'c']);
    expect(responseTokens(['a-b', 'a_b', 'c'])).toEqual(tokens);
  });
});

describe('évaluation exercises', () => {
  const report = { id: 'm2-sim-espace', module: 'm2-compte-structure', title: 'Activer un espace', score: 90 };
  it('is a performance interaction with the score as its result, in both versions', () => {
    const v12 = Object.fromEntries(exerciseValues12(3, report).map((v) => [v.element, v.value]));
    expect(v12).toEqual({
      'cmi.interactions.3.id': 'm2-sim-espace',
      'cmi.interactions.3.objectives.0.id': 'm2-compte-structure',
      'cmi.interactions.3.type': 'performance',
      'cmi.interactions.3.weighting': '1',
      'cmi.interactions.3.student_response': '90',
      'cmi.interactions.3.result': '90',
    });
    const v2004 = Object.fromEntries(exerciseValues2004(3, report).map((v) => [v.element, v.value]));
    expect(v2004).toMatchObject({ 'cmi.interactions.3.type': 'performance', 'cmi.interactions.3.learner_response': 'score[.]90', 'cmi.interactions.3.result': '90', 'cmi.interactions.3.description': 'Activer un espace' });
  });
  it('passes formats.ts and Moodle’s rules for every évaluation score, 0 to 100', () => {
    for (const score of [0, 37.5, 90, 100]) {
      for (const [version, values, check] of [['1.2', exerciseValues12(0, { ...report, score }), check12], ['2004', exerciseValues2004(0, { ...report, score }), check2004]] as const) {
        const strict = strictLms(version, values);
        for (const value of values) {
          expect(check(value, values), `${value.element}=${value.value}`).toBeNull();
          expect(strict.set(value.element, value.value), `${version} ${value.element}=${value.value}`).toBeNull();
        }
      }
    }
  });
});

describe('the strict harness refuses what Moodle refuses', () => {
  const strict2004 = strictLms('2004', [{ element: 'cmi.interactions.0.type', value: 'choice' }]);
  const strict12 = strictLms('1.2', []);
  it.each([
    ['2004', 'cmi.interactions.0.correct_responses.0.pattern', 'a12-ou-global', '406'],
    ['2004', 'cmi.interactions.0.learner_response', 'a[,]a', '406'],
    ['2004', 'cmi.suspend_data', 'x'.repeat(64_001), '406'],
    ['2004', 'cmi.score.scaled', '1.5', '407'],
    ['2004', 'cmi.learner_name', 'X', '404'],
    ['2004', 'cmi.interactions._count', '3', '404'],
    ['2004', 'cmi.interactions.9.id', 'q', '351'],
    ['1.2', 'cmi.suspend_data', 'x'.repeat(4097), '405'],
    ['1.2', 'cmi.core.score.raw', '101', '405'],
    ['1.2', 'cmi.core.student_name', 'X', '403'],
    ['1.2', 'cmi.interactions.9.id', 'q', '201'],
  ])('SCORM %s %s = %s → %s', (version, element, value, code) => {
    expect((version === '2004' ? strict2004 : strict12).set(element, value)).toBe(code);
  });
});
