// @ts-check
import eslint from '@eslint/js';
import eslintPluginAstro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built and installed files, the verbatim originals, and fixtures that are broken on purpose.
    ignores: ['dist/', 'node_modules/', '.astro/', '.bench/', 'test-results/', 'screenshots/', 'sources/', 'tests/fixtures/'],
  },

  eslint.configs.recommended,
  ...tseslint.configs.recommended,

  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  ...eslintPluginAstro.configs.recommended,

  // Build-time code (scripts, integrations, tests, configs) runs in Node.
  {
    files: ['scripts/**', 'src/integrations/**', 'tests/**', '*.config.*', '*.mjs'],
    languageOptions: { globals: globals.node },
  },

  // The browser's scripts: client modules, the component scripts beside them, and the one public script.
  {
    files: ['src/client/**', 'src/components/**/*.ts', 'public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
