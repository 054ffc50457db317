import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-console': 'error',
    },
  },
  {
    // io-ts defines its codecs at module level, so a value import keeps ~8 KB of it in every bundle:
    // src/codecs/io.ts holds the few runtime pieces the codecs use (see there). Types come from io-ts as usual.
    files: ['src/**/*.ts'],
    ignores: ['src/codecs/io.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'io-ts',
              allowTypeImports: true,
              message:
                "Import io-ts values from src/codecs/io.ts ('./io'); `import type` from io-ts is fine.",
            },
          ],
          patterns: [
            {
              group: ['io-ts/*', 'fp-ts', 'fp-ts/*'],
              allowTypeImports: true,
              message: 'fp-ts and io-ts stay out of the bundles: types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli.ts', 'scripts/**', 'examples/**'],
    rules: { 'no-console': 'off' },
  },
);
