import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { DecodeOptions } from './body';
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
}

/** The text of `--help`. */
export const HELP = `Usage: cos-ci-callback <command> [options]

Decode Tencent Cloud CI (数据万象) job and workflow callback bodies, XML or JSON.

Commands:
  decode FILE... | -   decode each file (- reads stdin); one summary line per body
  check DIR            decode every .xml and .json file below DIR; one line per file and a total

Options:
  --json               decode: print the whole decoded value as JSON instead of a summary
  --format FORMAT      auto (default, sniffed from the body), xml or json
  --max-bytes N        refuse bodies over N bytes (default 1048576)
  -h, --help           show this help
  -v, --version        show the version

Exit codes:
  0  every body decoded
  1  a body failed to decode or could not be read
  2  usage error (unknown command or option, missing argument)
`;

class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. Never rejects. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError || isParseArgsError(e)) {
      io.stderr(`cos-ci-callback: ${(e as Error).message}`);
      io.stderr(`Try 'cos-ci-callback --help'.`);
      return EXIT.usage;
    }
    io.stderr(`cos-ci-callback: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failed;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  if (values.help === true) {
    io.stdout(HELP.trimEnd());
    return EXIT.ok;
  }
  if (values.version === true) {
    io.stdout(io.version);
    return EXIT.ok;
  }
  const options = decodeOptions(values.format, values['max-bytes']);
  const [command, ...args] = positionals;
  switch (command) {
    case 'decode':
      if (args.length === 0) throw new UsageError('decode needs at least one FILE (or - for stdin)');
      return decodeFiles(args, options, values.json === true, io);
    case 'check':
      if (args.length !== 1) throw new UsageError('check needs exactly one DIR');
      if (values.json === true) throw new UsageError('--json is for decode');
      return check(args[0] as string, options, io);
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

async function decodeFiles(
  files: readonly string[],
  options: DecodeOptions,
  json: boolean,
  io: CliIo,
): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const result = await decodeInput(file, options, io);
    if (result._tag === 'Left') {
      failed++;
      io.stderr(`${file}: ${indent(result.left)}`);
    } else if (json) {
      io.stdout(JSON.stringify(result.right, null, 2));
    } else {
      io.stdout(`${file}: ${summarize(result.right)}`);
    }
  }
  return failed === 0 ? EXIT.ok : EXIT.failed;
}

async function check(dir: string, options: DecodeOptions, io: CliIo): Promise<number> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    io.stderr(`cos-ci-callback: ${dir} is not a directory`);
    return EXIT.failed;
  }
  const files = await bodiesBelow(dir);
  let failed = 0;
  for (const file of files) {
    const name = relative(dir, file);
    const result = await decodeInput(file, options, io);
    if (result._tag === 'Left') {
      failed++;
      io.stdout(`FAIL ${name}: ${indent(result.left)}`);
    } else {
      io.stdout(`ok   ${name}: ${summarize(result.right)}`);
    }
  }
  if (files.length === 0) {
    io.stdout(`no .xml or .json files below ${dir}`);
    return EXIT.failed;
  }
  const plural = files.length === 1 ? 'file' : 'files';
  io.stdout(`${files.length} ${plural}: ${files.length - failed} ok, ${failed} failed`);
  return failed === 0 ? EXIT.ok : EXIT.failed;
}

/** Every .xml/.json file below `dir`, depth first, sorted by name at each level. */
async function bodiesBelow(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const body of await bodiesBelow(path)) out.push(body);
    else if (entry.isFile() && /\.(xml|json)$/i.test(entry.name)) out.push(path);
  }
  return out;
}

type Outcome = Result<
  CallbackError | { readonly _tag: 'Unreadable'; readonly message: string },
  CallbackResponse
>;

async function decodeInput(file: string, options: DecodeOptions, io: CliIo): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const reason = code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e);
    return { _tag: 'Left', left: { _tag: 'Unreadable', message: `cannot read: ${reason}` } };
  }
  return decodeCallback(bytes, options);
}

/** The one-line summary of a decoded body. */
export function summarize(callback: CallbackResponse): string {
  if (callback.EventName === 'TaskFinish') {
    const d = callback.JobsDetail;
    return fields([
      ['EventName', 'TaskFinish'],
      ['Tag', String(d.Tag)],
      ['JobId', d.JobId],
      ['State', d.State],
      ['Code', d.Code],
      ['CreationTime', d.CreationTime],
      ['StartTime', d.StartTime],
      ['EndTime', d.EndTime],
    ]);
  }
  const w = callback.WorkflowExecution;
  return fields([
    ['EventName', 'WorkflowFinish'],
    ['RunId', w.RunId],
    ['WorkflowName', w.WorkflowName],
    ['State', w.State],
    ['Tasks', w.Tasks === undefined ? undefined : String(w.Tasks.length)],
    ['CreateTime', w.CreateTime],
  ]);
}

function fields(pairs: readonly (readonly [string, string | Date | undefined])[]): string {
  return pairs
    .filter((pair): pair is readonly [string, string | Date] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${value instanceof Date ? value.toISOString() : value}`)
    .join(' ');
}

/** An error's text, with the lines after the first indented under the file name. */
function indent(error: CallbackError | { readonly _tag: 'Unreadable'; readonly message: string }): string {
  const text = error._tag === 'Unreadable' ? error.message : formatCallbackError(error);
  return text.split('\n').join('\n  ');
}

function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
