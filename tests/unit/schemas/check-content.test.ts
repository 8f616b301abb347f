import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/schemas/check-content';
import { formatProblems } from '../../../src/schemas/problems';
import { loadContent, readContent } from '../../../src/schemas/load-content';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/content/${name}`, import.meta.url));

describe('content check', () => {
  it('accepts a valid programme, its lessons and glossary, and skips _drafts', () => {
    const content = loadContent(fixture('valid'));
    expect(content.course.modules.map((m) => m.id)).toEqual(['m-intro', 'm-suite']);
    expect(content.lessons.map((l) => l.id).sort()).toEqual(['l-deux', 'l-trois', 'l-un']);
    expect(content.course.masteryScore).toBe(80);
    expect(content.course.attempts).toBe(3);
  });

  it('lists every problem of an invalid content at once, each with its file and field', () => {
    const { problems, content } = checkContent(readContent(fixture('invalid')));
    expect(content).toBeUndefined();
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "Content check failed with 29 problems:
        - content/course.yaml › modules[1].objectives[2].id: must be the module number then lowercase words joined by "-", e.g. m3-cadre
        - content/course.yaml › modules[1].lessons[2].id: must be lower-case letters, digits and single hyphens (e.g. "m1-modes-acces")
        - content/lessons/m-intro/l-un.mdx › frontmatter.sources: a ready lesson needs at least one « Pour aller plus loin » source
        - content/lessons/m-suite/l-cassee.mdx › frontmatter: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 18:
        - content/lessons/m-suite/l-incomplete.mdx › frontmatter.title: Invalid input: expected string, received undefined
        - content/lessons/m-suite/l-incomplete.mdx › frontmatter.description: Invalid input: expected string, received undefined
        - content/lessons/m-suite/l-nom.mdx › frontmatter.id: id "l-autre-id" differs from the file name "l-nom"
            hint: rename the file to l-autre-id.mdx or set id: l-nom
        - content/quizzes/quiz-suite.yaml › id: bank id "quiz-autre-nom" differs from the file name "quiz-suite"
            hint: rename the file to quiz-autre-nom.yaml or set id: quiz-suite
        - content/quizzes/quiz-suite.yaml › module: unknown module "m-inconnu"
            hint: modules in course.yaml: m-intro, m-suite
        - content/quizzes/quiz-suite.yaml › questions[0].module: question "q-suite-1": unknown module "m-inconnu"
            hint: modules in course.yaml: m-intro, m-suite
        - content/lessons/m-intro/l-deux.mdx › <Quiz bank="quiz-absent">: unknown quiz bank "quiz-absent"
            hint: create content/quizzes/quiz-absent.yaml or fix the id
        - content/lessons/m-intro/l-deux.mdx › <Simulation scenario="scenario-absent" mode="entrainement">: unknown scenario "scenario-absent"
            hint: create content/scenarios/scenario-absent.yaml or fix the id
        - content/lessons/m-intro/l-deux.mdx › <Simulation scenario="scenario-absent" mode="direct">: mode must be one of demonstration, entrainement, evaluation
            hint: démonstration shows the steps; entrainement and evaluation are activities
        - content/lessons/m-intro/l-deux.mdx › <Simulation scenario="scenario-absent" mode="direct">: unknown scenario "scenario-absent"
            hint: create content/scenarios/scenario-absent.yaml or fix the id
        - content/lessons/m-intro/l-deux.mdx › frontmatter.activities[0]: activity "quiz-declare" is declared but not embedded in the lesson
            hint: add <Quiz bank="quiz-declare" /> or <Simulation scenario="quiz-declare" mode="entrainement" /> to the lesson, or remove it from activities
        - content/glossary.yaml › [2].id: duplicate glossary id "structure"
        - content/glossary.yaml › [2].see[0]: unknown glossary id "inconnu"
        - content/lessons/m-intro/l-un.mdx › <Terme id="terme-inconnu">: unknown glossary id "terme-inconnu"
            hint: add it to content/glossary.yaml or fix the id
        - content/course.yaml › modules[1].minutes: module "m-suite" lasts 10 min but its lessons add up to 25 min
        - content/course.yaml › modules[1].lessons[3].id: duplicate id "l-un"
            hint: each lesson appears once in the programme
        - content/course.yaml › modules[1].objectives[1].id: duplicate objective id "m1-finir"
        - content/course.yaml › minutes: the course lasts 45 min but its modules add up to 30 min
        - content/lessons/m-autre/l-trois.mdx › (folder): lesson "l-trois" belongs to module "m-suite" in the programme but sits in folder "m-autre"
            hint: move it to content/lessons/m-suite/
        - content/lessons/m-suite/l-cassee.mdx › (file name): lesson "l-cassee" is not in the programme
            hint: add { id: l-cassee, minutes: … } to a module of content/course.yaml, or prefix the file name with _ to keep it as a draft
        - content/lessons/m-suite/l-incomplete.mdx › (file name): lesson "l-incomplete" is not in the programme
            hint: add { id: l-incomplete, minutes: … } to a module of content/course.yaml, or prefix the file name with _ to keep it as a draft
        - content/lessons/m-suite/l-nom.mdx › (file name): lesson "l-nom" is not in the programme
            hint: add { id: l-nom, minutes: … } to a module of content/course.yaml, or prefix the file name with _ to keep it as a draft
        - content/lessons/m-suite/l-orpheline.mdx › (file name): lesson "l-orpheline" is not in the programme
            hint: add { id: l-orpheline, minutes: … } to a module of content/course.yaml, or prefix the file name with _ to keep it as a draft
        - content/course.yaml › modules[1].lessons[1].id: programme entry "l-absente" has no lesson file
            hint: create content/lessons/m-suite/l-absente.mdx
        - content/course.yaml › modules[1].lessons[2].id: programme entry "L_Mauvais" has no lesson file
            hint: create content/lessons/m-suite/L_Mauvais.mdx"
    `);
  });

  it('fails the load with one error naming the problem count', () => {
    expect(() => loadContent(fixture('invalid'))).toThrow(/Content check failed with \d+ problems/);
  });

  it('reports a missing programme file instead of crashing', () => {
    const { problems } = checkContent(readContent(fixture('does-not-exist')));
    expect(problems).toContainEqual({ file: 'content/course.yaml', field: '(file)', message: 'file not found' });
  });

  it('checks the real course content', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const { problems } = checkContent(readContent(root));
    expect(formatProblems(problems)).toBe(formatProblems([]));
  }, 30_000);
});
