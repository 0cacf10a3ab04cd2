import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure core may import nothing from the extension, the UI or the store.
const PURE = ['lib/detect/**', 'lib/compare/**', 'lib/model/**'];

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
  { files: ['scripts/**/*.mjs', '*.config.*'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);
