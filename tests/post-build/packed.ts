/**
 * The package as users get it: `npm pack`ed and unpacked into a fresh project's node_modules, and `tsc` run in that
 * project. Shared by the post-build tests that compile consumers against the tarball.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** A packed tarball: where it is and the files it holds. */
export interface Packed {
  readonly work: string;
  readonly tarball: string;
  readonly files: readonly string[];
}

/** Packs the project into a new temporary folder. */
export function pack(prefix: string): Packed {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  if (info === undefined) throw new Error('npm pack printed nothing');
  return { work, tarball: join(work, info.filename), files: info.files.map((file) => file.path).sort() };
}

/** Makes `project` (a `"type": "module"` package) with the tarball unpacked as `node_modules/cos-ci-callback`. */
export function consumerProject(packed: Packed, name: string): string {
  const project = join(packed.work, name);
  const pkg = join(project, 'node_modules/cos-ci-callback');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', packed.tarball, '-C', pkg, '--strip-components=1']);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  return project;
}

/** The subpaths of package.json `exports` that are code (`cos-ci-callback`, `cos-ci-callback/json`, ...). */
export function entryNames(exports: Record<string, unknown>): string[] {
  return Object.keys(exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? 'cos-ci-callback' : `cos-ci-callback/${key.slice(2)}`));
}

/** `tsc -p` over `files` with `options`; '' when it compiles, else the exit status and the compiler's errors. */
export function tsc(
  project: string,
  name: string,
  options: Record<string, unknown>,
  files: string[],
): string {
  const config = { compilerOptions: { noEmit: true, ...options }, files };
  writeFileSync(join(project, `${name}.json`), JSON.stringify(config));
  const result = spawnSync(process.execPath, [TSC, '-p', join(project, `${name}.json`)], {
    cwd: project,
    encoding: 'utf8',
  });
  return result.status === 0 ? '' : `tsc exited ${result.status}:\n${result.stdout}${result.stderr}`;
}
