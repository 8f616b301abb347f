import { describe, expect, it } from 'vitest';
import {
  demoteHeadings,
  isDemonstration,
  lessonSteps,
  prefixHeadingIds,
  splitLesson,
  splitLessons,
  textOf,
  type StepCatalog,
} from '../../../../src/domain/presenter/steps';

const catalog: StepCatalog = {
  questions: (bank) => (bank === 'm1-check' ? [{ id: 'q-a' }, { id: 'q-b' }] : undefined),
  scenario: (id) =>
    id === 'demo-structure'
      ? { title: 'Créer la structure', steps: [{ id: 'ouvrir', title: 'Ouvrir' }, { id: 'saisir', title: 'Saisir' }, { id: 'creer', title: 'Créer' }] }
      : undefined,
};

const lesson = [
  '<p>Intro text.</p>',
  '<presenter-notes><aside class="notes-formateur"><p>Say hello</p></aside></presenter-notes>',
  '<h2 id="premiere">Première &amp; partie</h2><p>Un.</p>',
  '<presenter-sim data-scenario="demo-structure" data-mode="demonstration"><p>Démonstration</p></presenter-sim>',
  '<h2 id="vos-acquis">Vérifiez vos acquis</h2>',
  '<presenter-quiz data-bank="m1-check"><p>Quiz</p></presenter-quiz>',
  '<presenter-notes><p>Timing</p></presenter-notes>',
].join('\n');

describe('splitting a rendered lesson', () => {
  it('makes the text before the first ## a section of its own, then one section per ##', () => {
    const split = splitLesson('m1-x', lesson);
    expect(split.sections.map((s) => s.title)).toEqual([null, 'Première & partie', 'Vérifiez vos acquis']);
    expect(split.sections[1]?.html).toContain('<p>Un.</p>');
  });

  it('takes the trainer notes out of the sections', () => {
    const split = splitLesson('m1-x', lesson);
    expect(split.notes).toEqual(['<aside class="notes-formateur"><p>Say hello</p></aside>', '<p>Timing</p>']);
    expect(split.sections.map((s) => s.html).join('')).not.toContain('notes-formateur');
    expect(split.sections.map((s) => s.html).join('')).not.toContain('Timing');
  });

  it('finds the quizzes and simulations a section embeds', () => {
    const split = splitLesson('m1-x', lesson);
    expect(split.sections[1]?.embeds).toEqual([{ type: 'simulation', scenario: 'demo-structure', mode: 'demonstration' }]);
    expect(split.sections[2]?.embeds).toEqual([{ type: 'quiz', bank: 'm1-check' }]);
  });

  it('has no intro step when the lesson starts with a ## heading', () => {
    const split = splitLesson('l', '\n  <h2 id="a">A</h2><p>x</p><h2 id="b">B</h2>');
    expect(split.sections.map((s) => s.title)).toEqual(['A', 'B']);
  });

  it('keeps a lesson without any ## as one step, even empty', () => {
    expect(splitLesson('l', '<p>Only text</p>').sections).toHaveLength(1);
    expect(splitLesson('l', '').sections).toHaveLength(1);
  });

  it('keeps an intro that only embeds a quiz', () => {
    const split = splitLesson('l', '<presenter-quiz data-bank="entry"></presenter-quiz><h2>Suite</h2>');
    expect(split.sections.map((s) => s.title)).toEqual([null, 'Suite']);
  });

  it('ignores markers without their id attribute', () => {
    const split = splitLesson('l', '<presenter-quiz></presenter-quiz><presenter-sim data-mode="demonstration"></presenter-sim>');
    expect(split.sections[0]?.embeds).toEqual([]);
  });

  it('finds every lesson of a page in document order', () => {
    const html = '<presenter-lesson data-id="a"><p>A</p></presenter-lesson><div></div><presenter-lesson data-id="b"><h2>B</h2></presenter-lesson>';
    expect(splitLessons(html).map((l) => l.id)).toEqual(['a', 'b']);
  });
});

describe('steps of a lesson', () => {
  it('adds one step per quiz question and per démonstration step, after their section', () => {
    const steps = lessonSteps(splitLesson('m1-x', lesson), 'Leçon X', catalog);
    expect(steps.map((s) => [s.kind, s.title])).toEqual([
      ['section', 'Leçon X'],
      ['section', 'Première & partie'],
      ['demo', 'Ouvrir'],
      ['demo', 'Saisir'],
      ['demo', 'Créer'],
      ['section', 'Vérifiez vos acquis'],
      ['question', 'Question 1 sur 2'],
      ['question', 'Question 2 sur 2'],
    ]);
    expect(steps.filter((s) => s.revealable).map((s) => s.questionId)).toEqual(['q-a', 'q-b']);
    expect(steps[3]).toMatchObject({ scenarioId: 'demo-structure', scenarioStep: 1, section: 1 });
  });

  it('gives every step a unique, stable key', () => {
    const steps = lessonSteps(splitLesson('m1-x', lesson), 'Leçon X', catalog);
    expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
    expect(steps[6]?.key).toBe('m1-x/q/q-a');
  });

  it('suffixes the keys of a quiz embedded twice', () => {
    const twice = '<presenter-quiz data-bank="m1-check"></presenter-quiz><h2>B</h2><presenter-quiz data-bank="m1-check"></presenter-quiz>';
    const keys = lessonSteps(splitLesson('l', twice), 'L', catalog).map((s) => s.key);
    expect(keys).toContain('l/q/q-a~2');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('makes an entraînement one exercise step and skips scenarios and banks it does not know', () => {
    const html =
      '<presenter-sim data-scenario="demo-structure" data-mode="entrainement"></presenter-sim>' +
      '<presenter-sim data-scenario="pas-encore" data-mode="demonstration"></presenter-sim>' +
      '<presenter-quiz data-bank="inconnu"></presenter-quiz>';
    const steps = lessonSteps(splitLesson('l', html), 'L', catalog);
    expect(steps.map((s) => [s.kind, s.title])).toEqual([
      ['section', 'L'],
      ['exercise', 'Exercice : Créer la structure'],
    ]);
  });

  it('recognises démonstration modes with or without the accent', () => {
    expect(isDemonstration('demonstration')).toBe(true);
    expect(isDemonstration('démonstration')).toBe(true);
    expect(isDemonstration('entrainement')).toBe(false);
  });
});

describe('HTML helpers', () => {
  it('reads text with entities decoded', () => {
    expect(textOf('<b>L&#39;espace</b> &lt;3&gt; &#x2019; &unknown; &nbsp;x')).toBe('L\'espace <3> ’ &unknown; \u00a0x');
  });

  it('prefixes heading ids only', () => {
    expect(prefixHeadingIds('<h2 id="a">A</h2><span id="t">t</span>', 'p-')).toBe('<h2 id="p-a">A</h2><span id="t">t</span>');
  });

  it('demotes headings, never below h6', () => {
    expect(demoteHeadings('<h2 id="a">A</h2><h5>B</h5><header>', 2)).toBe('<h4 id="a">A</h4><h6>B</h6><header>');
  });
});
