import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { DecodeOptions } from './options';
import type { CallbackResponse } from './codecs/response';
import { decodeCallback } from './decode';
import type { CallbackError } from './errors';
import { formatCallbackError } from './format-error';
import type { Result } from './result';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Where the CLI reads and writes; the real process in `cli.ts`, a recorder in tests. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly version: string;
  /** Whether each stream gets ANSI colours (see {@link useColor}); none when absent. */
  readonly color?: { readonly stdout: boolean; readonly stderr: boolean };
}

/** The text of `--help`. */
export const HELP = `Usage: cos-ci-callback <command> [options]

Decode Tencent Cloud CI (数据万象) job and workflow callback bodies, XML or JSON.

Commands:
  decode FILE... | -   decode each file (- reads stdin); one summary line per body
  check DIR            decode every .xml and .json file below DIR; one line per file and a total

Options:
  --json               machine-readable output on stdout:
                         decode: one JSON line per body (NDJSON), even for one body:
                           {"file":F,"ok":true,"callback":{...}} (times as ISO strings)
                           {"file":F,"ok":false,"error":{"_tag":...},"message":"..."}
                         check: one JSON document: {"dir":D,"files":[...],"total":N,"ok":K,"failed":F},
                           each file {"file":F,"ok":true,"summary":{...}} or as decode's failures
  --format FORMAT      auto (default, sniffed from the body), xml or json
  --max-bytes N        refuse bodies over N bytes (default 1048576)
  -h, --help           show this help
  -v, --version        show the version

Colours only on a terminal; never when NO_COLOR is set; FORCE_COLOR=1 forces them.

Exit codes:
  0  every body decoded
  1  a body failed to decode or could not be read (or check found no bodies)
  2  usage error (unknown command or option, missing argument)
`;

/**
 * Whether a stream gets colours: never when `NO_COLOR` is set (https://no-color.org), always when
 * `FORCE_COLOR` is set to anything but `0` or `false`, else only on a terminal.
 */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTTY;
}

class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. Never rejects. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`cos-ci-callback: ${e.message} (see cos-ci-callback --help)`);
      return EXIT.usage;
    }
    io.stderr(`cos-ci-callback: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failed;
  }
}

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  'max-bytes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

interface Args {
  readonly json: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly format: string | undefined;
  readonly maxBytes: string | undefined;
  readonly positionals: readonly string[];
}

/** Parses leniently and checks each option here, so that every mistake gets our one-line message, not Node's. */
function parse(argv: readonly string[]): Args {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = (OPTIONS as Record<string, { readonly type: 'boolean' | 'string' }>)[token.name];
    if (option === undefined) throw new UsageError(`unknown option ${token.rawName}`);
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`${token.rawName} takes no value`);
    }
    if (option.type === 'string' && token.value === undefined) {
      throw new UsageError(`${token.rawName} needs a value`);
    }
  }
  const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
  return {
    json: values.json === true,
    help: values.help === true,
    version: values.version === true,
    format: text(values.format),
    maxBytes: text(values['max-bytes']),
    positionals,
  };
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

function decodeOptions(format: string | undefined, maxBytes: string | undefined): DecodeOptions {
  const options: { format?: 'auto' | 'xml' | 'json'; maxBytes?: number } = {};
  if (format !== undefined) {
    if (format !== 'auto' && format !== 'xml' && format !== 'json') {
      throw new UsageError(`--format must be auto, xml or json, not ${JSON.stringify(format)}`);
    }
    options.format = format;
  }
  if (maxBytes !== undefined) {
    if (!/^\d+$/.test(maxBytes)) throw new UsageError(`--max-bytes must be a whole number of bytes`);
    options.maxBytes = Number(maxBytes);
  }
  return options;
}

/** A body that could not be read at all: missing, a directory, no permission. */
interface Unreadable {
  readonly _tag: 'Unreadable';
  readonly message: string;
}

type Outcome = Result<CallbackError | Unreadable, CallbackResponse>;

/** One body's outcome as `--json` prints it. */
function jsonOf(file: string, outcome: Outcome, value: 'callback' | 'summary'): object {
  if (outcome._tag === 'Right') {
    const right = value === 'callback' ? outcome.right : Object.fromEntries(summaryFields(outcome.right));
    return { file, ok: true, [value]: right };
  }
  return { file, ok: false, error: outcome.left, message: messageOf(outcome.left) };
}

async function decodeFiles(
  files: readonly string[],
  options: DecodeOptions,
  json: boolean,
  io: CliIo,
): Promise<number> {
  const paint = painter(io);
  let failed = 0;
  for (const file of files) {
    const outcome = await decodeInput(file, options, io);
    if (outcome._tag === 'Left') failed++;
    if (json) io.stdout(JSON.stringify(jsonOf(file, outcome, 'callback')));
    else if (outcome._tag === 'Left') io.stderr(`${paint.err(red, `${file}:`)} ${indent(outcome.left)}`);
    else io.stdout(`${file}: ${summarize(outcome.right)}`);
  }
  return failed === 0 ? EXIT.ok : EXIT.failed;
}

async function check(dir: string, options: DecodeOptions, json: boolean, io: CliIo): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch (e) {
    io.stderr(`cos-ci-callback: ${dir} ${unreadable(dir, e).replace(/^cannot be read/, 'cannot be opened')}`);
    return EXIT.failed;
  }
  if (!info.isDirectory()) {
    io.stderr(
      `cos-ci-callback: ${dir} is a file, not a directory; to decode it: cos-ci-callback decode ${shell(dir)}`,
    );
    return EXIT.failed;
  }
  const paint = painter(io);
  const files = await bodiesBelow(dir);
  const results: object[] = [];
  let failed = 0;
  for (const file of files) {
    const name = relative(dir, file);
    const outcome = await decodeInput(file, options, io);
    if (outcome._tag === 'Left') failed++;
    if (json) results.push(jsonOf(name, outcome, 'summary'));
    else if (outcome._tag === 'Left') io.stdout(`${paint.out(red, 'FAIL')} ${name}: ${indent(outcome.left)}`);
    else io.stdout(`${paint.out(green, 'ok')}   ${name}: ${summarize(outcome.right)}`);
  }
  const ok = files.length - failed;
  if (json) {
    io.stdout(JSON.stringify({ dir, files: results, total: files.length, ok, failed }, null, 2));
    if (files.length === 0) io.stderr(`cos-ci-callback: no .xml or .json files below ${dir}`);
  } else if (files.length === 0) {
    io.stdout(`no .xml or .json files below ${dir}`);
  } else {
    const plural = files.length === 1 ? 'file' : 'files';
    const failures = `${failed} failed`;
    io.stdout(`${files.length} ${plural}: ${ok} ok, ${failed > 0 ? paint.out(red, failures) : failures}`);
  }
  return failed === 0 && files.length > 0 ? EXIT.ok : EXIT.failed;
}

/** Every .xml/.json file below `dir`, depth first, sorted by name at each level. */
async function bodiesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const file of await bodiesBelow(path)) out.push(file);
    else if (entry.isFile() && /\.(xml|json)$/i.test(entry.name)) out.push(path);
  }
  return out;
}

async function decodeInput(file: string, options: DecodeOptions, io: CliIo): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : new Uint8Array(await readFile(file));
  } catch (e) {
    return { _tag: 'Left', left: { _tag: 'Unreadable', message: unreadable(file, e) } };
  }
  return decodeCallback(bytes, options);
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
      return `cannot be read: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** A path as it can be pasted into a shell. */
function shell(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** The fields of a decoded body's summary, in order; absent ones left out. */
function summaryFields(callback: CallbackResponse): [string, string][] {
  const pairs: (readonly [string, string | Date | undefined])[] =
    callback.EventName === 'TaskFinish'
      ? [
          ['EventName', 'TaskFinish'],
          ['Tag', String(callback.JobsDetail.Tag)],
          ['JobId', callback.JobsDetail.JobId],
          ['State', callback.JobsDetail.State],
          ['Code', callback.JobsDetail.Code],
          ['CreationTime', callback.JobsDetail.CreationTime],
          ['StartTime', callback.JobsDetail.StartTime],
          ['EndTime', callback.JobsDetail.EndTime],
        ]
      : [
          ['EventName', 'WorkflowFinish'],
          ['RunId', callback.WorkflowExecution.RunId],
          ['WorkflowName', callback.WorkflowExecution.WorkflowName],
          ['State', callback.WorkflowExecution.State],
          ['Tasks', callback.WorkflowExecution.Tasks?.length.toString()],
          ['CreateTime', callback.WorkflowExecution.CreateTime],
        ];
  const out: [string, string][] = [];
  for (const [key, value] of pairs) {
    if (value !== undefined) out.push([key, value instanceof Date ? value.toISOString() : value]);
  }
  return out;
}

/** The one-line summary of a decoded body. */
export function summarize(callback: CallbackResponse): string {
  return summaryFields(callback)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

function messageOf(error: CallbackError | Unreadable): string {
  return error._tag === 'Unreadable' ? error.message : formatCallbackError(error);
}

/** An error's text, with the lines after the first indented under the file name. */
function indent(error: CallbackError | Unreadable): string {
  return messageOf(error).split('\n').join('\n  ');
}

const red = 31;
const green = 32;

/** Wraps text in an ANSI colour on the streams that take colours, and leaves it as is on the others. */
function painter(io: CliIo) {
  const paint =
    (enabled: boolean) =>
    (color: number, text: string): string =>
      enabled ? `\u001b[${color}m${text}\u001b[39m` : text;
  return { out: paint(io.color?.stdout === true), err: paint(io.color?.stderr === true) };
}
