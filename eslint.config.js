// Lint rules. The one that matters most: src/domain/ stays pure (no UI framework, no browser globals),
// so the simulator, the quiz engine and the learner record run and are tested in plain Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const frameworkImports = {
  patterns: [
    { group: ['preact', 'preact/*', '@preact/*'], message: 'src/domain/ is pure: no Preact.' },
    { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'src/domain/ is pure: no Astro.' },
    { group: ['nanostores', '@nanostores/*'], message: 'src/domain/ is pure: stores live in src/stores/.' },
    { group: ['scorm-again', 'scorm-again/*'], message: 'src/domain/ knows nothing of SCORM: see src/lms/.' },
    { group: ['**/stores/**', '**/islands/**', '**/lms/**', '**/reactions/**', '**/components/**', '**/pages/**', '**/layouts/**'],
      message: 'src/domain/ imports nothing of ours outside itself.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', frameworkImports],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'],
    },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
