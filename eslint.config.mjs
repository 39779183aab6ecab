// ESLint (flat config): Next's rules (React, React Hooks, @next/next, core web vitals), typescript-eslint's
// recommended set, and eslint-config-prettier last so that style is Prettier's job alone.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A leading underscore marks a name left unused on purpose (an omitted field, a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['sandbox/src/browser/assets/**/*.js'],
    // Each folder's files are joined into one IIFE (sandbox/src/browser/assets.ts): names cross files.
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  prettier,
  globalIgnores([
    '.next/**',
    '.data/**',
    'lib/generated/**',
    'test-results/**',
    'playwright-report/**',
    'bench/results/**',
    'next-env.d.ts',
    // Built from TypeScript (issue 14): the source is linted, not the bundle.
    'public/embed.js',
  ]),
]);
