/**
 * No final-test key within a learner's reach: the built site (dist/) and both SCORM packages (dist-scorm/) are
 * searched for every right option id next to its question id, every right pair and right sequence, and the
 * correction texts of every question of the final bank (see quiz-keys.ts). Reads files only: no browser.
 *
 * The first test proves the search finds keys where they used to be: in the island props of the test page,
 * which carried the whole bank with its `answer`s.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serializeProps } from 'astro/runtime/server/serialize.js';
import { loadContent } from '../../src/schemas/load-content';
import { loadOrganisation, trainerCode } from '../../src/schemas/organisation';
import { kitFolderFor } from '../../src/integrations/trainer-kit-path';
import type { Question } from '../../src/domain/quiz/types';
import { filesInZip, filesUnder, findKeyLeaks, type TextFile } from './quiz-keys';

const root = process.cwd();
const content = loadContent(root);
const finalBank = content.quizzes.find((bank) => bank.kind === 'final');
const finalQuestions = (finalBank?.questions ?? []) as Question[];

/** Props as Astro writes them into an `<astro-island props="…">` attribute. */
const islandAttribute = (props: Record<string, unknown>) =>
  (serializeProps(props, {} as never) as string).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test.describe('final-test answer keys', () => {
  test('the search finds every key where the test page used to carry it in clear', () => {
    expect(finalQuestions.length).toBeGreaterThan(40);
    const oldPage: TextFile = { name: 'old m8-test-final.html', text: `<astro-island props="${islandAttribute({ setup: { bank: { id: 'final', questions: finalQuestions } } })}"></astro-island>` };
    const leaked = new Set(findKeyLeaks([oldPage], finalQuestions).map((leak) => leak.questionId));
    expect(finalQuestions.filter((q) => !leaked.has(q.id)).map((q) => q.id)).toEqual([]);
    // The same from a YAML copy of the bank, as a stray content file would hold it.
    const yaml: TextFile = { name: 'final.yaml', text: finalQuestions.map((q) => `- id: ${q.id}\n  answer: ${JSON.stringify(q.answer)}\n  explanation: "${q.explanation}"`).join('\n') };
    expect(new Set(findKeyLeaks([yaml], finalQuestions).map((leak) => leak.questionId)).size).toBe(finalQuestions.length);
  });

  test('no key of the final bank in the built site or in the SCORM packages', () => {
    const dist = join(root, 'dist');
    const packages = join(root, 'dist-scorm');
    expect(existsSync(join(dist, 'lancement.html')), 'run `npm run build` first').toBe(true);
    const zips = readdirSync(packages).filter((name) => name.endsWith('.zip'));
    expect(zips).toHaveLength(2);
    // Every file, the trainer kit's folder included (it sits in the standalone site under a name derived from
    // the trainer code): the kit never shows the final bank's answers either.
    const kit = `dist/${kitFolderFor(trainerCode(loadOrganisation(root)))}/`;
    const files = [...filesUnder(dist, root), ...zips.flatMap((zip) => filesInZip(join(packages, zip), `dist-scorm/${zip}`))];
    expect(files.filter((f) => f.name.startsWith(kit)).length, 'the kit folder is where the test expects it').toBeGreaterThan(0);
    expect(files.some((f) => f.name.endsWith('lancement.html'))).toBe(true);
    // The search really covered the test page, the kit's and the packages' copies of it.
    expect(files.filter((f) => f.name.endsWith('m8-test-final.html')).map((f) => f.name).sort()).toEqual(
      [`${kit}lecons/m8-test-final.html`, 'dist/lecons/m8-test-final.html', ...zips.map((zip) => `dist-scorm/${zip} › lecons/m8-test-final.html`)].sort(),
    );
    const leaks = findKeyLeaks(files, finalQuestions).map((l) => `${l.file}: ${l.questionId} (${l.what}) « ${l.excerpt} »`);
    expect(leaks).toEqual([]);
  });
});
