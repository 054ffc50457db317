/** The built CLI, run as the package's bin is: `node dist/cli.js` (and directly, through its shebang). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles, TENCENT_SAMPLES_DIR, SAMPLES_DIR } from '../helpers';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('dist/cli.js', () => {
  it('is the bin, starts with a shebang, and runs directly', () => {
    expect(pkg.bin).toEqual({ 'cos-ci-callback': 'dist/cli.js' });
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const direct = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
    expect(direct.stdout.trim()).toBe(pkg.version);
  });

  it('checks the Tencent samples and the project samples', () => {
    for (const dir of [TENCENT_SAMPLES_DIR, SAMPLES_DIR].filter((d) => listFiles(d).length > 0)) {
      const result = run(['check', dir]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/\n\d+ files?: \d+ ok, 0 failed\n$/);
    }
  });

  it('exits 1 with a readable reason for garbage on stdin, 2 for a usage error', () => {
    const garbage = run(['decode', '-'], 'this is not a callback');
    expect(garbage.status).toBe(1);
    expect(garbage.stderr).toBe(
      '-: Unsupported format: the body starts with "t", neither XML (<) nor JSON ({ or [)\n',
    );
    expect(run(['explode']).status).toBe(2);
  });
});
