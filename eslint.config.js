// ESLint (flat config) over the project's JavaScript: `npx eslint .` (run by
// scripts/test.sh). The recommended rules, with the globals of where each file runs.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/', 'dist/', 'node_modules/', 'test-results/', 'bench/results/', 'tests/fixtures/vite-app/dist/', 'tests/fixtures/vite-app/node_modules/'] },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.worker, ...globals.node },
    },
    rules: {
      // Parameters are part of a signature (a loader's options, a callback's event) even when unused.
      'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }],
    },
  },
];
