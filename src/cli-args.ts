/** The command line of the CLI: its help, its options, and what they mean for the decoder. */

import { parseArgs } from 'node:util';
import { BYTE_LIMIT, isByteLimit, type DecodeOptions } from './options';

/** The text of `--help`. */
export const HELP = `Usage: cos-ci-callback <command> [options]

Decode Tencent Cloud CI (数据万象) callback bodies, XML or JSON: jobs and workflows, and content moderation.

Commands:
  decode FILE... | -   decode each file (- reads stdin); one summary line per body
  check DIR            decode every .xml and .json file below DIR; one line per file, and a total
                       with the bodies of each family (media: jobs and workflows; moderation);
                       symbolic links to files are read, links to directories are not followed

Options:
  --json               machine-readable output on stdout:
                         decode: one JSON line per body (NDJSON), even for one body:
                           {"file":F,"ok":true,"callback":{...}} (times as ISO strings)
                           {"file":F,"ok":false,"error":{"_tag":...},"message":"..."}
                         check: one JSON document:
                           {"dir":D,"files":[...],"total":N,"ok":K,"media":M,"moderation":R,"failed":F},
                           each file {"file":F,"ok":true,"summary":{...}} or as decode's failures
  --format FORMAT      auto (default, sniffed from the body), xml or json
  --max-bytes N        refuse bodies over N bytes, reading no further (default 1048576)
  -h, --help           show this help
  -v, --version        show the version

Colours only on a terminal; never when NO_COLOR is set; FORCE_COLOR=1 forces them.
Output shows control characters from bodies and file names as \\uXXXX; in --json, as JSON escapes of the exact text.

Exit codes:
  0  every body decoded
  1  a body failed to decode or could not be read (or check found no bodies)
  2  usage error (unknown command or option, missing argument)
`;

/** A mistake in the command line: the CLI says it in one line and exits with the usage code. */
export class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  'max-bytes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The command line, read. */
export interface Args {
  readonly json: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly format: string | undefined;
  readonly maxBytes: string | undefined;
  readonly positionals: readonly string[];
}

/** Parses leniently and checks each option here, so that every mistake gets our one-line message, not Node's. */
export function parse(argv: readonly string[]): Args {
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

/** The decoder options `--format` and `--max-bytes` ask for. */
export function decodeOptions(format: string | undefined, maxBytes: string | undefined): DecodeOptions {
  const options: { format?: 'auto' | 'xml' | 'json'; maxBytes?: number } = {};
  if (format !== undefined) {
    if (format !== 'auto' && format !== 'xml' && format !== 'json') {
      throw new UsageError(`--format must be auto, xml or json, not ${JSON.stringify(format)}`);
    }
    options.format = format;
  }
  if (maxBytes !== undefined) {
    const limit = /^\d+$/.test(maxBytes) ? Number(maxBytes) : NaN;
    if (!isByteLimit(limit)) throw new UsageError(`--max-bytes must be ${BYTE_LIMIT}`);
    options.maxBytes = limit;
  }
  return options;
}
