// Lint rules. The one that matters most: src/domain/ stays pure (no UI framework, no browser globals),
// so the simulator, the quiz engine and the learner record run and are tested in plain Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

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

const fullSimulator = {
  regex: '(domain|\\.\\.)/simulator(/index|/fixtures)?$',
  message: 'Browser code imports the simulator from domain/simulator/core and registers its area (see core.ts).',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-kit/', 'dist-scorm/', '.astro/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/'] },
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
    // Preact hooks follow React's rules: called unconditionally at the top of a component or hook, and every
    // value an effect or memo reads listed in its dependencies.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
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
    // Browser code loads the simulator through core.ts and registers only its screens' area: the full barrel
    // (every area's rules and messages, the fixtures) would put them all in every simulation page.
    files: ['src/islands/**/*.{ts,tsx}', 'src/stores/**/*.ts', 'src/reactions/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [fullSimulator] }] },
  },
  {
    files: ['src/domain/simulation/**/*.ts'],
    ignores: ['src/domain/simulation/prepare.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...frameworkImports.patterns, fullSimulator] }] },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
