/**
 * `npm run fuzz`: the laws of tests/laws.ts at 100,000 cases each (or `--runs N`), with a printed seed.
 * Replay a failure with the line it prints: `npm run fuzz -- --only "<law>" --seed S --path P`.
 * Options: --runs N, --seed S, --only TEXT (laws whose name contains it; repeatable), --path P.
 */
import * as fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { laws } from '../tests/laws';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    only: { type: 'string', multiple: true },
    path: { type: 'string' },
  },
});

const runs = Number(values.runs);
const seed =
  values.seed === undefined ? (Date.now() ^ (Math.random() * 0x100000000)) | 0 : Number(values.seed);
const root = process.cwd(); // npm runs scripts from the package root

const samples = [
  join(root, 'samples'),
  resolve(root, '../shared/tencent-samples'),
  resolve(root, '../shared/review-samples'),
  resolve(root, '../shared/job-samples'),
].flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((name) => readFileSync(join(dir, name), 'utf8'))
    : [],
);

console.log(`fuzz: ${runs} runs per law, seed ${seed}, ${samples.length} sample bodies`);
let failed = false;
for (const [name, law] of Object.entries(laws(samples))) {
  if (values.only !== undefined && !values.only.some((part) => name.includes(part))) continue;
  const started = Date.now();
  const details = fc.check(law(), {
    numRuns: runs,
    seed,
    ...(values.path === undefined ? {} : { path: values.path }),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`FAIL ${name}: after ${details.numRuns} runs (${seconds} s), seed ${seed}`);
    console.log(`  counterexample: ${fc.stringify(details.counterexample)}`);
    console.log(`  error: ${String(details.errorInstance).slice(0, 2000)}`);
    console.log(
      `  replay: npm run fuzz -- --only ${JSON.stringify(name)} --seed ${seed} --path ${JSON.stringify(details.counterexamplePath)}`,
    );
  } else {
    console.log(
      `ok   ${name}: ${details.numRuns} runs, ${details.numSkips} skipped, seed ${seed}, ${seconds} s`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
