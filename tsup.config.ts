import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library entries: ESM + CJS, each with its own declarations. `fetch` is platform neutral like the root;
    // `node` only uses structural types, so it needs no Node built-ins either; being in this config, every ESM entry
    // shares one copy of the decoder (chunks). dist/ is emptied by the build script, not by `clean`: the two configs
    // build concurrently, and one cleaning could delete the other's output.
    entry: {
      index: 'src/index.ts',
      json: 'src/json.ts',
      fetch: 'src/fetch.ts',
      node: 'src/node.ts',
      testing: 'src/testing.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2020',
    sourcemap: false,
    clean: false,
    treeshake: true,
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
