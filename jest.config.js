/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // tests/post-build/ needs dist/ and runs after the build (npm run test:post-build).
  testPathIgnorePatterns: ['/node_modules/', '/tests/post-build/'],
  // Says once when ../shared's samples are missing, and so which tests generated no cases.
  globalSetup: '<rootDir>/tests/global-setup.ts',
  // The examples import the package by name, as users do; here that name is the source.
  moduleNameMapper: {
    '^cos-ci-callback$': '<rootDir>/src/index.ts',
    '^cos-ci-callback/(json|fetch|node|testing)$': '<rootDir>/src/$1.ts',
  },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        // Transpile only: \`npm run typecheck\` type-checks src and tests with the real tsconfig.
        tsconfig: {
          module: 'CommonJS',
          moduleResolution: 'Node10',
          verbatimModuleSyntax: false,
          esModuleInterop: true,
          isolatedModules: true,
        },
        diagnostics: false,
      },
    ],
  },
};
