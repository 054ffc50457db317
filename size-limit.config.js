// What `npm run size` runs: the budgets in .size-limit.json, each bundled by esbuild with one warning silenced.
//
// dist/json.js (and other entries) start with a bare `import './chunk-….js'`: tsup's esbuild code splitting emits
// it so that shared chunks evaluate in order. The same chunk is also imported by name from the chunk the entry
// uses, so nothing depends on the bare import; with the package's `"sideEffects": false`, a bundler may drop it,
// and esbuild says so in a yellow `ignored-bare-import` warning. That warning is expected and harmless here
// (tests/post-build/bundles.test.ts checks what the json bundle really pulls in), so it is not printed.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const checks = JSON.parse(readFileSync(new URL('./.size-limit.json', import.meta.url), 'utf8'));

export default checks.map((check) => ({
  ...check,
  modifyEsbuildConfig: (config) => ({
    ...config,
    logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' },
  }),
}));
