// Lint rules for both processes. The renderer may import shared/ contracts only: never main-process code
// (electron/) and never Node built-ins, so a compromised or buggy renderer cannot reach the FIX session.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', '.ci/build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
      // FIX delimits fields with SOH (0x01): patterns over wire text must be able to name it.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['electron/**/*.ts', 'test/**/*.{ts,mjs}', '*.config.{ts,mjs}', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'electron/*'], message: 'The renderer talks to main only through src/bridge and shared/ contracts.' },
            { group: ['node:*'], message: 'The renderer runs in a browser sandbox: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '**/electron/**', '**/renderer/**'], message: 'shared/ holds contracts for both processes: no runtime Node or DOM code.' }] },
      ],
    },
  },
);
