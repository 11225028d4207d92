import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sqlOutsideStores = [
  { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'SQL belongs in a store: src/lib/<concept>/store.ts.' },
  { group: ['**/db/schema/*'], message: 'Tables are read and written by stores: src/lib/<concept>/store.ts.' },
];
const storesFromPureRules = {
  group: ['**/store.ts', '**/*-store.ts'],
  message: 'Pure rules take what they need as arguments; the page or a store reads the database.',
};

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
  // What may import what (README, "How the code is organised"): a concept's SQL lives only in its
  // store (src/lib/<concept>/store.ts or *-store.ts); pure rules in src/lib import no store.
  {
    files: ['src/**', 'scripts/**'],
    // The bench's generator writes national-size fixtures straight into the tables.
    ignores: ['src/lib/**', 'scripts/bench/national-data.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...sqlOutsideStores] }] },
  },
  {
    files: ['src/lib/**'],
    ignores: ['src/lib/**/store.ts', 'src/lib/**/*-store.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...sqlOutsideStores, storesFromPureRules] }] },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: tseslint.parser } },
  },
);
