import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkQuizBanks, quizBankSchema, validateQuizBanks } from '../../../src/schemas/quiz';
import { crossCheckBanks, formatQuizProblems, type QuizBankData } from '../../../src/domain/quiz/check';

const FIXTURES = join(import.meta.dirname, '../../fixtures/quizzes');

/** A bank fixture as the build reads it: its path relative to the fixtures folder and its parsed YAML. */
function fixture(name: string): { file: string; data: unknown } {
  return { file: name, data: parse(readFileSync(join(FIXTURES, name), 'utf8')) };
}

const course = {
  moduleIds: ['m0-accueil', 'm1-notions', 'm2-compte-structure', 'm3-factures-emises', 'm4-factures-travaux', 'm8-evaluation'],
  lessonIds: ['m1-modes-acces', 'm2-creer-sa-structure', 'm3-cadres-facturation', 'm3-saisir-une-facture', 'm3-brouillon-et-envoi', 'm3-traiter-les-retours'],
};

describe('quizBankSchema', () => {
  it('accepts a valid bank and fills in the defaults', () => {
    const bank = quizBankSchema.parse(fixture('valid/m3-factures-emises-check.yaml').data);
    expect(bank.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse', 'order', 'match']);
    expect(bank.questions[0]).toMatchObject({ shuffle: true });
    expect(bank.questions[4]).toMatchObject({ shuffle: false });
    expect(bank.draw).toBeUndefined();
  });

  it('parses into the shape the quiz engine works on', () => {
    const bank: QuizBankData = quizBankSchema.parse(fixture('valid/final.yaml').data);
    expect(bank.draw).toBe(2);
  });
});

describe('checkQuizBanks', () => {
  it('finds no problem in valid banks', () => {
    expect(checkQuizBanks([fixture('valid/m3-factures-emises-check.yaml'), fixture('valid/final.yaml')], course)).toEqual([]);
  });

  it('reports every schema error with the file, the field and the question id', () => {
    expect(formatQuizProblems(checkQuizBanks([fixture('invalid/schema-errors.yaml')], course))).toMatchInlineSnapshot(`
      "Quiz check failed with 7 problems:
        - invalid/schema-errors.yaml › questions[0].id: question "Mauvais_Id": must be lower-case letters, digits and single hyphens (e.g. "m1-modes-acces")
        - invalid/schema-errors.yaml › questions[1].type: question "schema-type-inconnu": type must be one of: single, multiple, truefalse, order, match
        - invalid/schema-errors.yaml › questions[2].stem: question "schema-sans-enonce": is required (string)
        - invalid/schema-errors.yaml › questions[2].lesson.section: question "schema-sans-enonce": must be a heading anchor without "#" or spaces
        - invalid/schema-errors.yaml › questions[2].answer: question "schema-sans-enonce": Invalid input: expected string, received array
        - invalid/schema-errors.yaml › (root): Unrecognized key: "title"
            hint: remove it or fix its spelling (see src/schemas/quiz.ts for the fields)
        - invalid/schema-errors.yaml › module: a module-check bank needs the module it checks"
    `);
  });

  it('reports every cross-reference error at once, naming file, question and field', () => {
    const problems = checkQuizBanks([fixture('valid/final.yaml'), fixture('invalid/cross-errors.yaml'), fixture('invalid/m4-check-mixed.yaml')], course);
    expect(formatQuizProblems(problems)).toMatchInlineSnapshot(`
      "Quiz check failed with 17 problems:
        - invalid/cross-errors.yaml › id: bank id "cross-errors-renamed" differs from the file name "cross-errors"
            hint: rename the file to cross-errors-renamed.yaml or set id: cross-errors
        - invalid/cross-errors.yaml › draw: draws 9 questions but the bank has only 5
            hint: lower draw to at most 5 or add questions
        - invalid/cross-errors.yaml › questions[0].id: question "final-structure": id already used at valid/final.yaml › questions[1]
            hint: question ids are unique across every bank: give this one a new id
        - invalid/cross-errors.yaml › questions[1].options[2].id: question "cross-option-absente": option id "b" is used twice
        - invalid/cross-errors.yaml › questions[1].answer: question "cross-option-absente": answer "c" is not one of its options
            hint: the options are: a, b
        - invalid/cross-errors.yaml › questions[2].module: question "cross-multiple": unknown module "m9-inconnu"
            hint: modules in course.yaml: m0-accueil, m1-notions, m2-compte-structure, m3-factures-emises, m4-factures-travaux, m8-evaluation
        - invalid/cross-errors.yaml › questions[2].lesson.id: question "cross-multiple": unknown lesson "m1-lecon-inconnue"
            hint: use a lesson id from course.yaml
        - invalid/cross-errors.yaml › questions[2].answer[1]: question "cross-multiple": answer "a" is listed twice
        - invalid/cross-errors.yaml › questions[2].answer[2]: question "cross-multiple": answer "z" is not one of its options
            hint: the options are: a, b
        - invalid/cross-errors.yaml › questions[3].items[2].text: question "cross-ordre": items "saisir" and "enregistrer" have the same text, so the learner cannot tell them apart
        - invalid/cross-errors.yaml › questions[3].answer[1]: question "cross-ordre": item "saisir" appears twice in the answer
        - invalid/cross-errors.yaml › questions[3].answer[3]: question "cross-ordre": answer "archiver" is not one of its items
            hint: the items are: saisir, envoyer, enregistrer
        - invalid/cross-errors.yaml › questions[3].answer: question "cross-ordre": the answer leaves out item "enregistrer"
            hint: list every item id once, in the right order
        - invalid/cross-errors.yaml › questions[4].answer.sous-traitant: question "cross-association": answer pairs "sous-traitant" with "a10", which is not one of its choices
            hint: the choices are: a1, a9
        - invalid/cross-errors.yaml › questions[4].answer.inconnu: question "cross-association": answer pairs "inconnu", which is not one of its prompts
            hint: the prompts are: fournitures, sous-traitant, cotraitant
        - invalid/cross-errors.yaml › questions[4].answer: question "cross-association": prompt "cotraitant" has no answer
            hint: give every prompt its choice under answer:
        - invalid/m4-check-mixed.yaml › questions[0].module: question "m4-mixed-hors-module": module "m3-factures-emises" in the check of module "m4-factures-travaux"
            hint: move the question to its own module's bank, or fix its module"
    `);
  });

  it('checks the banks that parse even when another one does not', () => {
    const { problems, banks } = validateQuizBanks([fixture('invalid/schema-errors.yaml'), fixture('invalid/m4-check-mixed.yaml')], course);
    expect(banks.map((b) => b.id)).toEqual(['m4-check-mixed']);
    expect(problems.map((p) => p.file)).toContain('invalid/m4-check-mixed.yaml');
  });

  it('reports a module named by a bank that is not a module check', () => {
    const data = { ...(fixture('valid/final.yaml').data as object), module: 'm1-notions' };
    expect(checkQuizBanks([{ file: 'final.yaml', data }], course)).toMatchInlineSnapshot(`
      [
        {
          "file": "final.yaml",
          "message": "only a module-check bank names a module (this one is final)",
          "path": "module",
        },
      ]
    `);
  });

  it('does not judge the module rule when the kind itself is wrong', () => {
    const data = { ...(fixture('valid/final.yaml').data as object), kind: 'exam' };
    expect(checkQuizBanks([{ file: 'final.yaml', data }], course).map((p) => p.path)).toEqual(['kind']);
  });

  it('reports objective tags that are unknown, of another module or listed twice', () => {
    const withObjectives = { ...course, objectives: new Map([['m1-notions', ['m1-acces']], ['m2-compte-structure', ['m2-structure']], ['m3-factures-emises', ['m3-cadre']]]) };
    expect(checkQuizBanks([fixture('valid/final.yaml')], withObjectives)).toEqual([]);
    const data = structuredClone(fixture('valid/final.yaml').data) as { questions: Array<{ objectives: string[] }> };
    data.questions[0]!.objectives = ['m1-acces', 'm1-acces'];
    data.questions[1]!.objectives = ['m3-cadre'];
    expect(formatQuizProblems(checkQuizBanks([{ file: 'final.yaml', data }], withObjectives))).toMatchInlineSnapshot(`
      "Quiz check failed with 2 problems:
        - final.yaml › questions[0].objectives[1]: question "final-modes-acces": objective "m1-acces" is listed twice
        - final.yaml › questions[1].objectives[0]: question "final-structure": "m3-cadre" is not an objective of module "m2-compte-structure"
            hint: objectives of m2-compte-structure in course.yaml: m2-structure"
    `);
    data.questions[0]!.objectives = [];
    expect(checkQuizBanks([{ file: 'final.yaml', data }], withObjectives).map((p) => `${p.path}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "questions[0].objectives: question "final-modes-acces": Too small: expected array to have >=1 items",
      ]
    `);
  });

  it('reports a bank that is not an object at all', () => {
    expect(checkQuizBanks([{ file: 'vide.yaml', data: null }], course)).toMatchInlineSnapshot(`
      [
        {
          "file": "vide.yaml",
          "message": "Invalid input: expected object, received null",
          "path": "(root)",
        },
      ]
    `);
  });
});

describe('crossCheckBanks', () => {
  it('reports a module check naming an unknown module and a bank id used twice', () => {
    const bank: QuizBankData = { id: 'm9-check', kind: 'module-check', module: 'm9-inconnu', questions: [] };
    expect(crossCheckBanks([{ file: 'a/m9-check.yaml', bank }, { file: 'b/m9-check.yml', bank }], course)).toMatchInlineSnapshot(`
      [
        {
          "file": "a/m9-check.yaml",
          "hint": "modules in course.yaml: m0-accueil, m1-notions, m2-compte-structure, m3-factures-emises, m4-factures-travaux, m8-evaluation",
          "message": "unknown module "m9-inconnu"",
          "path": "module",
        },
        {
          "file": "b/m9-check.yml",
          "message": "bank id "m9-check" is also used by a/m9-check.yaml",
          "path": "id",
        },
        {
          "file": "b/m9-check.yml",
          "hint": "modules in course.yaml: m0-accueil, m1-notions, m2-compte-structure, m3-factures-emises, m4-factures-travaux, m8-evaluation",
          "message": "unknown module "m9-inconnu"",
          "path": "module",
        },
      ]
    `);
  });

  it('words a single problem in the singular', () => {
    expect(formatQuizProblems([{ file: 'f.yaml', path: 'id', message: 'wrong' }])).toBe('Quiz check failed with 1 problem:\n  - f.yaml › id: wrong');
  });
});
