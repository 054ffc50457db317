import { rm } from 'node:fs/promises';
import { defineConfig } from 'tsup';

/** The package's entries: each is in package.json `exports`, with its own declarations. */
const entries = {
  index: 'src/index.ts',
  json: 'src/json.ts',
  fetch: 'src/fetch.ts',
  node: 'src/node.ts',
  testing: 'src/testing.ts',
};

export default defineConfig([
  {
    // The library entries: ESM + CJS, each with its own declarations. `fetch` is platform neutral like the root;
    // `node` only uses structural types, so it needs no Node built-ins either; being in this config, every ESM entry
    // shares one copy of the decoder (chunks). dist/ is emptied by the build script, not by `clean`: the two configs
    // build concurrently, and one cleaning could delete the other's output.
    //
    // The two `families/` entries are not exported: each makes its family of callbacks (and only it) a chunk of its
    // own. esbuild puts code in one chunk per set of entries that reach it; every public entry reaches both
    // families, so without these two they would share the decoder's chunk, and a bundle that imports only
    // decodeMediaCallback would keep every moderation codec (a codec is a module-level call, which a bundler keeps).
    // As chunks of their own, a bundler drops the family a bundle does not use, whole (`"sideEffects": false`).
    // tests/post-build/bundles.test.ts holds this. The files written for these two entries themselves import
    // nothing anyone needs, and are deleted once the build is done.
    entry: {
      ...entries,
      'families/media': 'src/codecs/response.ts',
      'families/moderation': 'src/codecs/moderation/moderation-callback.ts',
    },
    format: ['esm', 'cjs'],
    dts: { entry: entries },
    platform: 'neutral',
    target: 'es2020',
    sourcemap: false,
    clean: false,
    treeshake: true,
    onSuccess: () => rm('dist/families', { recursive: true, force: true }),
  },
  {
    // The CLI: one ESM file for Node, with the shebang added here (the bin runs it directly).
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
