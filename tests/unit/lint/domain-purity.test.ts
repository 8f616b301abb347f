import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// The first lint loads the whole configuration and its plugins (typescript-eslint, the hooks rules and their
// Babel parser): about 3 s on a quiet 2-core machine, 10 s and more on a busy one.
describe('src/domain stays pure', { timeout: 60_000 }, () => {
  it('refuses UI framework, store, SCORM and app-layer imports in src/domain', async () => {
    const code = [
      "import { h } from 'preact';",
      "import { atom } from 'nanostores';",
      "import { Scorm12API } from 'scorm-again';",
      "import { getCollection } from 'astro:content';",
      "import { $record } from '../../stores/record';",
      'export const x = [h, atom, Scorm12API, getCollection, $record];',
    ].join('\n');
    const messages = await messagesFor(code, 'src/domain/simulator/example.ts');
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(5);
  });

  it('refuses browser globals in src/domain', async () => {
    const messages = await messagesFor('export const w = window.localStorage.getItem(document.title);', 'src/domain/record/example.ts');
    expect(messages.filter((m) => m.startsWith('no-restricted-globals'))).toHaveLength(2);
  });

  it('allows the same imports outside src/domain', async () => {
    const messages = await messagesFor("import { atom } from 'nanostores';\nexport const $x = atom(0);", 'src/stores/example.ts');
    expect(messages).toEqual([]);
  });
});
