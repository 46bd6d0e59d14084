// Lint: typescript-eslint's type-aware rules, chiefly so that no promise is left floating
// (an unawaited write in a server action or a script loses its error silently).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The globals the few plain JavaScript files (Next's config, the cache handlers, a test preload) use.
const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  performance: 'readonly',
  structuredClone: 'readonly',
  globalThis: 'readonly',
  ReadableStream: 'readonly',
  Response: 'readonly',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'dist/',
      'lib/generated/',
      'data/',
      'prisma/data/',
      'test-results/',
      'coverage/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // A form's action or an onClick may return a promise: React awaits neither and that is fine.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // The house marks a deliberately unused name with a leading underscore, and drops fields
      // from a row by destructuring them away (`const { id: _id, ...rest } = row`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read JSON answers of the real site and use vitest's asymmetric matchers (typed `any`);
    // their assertions check those shapes at run time, which is what a type would have said.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript is outside the TypeScript project (allowJs is off): linted without types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: nodeGlobals },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', module: 'writable' } },
    // CommonJS is why these files exist (Next loads the cache handlers with require).
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
