import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', json: 'src/json.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2020',
    sourcemap: false,
    clean: true,
    treeshake: true,
  },
]);
