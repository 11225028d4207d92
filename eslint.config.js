import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'data/', 'node_modules/', 'test-results/', 'playwright-report/', 'db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // A concept's SQL lives in its store (src/lib/<concept>/store.ts or *-store.ts) and nowhere
    // else in src/ or scripts/: pages, components and pure rules reach the database through one.
    files: ['src/**', 'scripts/**'],
    // The bench's generator writes national-size fixtures straight into the tables.
    ignores: ['src/lib/**/store.ts', 'src/lib/**/*-store.ts', 'scripts/bench/national-data.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'SQL belongs in a store: src/lib/<concept>/store.ts.' },
            {
              group: ['**/db/schema/*'],
              message: 'Tables are read and written by stores: src/lib/<concept>/store.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: tseslint.parser } },
  },
);
