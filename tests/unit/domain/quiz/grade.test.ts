import { describe, expect, it } from 'vitest';
import { correctResponse, correctionFeedback, feedbackFor, grade, GRADING_RULES, isEmptyResponse, responseCompleteness } from '../../../../src/domain/quiz/grade';
import { match, multiple, order, single, truefalse } from './questions';

describe('grade — choix unique', () => {
  it('gives full credit to the right option', () => {
    expect(grade(single, 'a')).toEqual({ status: 'correct', credit: 1, partialCredit: 1 });
  });
  it('marks another option, even an unknown id, as incorrect', () => {
    expect(grade(single, 'b')).toEqual({ status: 'incorrect', credit: 0, partialCredit: 0 });
    expect(grade(single, 'zzz').status).toBe('incorrect');
  });
  it('treats a missing or empty pick as empty, not wrong', () => {
    expect(grade(single, undefined)).toEqual({ status: 'empty', credit: 0, partialCredit: 0 });
    expect(grade(single, '').status).toBe('empty');
    expect(grade(single, ['a']).status).toBe('empty');
  });
});

describe('grade — vrai/faux', () => {
  it('gives full credit to the right value and none to the other', () => {
    expect(grade(truefalse, false).status).toBe('correct');
    expect(grade(truefalse, true).status).toBe('incorrect');
  });
  it('treats anything but a boolean as empty', () => {
    expect(grade(truefalse, undefined).status).toBe('empty');
    expect(grade(truefalse, 'false').status).toBe('empty');
  });
});

describe('grade — choix multiples', () => {
  it('gives full credit only for exactly the right set, in any order', () => {
    expect(grade(multiple, ['b', 'a'])).toEqual({ status: 'correct', credit: 1, partialCredit: 1 });
  });
  it('gives partial credit for some right picks and no wrong one', () => {
    expect(grade(multiple, ['a'])).toEqual({ status: 'partial', credit: 0, partialCredit: 0.5 });
  });
  it('subtracts wrong picks from right picks', () => {
    expect(grade(multiple, ['a', 'b', 'c'])).toEqual({ status: 'partial', credit: 0, partialCredit: 0.5 });
    expect(grade(multiple, ['a', 'c'])).toEqual({ status: 'incorrect', credit: 0, partialCredit: 0 });
  });
  it('never gives negative credit, and ticking everything is not full credit', () => {
    expect(grade(multiple, ['c', 'd']).partialCredit).toBe(0);
    expect(grade(multiple, ['a', 'b', 'c', 'd'])).toEqual({ status: 'incorrect', credit: 0, partialCredit: 0 });
  });
  it('counts a repeated pick once', () => {
    expect(grade(multiple, ['a', 'a', 'b']).status).toBe('correct');
  });
  it('treats no box ticked as empty', () => {
    expect(grade(multiple, []).status).toBe('empty');
    expect(grade(multiple, 'a').status).toBe('empty');
  });
});

describe('grade — remettre dans l’ordre', () => {
  it('gives full credit only for the exact sequence', () => {
    expect(grade(order, ['saisir', 'enregistrer', 'envoyer', 'suivre']).status).toBe('correct');
  });
  it('gives the share of items in their right position as partial credit', () => {
    expect(grade(order, ['saisir', 'enregistrer', 'suivre', 'envoyer'])).toEqual({ status: 'partial', credit: 0, partialCredit: 0.5 });
  });
  it('marks a sequence with no item in place as incorrect', () => {
    expect(grade(order, ['suivre', 'saisir', 'enregistrer', 'envoyer']).status).toBe('incorrect');
  });
  it('does not give full credit to a sequence with extra entries', () => {
    expect(grade(order, ['saisir', 'enregistrer', 'envoyer', 'suivre', 'saisir'])).toEqual({ status: 'partial', credit: 0, partialCredit: 1 });
  });
  it('treats an empty sequence as empty', () => {
    expect(grade(order, []).status).toBe('empty');
  });
});

describe('grade — associer', () => {
  const right = { fournitures: 'a1', service: 'a1', 'sous-traitant': 'a9', cotraitant: 'a12' };
  it('gives full credit when every pair is right', () => {
    expect(grade(match, right).status).toBe('correct');
  });
  it('gives the share of right pairs as partial credit, unanswered prompts counting as wrong', () => {
    expect(grade(match, { ...right, cotraitant: 'a9' })).toEqual({ status: 'partial', credit: 0, partialCredit: 0.75 });
    expect(grade(match, { fournitures: 'a1' })).toEqual({ status: 'partial', credit: 0, partialCredit: 0.25 });
  });
  it('marks all pairs wrong as incorrect', () => {
    expect(grade(match, { fournitures: 'a9', service: 'a12' }).status).toBe('incorrect');
  });
  it('treats no pair, or only blank pairs, as empty', () => {
    expect(grade(match, {}).status).toBe('empty');
    expect(grade(match, { fournitures: '' }).status).toBe('empty');
    expect(grade(match, ['a1']).status).toBe('empty');
    expect(grade(match, null).status).toBe('empty');
  });
});

describe('GRADING_RULES', () => {
  it('states that the pass decision counts full credit only, and the partial rule of multiple answers', () => {
    expect(GRADING_RULES.passDecision).toBe('full-credit-only');
    expect(GRADING_RULES.multiple).toMatchInlineSnapshot(`
      {
        "full": "exactly the set of right options",
        "partial": "max(0, (right picks - wrong picks) / number of right options)",
      }
    `);
  });
});

describe('isEmptyResponse and responseCompleteness', () => {
  it('tells empty answers apart from wrong ones', () => {
    expect(isEmptyResponse(single, undefined)).toBe(true);
    expect(isEmptyResponse(single, 'b')).toBe(false);
    expect(isEmptyResponse(truefalse, false)).toBe(false);
  });
  it('calls an order complete only when it places every item once', () => {
    expect(responseCompleteness(order, undefined)).toBe('empty');
    expect(responseCompleteness(order, ['saisir', 'saisir', 'envoyer', 'suivre'])).toBe('incomplete');
    expect(responseCompleteness(order, ['saisir', 'envoyer'])).toBe('incomplete');
    expect(responseCompleteness(order, ['suivre', 'envoyer', 'enregistrer', 'saisir'])).toBe('complete');
  });
  it('calls a match complete only when every prompt has a known choice', () => {
    expect(responseCompleteness(match, {})).toBe('empty');
    expect(responseCompleteness(match, { fournitures: 'a1', service: 'a1', 'sous-traitant': 'a9' })).toBe('incomplete');
    expect(responseCompleteness(match, { fournitures: 'a1', service: 'a1', 'sous-traitant': 'a9', cotraitant: 'zz' })).toBe('incomplete');
    expect(responseCompleteness(match, { fournitures: 'a9', service: 'a9', 'sous-traitant': 'a9', cotraitant: 'a9' })).toBe('complete');
  });
  it('calls any non-empty pick of the other types complete', () => {
    expect(responseCompleteness(multiple, ['c'])).toBe('complete');
    expect(responseCompleteness(single, '')).toBe('empty');
  });
});

describe('correctResponse', () => {
  it('gives the right answer in the shape of a learner response, as a copy', () => {
    expect(correctResponse(single)).toBe('a');
    expect(correctResponse(truefalse)).toBe(false);
    expect(correctResponse(multiple)).toEqual(['a', 'b']);
    expect(correctResponse(multiple)).not.toBe(multiple.answer);
    expect(correctResponse(order)).toEqual(order.answer);
    expect(correctResponse(match)).toEqual(match.answer);
  });
});

describe('feedbackFor', () => {
  it('shows the feedback of each picked option', () => {
    expect(feedbackFor(single, 'b')).toEqual({ options: [{ id: 'b', feedback: 'Non, pas B.' }] });
    expect(feedbackFor(multiple, ['a', 'c'])).toEqual({ answer: 'Revoyez la leçon.', options: [{ id: 'c', feedback: 'C est un piège.' }] });
  });
  it('shows the feedback written for the outcome', () => {
    expect(feedbackFor(truefalse, false)).toEqual({ answer: 'Exact.', options: [] });
    expect(feedbackFor(order, ['saisir', 'enregistrer', 'suivre', 'envoyer'])).toEqual({ answer: 'Presque.', options: [] });
  });
  it('falls back to the incorrect feedback for a partial answer without its own', () => {
    expect(feedbackFor(multiple, ['a']).answer).toBe('Revoyez la leçon.');
  });
  it('shows nothing for an empty answer or a question without feedback', () => {
    expect(feedbackFor(multiple, [])).toEqual({ options: [] });
    expect(feedbackFor(match, { fournitures: 'a1' })).toEqual({ options: [] });
  });
});

describe('correctionFeedback', () => {
  it('gives the picked option’s feedback for a choix unique, whatever the outcome', () => {
    expect(correctionFeedback(single, 'incorrect', 'b')).toBe('Non, pas B.');
    expect(correctionFeedback(single, 'correct', 'a')).toBe('Oui, A.');
  });
  it('falls back to the outcome’s feedback, a partial answer to the « incorrect » one, then to the explanation', () => {
    expect(correctionFeedback(single, 'incorrect', 'c')).toBe(single.explanation);
    expect(correctionFeedback(multiple, 'partial', ['a'])).toBe('Revoyez la leçon.');
    expect(correctionFeedback(multiple, 'correct', ['a', 'b'])).toBe('Bravo.');
    expect(correctionFeedback(order, 'partial')).toBe('Presque.');
    expect(correctionFeedback(order, 'incorrect')).toBe(order.explanation);
    expect(correctionFeedback(truefalse, 'incorrect', true)).toBe('Eh non.');
  });
  it('without the response (after a reload), uses the outcome only', () => {
    expect(correctionFeedback(single, 'incorrect')).toBe(single.explanation);
    expect(correctionFeedback(truefalse, 'correct')).toBe('Exact.');
  });
});
