/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        // Transpile only: \`npm run typecheck\` type-checks src and tests with the real tsconfig.
        tsconfig: {
          module: 'CommonJS',
          moduleResolution: 'Node10',
          verbatimModuleSyntax: false,
          isolatedModules: true,
        },
        diagnostics: false,
      },
    ],
  },
};
