import eslintPluginAstro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.cache/', '.bench/', 'node_modules/', 'public/'] },
  // Type-aware rules: floating promises, unsafe `any` flows and needless assertions are errors.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  // astro-eslint-parser takes the older `project` option instead of the project service.
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true, extraFileExtensions: ['.astro'] } },
  },
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
