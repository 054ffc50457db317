/**
 * Runs once before the unit tests. Tencent's documented bodies live beside the project in `../shared` (never
 * copied into it); without them, the tests over them generate no cases. Outside CI that is allowed, and said here,
 * once, with the folder that was looked for; under CI, tests/conformance.test.ts fails naming it.
 */
import { existsSync } from 'node:fs';
import { SHARED_SAMPLE_DIRS } from './helpers';

export default function globalSetup(): void {
  const missing = SHARED_SAMPLE_DIRS.filter((dir) => !existsSync(dir));
  if (missing.length === 0 || process.env.CI === 'true') return;
  process.stdout.write(
    `\nNote: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing, so the conformance tests ` +
      `over Tencent's documented bodies were skipped (CI requires ${missing.length === 1 ? 'it' : 'them'}).\n\n`,
  );
}
