/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: { module: 'CommonJS', moduleResolution: 'Node10', verbatimModuleSyntax: false },
        isolatedModules: true,
        diagnostics: false,
      },
    ],
  },
};
