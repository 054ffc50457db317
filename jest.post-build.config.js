import base from './jest.config.js';

/** Tests that need the build (dist/ or a packed tarball): `npm run test:post-build`, after `npm run build`. */
export default {
  ...base,
  roots: ['<rootDir>/tests/post-build'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: undefined, // the unit run already said it
  testTimeout: 60_000,
};
