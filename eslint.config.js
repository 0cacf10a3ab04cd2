import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure core may import nothing from the extension, the UI or the store. Its folders and files
// are the ones tsconfig.core.json typechecks without DOM or browser types: one list for both.
const core = JSON.parse(fs.readFileSync(`${import.meta.dirname}/tsconfig.core.json`, 'utf8'));
const PURE = core.include.map((p) => (p.endsWith('.ts') ? p : `${p}/**`));

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'scratch', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'wxt',
            'wxt/*',
            '#imports',
            'preact',
            'preact/*',
            'idb',
            'pdfjs-dist',
            'pdfjs-dist/*',
            '**/storage/*',
            '**/messages/*',
            '**/page/*',
            '**/components/*',
            '**/entrypoints/*',
          ],
        },
      ],
    },
  },
  // What tests, the demo and the benchmarks share lives in support/, which depends on neither side;
  // tests take no harness from scripts/.
  { files: ['support/**'], rules: { 'no-restricted-imports': ['error', { patterns: ['**/scripts/*', '**/tests/*'] }] } },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/scripts/harness', '**/scripts/ofsted-site'] }] },
  },
  { files: ['scripts/**/*.mjs', '*.config.*'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
