import { describe, expect, it } from 'vitest';
import {
  correctResponse,
  grade,
  isSealed,
  keyUnits,
  openQuestion,
  presentQuestion,
  publicPart,
  sealQuestion,
  startAttempt,
  answer,
  submit,
  type LearnerResponse,
  type Question,
  type SealedQuestion,
} from '../../../../src/domain/quiz';
import { everyType, match, multiple, order, single, truefalse } from './questions';
import { inIdOrder } from '../../../../src/domain/quiz/present';

const secrets = (id: string) => ({ salt: `sel-${id}`, release: 'secret-de-publication' });
const seal = (q: Question): SealedQuestion => sealQuestion(q, secrets(q.id));
/** The choices of a public question, whatever its type. */
function choicesOf(q: SealedQuestion): readonly { id: string; text: string }[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options;
    case 'order':
      return q.items;
    case 'match':
      return q.choices;
    case 'truefalse':
      return [];
  }
}
const sorted = <T extends { id: string }>(choices: readonly T[]) => [...choices].sort((a, b) => a.id.localeCompare(b.id));

/** Every subset of a list (the responses a multiple choice allows). */
function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
}

/** Every permutation of a list (the responses an order question allows). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Every assignment of a choice to each prompt. */
function assignments(prompts: readonly string[], choices: readonly string[]): Record<string, string>[] {
  return prompts.reduce<Record<string, string>[]>((all, prompt) => all.flatMap((a) => choices.map((c) => ({ ...a, [prompt]: c }))), [{}]);
}

/** Every response a learner can give to a question, plus a few malformed ones. */
function responses(q: Question): unknown[] {
  const odd = [undefined, '', [], {}, 'inconnu', ['inconnu'], 42];
  switch (q.type) {
    case 'single':
      return [...q.options.map((o) => o.id), ...odd];
    case 'truefalse':
      return [true, false, ...odd];
    case 'multiple':
      return [...subsets(q.options.map((o) => o.id)), ['a', 'a', 'b'], ...odd];
    case 'order':
      return [...permutations(q.items.map((i) => i.id)), ['saisir', 'saisir', 'envoyer', 'suivre'], ['saisir'], ...odd];
    case 'match':
      return [...assignments(q.prompts.map((p) => p.id), q.choices.map((c) => c.id)), { fournitures: 'a1' }, ...odd];
  }
}

describe('sealQuestion', () => {
  it('keeps no key, feedback, explanation or lesson in the public part', () => {
    for (const q of everyType) {
      const sealed = seal(q);
      expect(isSealed(sealed)).toBe(true);
      for (const field of ['answer', 'explanation', 'feedback', 'lesson']) expect(sealed).not.toHaveProperty(field);
      const text = JSON.stringify(sealed);
      expect(text).not.toContain(q.explanation);
      expect(text).not.toContain('Oui, A.');
      expect(text).not.toContain('C est un piège.');
      expect(text).not.toContain('Bravo.');
      expect(text).not.toMatch(/"answer"|"feedback"/);
    }
  });

  it('keeps what the learner needs to answer: the stem and every choice', () => {
    expect(publicPart(single)).toEqual({ ...publicPart(single), stem: single.stem });
    expect(seal(match)).toMatchObject({ prompts: match.prompts });
    expect(sorted(choicesOf(seal(match)))).toEqual(sorted(match.choices));
    expect(sorted(choicesOf(seal(single)))).toEqual([{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }]);
  });

  it('lists shuffled choices in an order drawn from the salt, never the items of an order question in their right order', () => {
    const firsts = new Set(Array.from({ length: 20 }, (_, i) => choicesOf(sealQuestion(single, { salt: `s${i}`, release: 'r' }))[0]?.id));
    expect(firsts.size).toBe(3);
    for (let i = 0; i < 60; i++) {
      const items = choicesOf(sealQuestion(order, { salt: `s${i}`, release: 'r' })).map((item) => item.id);
      expect(items).not.toEqual(order.answer);
      expect([...items].sort()).toEqual([...order.answer].sort());
    }
    const fixed = { ...single, shuffle: false };
    expect(choicesOf(sealQuestion(fixed, { salt: 's1', release: 'r' })).map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });

  it('has one digest per unit of the key, and none of them is an option id', () => {
    expect(seal(single).seal.digests).toHaveLength(1);
    expect(seal(multiple).seal.digests).toHaveLength(2);
    expect(seal(order).seal.digests).toHaveLength(4);
    expect(seal(match).seal.digests).toHaveLength(4);
    expect(keyUnits(match)).toContain('sous-traitant>a9');
    for (const d of seal(match).seal.digests) expect(d).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('salts the digests: another salt or another question id gives other digests', () => {
    const a = sealQuestion(single, { salt: 'un', release: 'r' }).seal.digests;
    const b = sealQuestion(single, { salt: 'deux', release: 'r' }).seal.digests;
    const c = sealQuestion({ ...single, id: 'q-autre' }, { salt: 'un', release: 'r' }).seal.digests;
    expect(new Set([...a, ...b, ...c]).size).toBe(3);
  });
});

describe('grading a sealed question', () => {
  it('gives exactly the grade of the question in clear, for every response a learner can give', () => {
    let checked = 0;
    for (const q of everyType) {
      const sealed = seal(q);
      for (const response of responses(q)) {
        expect(grade(sealed, response), `${q.id} ← ${JSON.stringify(response)}`).toEqual(grade(q, response));
        checked++;
      }
    }
    expect(checked).toBe(165);
  });

  it('does not accept the right answer of a question sealed with another salt', () => {
    const sealed = sealQuestion(single, { salt: 'un', release: 'r' });
    const other = sealQuestion(single, { salt: 'deux', release: 'r' });
    const mixed: SealedQuestion = { ...sealed, seal: { ...sealed.seal, digests: other.seal.digests } };
    expect(grade(mixed, 'a').status).toBe('incorrect');
  });

  it('presents a sealed order question never already in the right order', () => {
    const sealed = seal(order);
    for (let seed = 0; seed < 100; seed++) {
      const shown = presentQuestion(sealed, seed);
      if (shown.type !== 'order') throw new Error('order expected');
      expect(shown.items.map((i) => i.id)).not.toEqual(order.answer);
    }
  });
});

describe('openQuestion', () => {
  it('gives the whole question back with the release secret', () => {
    for (const q of everyType) expect(inIdOrder(openQuestion(seal(q), 'secret-de-publication')!)).toEqual(inIdOrder(q));
  });

  it('keeps the presentation order of a presented question and puts the feedback back on its options', () => {
    const shown = presentQuestion(seal(single), 7);
    const opened = openQuestion(shown, 'secret-de-publication');
    expect(opened?.type === 'single' && opened.options.map((o) => o.id)).toEqual(shown.type === 'single' && shown.options.map((o) => o.id));
    expect(opened?.type === 'single' && opened.options.find((o) => o.id === 'a')?.feedback).toBe('Oui, A.');
  });

  it('gives nothing with another secret, no secret, or a box altered or moved to another question', () => {
    const sealed = seal(multiple);
    expect(openQuestion(sealed, 'autre')).toBeNull();
    expect(openQuestion(sealed, undefined)).toBeNull();
    const box = sealed.seal.box;
    const altered = `${box.slice(0, 10)}${box[10] === 'A' ? 'B' : 'A'}${box.slice(11)}`;
    expect(openQuestion({ ...sealed, seal: { ...sealed.seal, box: altered } }, 'secret-de-publication')).toBeNull();
    expect(openQuestion({ ...sealed, id: 'q-autre' }, 'secret-de-publication')).toBeNull();
  });

  it('returns a question in clear as it is', () => {
    expect(openQuestion(single, undefined)).toBe(single);
  });
});

describe('submitting an attempt of sealed questions', () => {
  const bank = everyType.map(seal);
  const right = new Map<string, LearnerResponse>(everyType.map((q) => [q.id, correctResponse(q)]));

  function answered() {
    const started = startAttempt(bank, { bank: 'final', number: 1, seed: 3, startedAt: '2026-12-03T10:00:00.000Z' });
    if (!started.ok) throw new Error('start');
    let attempt = started.value;
    for (const id of attempt.questionIds) {
      const next = answer(attempt, id, id === 'q-truefalse' ? true : right.get(id), { answeredAt: '2026-12-03T10:01:00.000Z', latencyMs: 1000 });
      if (!next.ok) throw new Error('answer');
      attempt = next.value;
    }
    return attempt;
  }

  it('scores on the digests alone', () => {
    const result = submit(answered(), bank, { submittedAt: '2026-12-03T10:05:00.000Z', masteryScore: 80 });
    expect(result.ok && result.value.result).toMatchObject({ correct: 4, total: 5, score: 80, passed: true });
    expect(result.ok && result.value.result.grades['q-truefalse']?.status).toBe('incorrect');
  });

  it('gives the LMS its correct responses only through the opening, after grading', () => {
    const closed = submit(answered(), bank, { submittedAt: '2026-12-03T10:05:00.000Z', masteryScore: 80 });
    expect(closed.ok && closed.value.interactions).toEqual([]);
    const opened = submit(answered(), bank, { submittedAt: '2026-12-03T10:05:00.000Z', masteryScore: 80, open: (q) => openQuestion(q, 'secret-de-publication') });
    if (!opened.ok) throw new Error('submit');
    expect(opened.value.interactions).toHaveLength(5);
    const tf = opened.value.interactions.find((i) => i.id === 'q-truefalse');
    expect(tf).toMatchObject({ learnerResponse: true, correctResponse: false, result: 'incorrect' });
    expect(opened.value.interactions.find((i) => i.id === 'q-match')?.correctResponse).toEqual(match.answer);
    expect(truefalse.answer).toBe(false);
  });
});
