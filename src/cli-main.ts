/** The CLI's commands: `decode FILE... | -` and `check DIR`, reading the files and printing what became of each. */

import { open, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { decodeOptions, HELP, parse, UsageError } from './cli-args';
import {
  green,
  indent,
  jsonOf,
  jsonText,
  painter,
  red,
  shown,
  summarize,
  type Colors,
  type Outcome,
} from './cli-output';
import { familyOfCallback } from './codecs/families';
import { decodeCallback } from './decode';
import { thrownMessage } from './error-size';
import type { CallbackError } from './errors';
import { maxBytesOf, type DecodeOptions } from './options';
import { LimitedBuffer } from './request-body';
import { left, type Result } from './result';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Where the CLI reads and writes; the real process in `cli.ts`, a recorder in tests. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** The standard input, read for `-` only as far as `--max-bytes` allows. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly version: string;
  /** Whether each stream gets ANSI colours (see `useColor` in src/cli-output.ts); none when absent. */
  readonly color?: Colors;
}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. Never rejects. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`cos-ci-callback: ${shown(e.message)} (see cos-ci-callback --help)`);
      return EXIT.usage;
    }
    io.stderr(`cos-ci-callback: ${shown(thrownMessage(e))}`);
    return EXIT.failed;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv);
  if (args.help) {
    io.stdout(HELP.trimEnd());
    return EXIT.ok;
  }
  if (args.version) {
    io.stdout(io.version);
    return EXIT.ok;
  }
  const options = decodeOptions(args.format, args.maxBytes);
  const [command, ...rest] = args.positionals;
  switch (command) {
    case 'decode':
      if (rest.length === 0) throw new UsageError('decode needs at least one FILE (or - for stdin)');
      return decodeFiles(rest, options, args.json, io);
    case 'check':
      if (rest.length !== 1) throw new UsageError('check needs exactly one DIR');
      return check(rest[0] as string, options, args.json, io);
    case undefined:
      throw new UsageError('missing command (decode or check)');
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

async function decodeFiles(
  files: readonly string[],
  options: DecodeOptions,
  json: boolean,
  io: CliIo,
): Promise<number> {
  const paint = painter(io.color);
  let failed = 0;
  for (const file of files) {
    const outcome = await decodeInput(file, options, io);
    if (outcome._tag === 'Left') failed++;
    if (json) io.stdout(jsonText(jsonOf(file, outcome, 'callback')));
    else if (outcome._tag === 'Left')
      io.stderr(`${paint.err(red, `${shown(file)}:`)} ${indent(outcome.left)}`);
    else io.stdout(`${shown(file)}: ${summarize(outcome.right)}`);
  }
  return failed === 0 ? EXIT.ok : EXIT.failed;
}

async function check(dir: string, options: DecodeOptions, json: boolean, io: CliIo): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch (e) {
    const reason = unreadable(dir, e).replace(/^cannot be read/, 'cannot be opened');
    io.stderr(shown(`cos-ci-callback: ${dir} ${reason}`));
    return EXIT.failed;
  }
  if (!info.isDirectory()) {
    io.stderr(
      shown(
        `cos-ci-callback: ${dir} is a file, not a directory; to decode it: cos-ci-callback decode ${shell(dir)}`,
      ),
    );
    return EXIT.failed;
  }
  const paint = painter(io.color);
  const files = await bodiesBelow(dir);
  const results: object[] = [];
  const families = { media: 0, moderation: 0 };
  let failed = 0;
  for (const file of files) {
    const name = relative(dir, file);
    const outcome = await decodeInput(file, options, io);
    if (outcome._tag === 'Left') failed++;
    else families[familyOfCallback(outcome.right)]++;
    if (json) results.push(jsonOf(name, outcome, 'summary'));
    else if (outcome._tag === 'Left')
      io.stdout(`${paint.out(red, 'FAIL')} ${shown(name)}: ${indent(outcome.left)}`);
    else io.stdout(`${paint.out(green, 'ok')}   ${shown(name)}: ${summarize(outcome.right)}`);
  }
  const ok = files.length - failed;
  if (json) {
    io.stdout(jsonText({ dir, files: results, total: files.length, ok, ...families, failed }, 2));
    if (files.length === 0) io.stderr(`cos-ci-callback: no .xml or .json files below ${shown(dir)}`);
  } else if (files.length === 0) {
    io.stdout(`no .xml or .json files below ${shown(dir)}`);
  } else {
    const plural = files.length === 1 ? 'file' : 'files';
    const failures = `${failed} failed`;
    const byFamily = `(${families.media} media, ${families.moderation} moderation)`;
    io.stdout(
      `${files.length} ${plural}: ${ok} ok ${byFamily}, ${failed > 0 ? paint.out(red, failures) : failures}`,
    );
  }
  return failed === 0 && files.length > 0 ? EXIT.ok : EXIT.failed;
}

/**
 * Every .xml/.json file below `dir`, depth first, sorted by name at each level. A symbolic link to a file counts
 * (bodies are often linked rather than copied), and so does one that cannot be followed, which reading then
 * reports; a link to a directory is not followed, so no link can make the walk loop.
 */
async function bodiesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const file of await bodiesBelow(path)) out.push(file);
    else if (!/\.(xml|json)$/i.test(entry.name)) continue;
    else if (entry.isFile() || (entry.isSymbolicLink() && (await linksToFile(path)))) out.push(path);
  }
  return out;
}

/** Does the symbolic link `path` lead to a file? `true` too when it leads nowhere: reading says why. */
async function linksToFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true;
  }
}

async function decodeInput(file: string, options: DecodeOptions, io: CliIo): Promise<Outcome> {
  const limit = maxBytesOf(options);
  let bytes: Result<CallbackError, Uint8Array>;
  try {
    bytes = file === '-' ? await readUpTo(io.stdin, limit) : await readFileUpTo(file, limit);
  } catch (e) {
    return { _tag: 'Left', left: { _tag: 'Unreadable', message: unreadable(file, e) } };
  }
  return bytes._tag === 'Left' ? bytes : decodeCallback(bytes.right, options);
}

/** A file's bytes: refused from its size when it is a regular file over the limit, else read up to the limit. */
async function readFileUpTo(file: string, limit: number): Promise<Result<CallbackError, Uint8Array>> {
  const handle = await open(file);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > limit) return left({ _tag: 'TooLarge', size: info.size, limit });
    // Read as a stream all the same: the file may have grown, or be a device or a pipe (/dev/stdin).
    return await readUpTo(handle.createReadStream({ autoClose: false }), limit);
  } finally {
    await handle.close();
  }
}

/** Reads a stream up to `limit` bytes; the first chunk past it ends the reading (and the stream). */
async function readUpTo(
  source: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<Result<CallbackError, Uint8Array>> {
  const buffer = new LimitedBuffer(limit);
  for await (const chunk of source) if (!buffer.push(chunk)) return buffer.tooLarge();
  return buffer.bytes();
}

/** Why a file could not be read, in plain words, with what to do when there is something to do. */
function unreadable(file: string, e: unknown): string {
  switch ((e as { code?: unknown }).code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EISDIR':
      return `is a directory; to decode every body in it: cos-ci-callback check ${shell(file)}`;
    case 'EACCES':
      return 'cannot be read: permission denied';
    default:
      return `cannot be read: ${thrownMessage(e)}`;
  }
}

/** A path as it can be pasted into a shell. */
function shell(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
