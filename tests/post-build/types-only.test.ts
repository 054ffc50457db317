/**
 * A consumer with ONLY the packed package (no io-ts, no fp-ts, no @types/node) compiles `import type`s of the
 * public types with `skipLibCheck: false`: the declaration files stand on their own.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { consumerProject, pack, tsc as compile, type Packed } from './packed';

let packed: Packed;
let project: string;

beforeAll(() => {
  packed = pack('cos-types-only-');
  project = consumerProject(packed, 'consumer');
  const pkg = join(project, 'node_modules/cos-ci-callback');
  // Only the declaration files and package.json stay: the JavaScript cannot help the compiler.
  for (const file of readdirSync(join(pkg, 'dist'))) {
    if (!/\.d\.c?ts$/.test(file)) rmSync(join(pkg, 'dist', file));
  }
  writeFileSync(join(project, 'esm.mts'), CONSUMER);
  writeFileSync(join(project, 'cjs.cts'), CONSUMER);
  writeFileSync(join(project, 'node10.ts'), CONSUMER);
  writeFileSync(join(project, 'entries.mts'), ENTRIES);
  writeFileSync(join(project, 'entries.ts'), ENTRIES);
}, 60_000);

afterAll(() => {
  if (packed !== undefined) rmSync(packed.work, { recursive: true, force: true });
});

const CONSUMER = `
import type {
  CallbackResponse,
  TaskFinishResponse,
  JobsDetail,
  JobInput,
  MediaCallback,
  ModerationCallback,
  ReviewSimpleCallback,
  CosHeaderMap,
} from 'cos-ci-callback';

export function summary(callback: MediaCallback): string {
  if (callback.EventName === 'WorkflowFinish') return callback.WorkflowExecution.RunId;
  const task: TaskFinishResponse = callback;
  const detail: JobsDetail = task.JobsDetail;
  const input: JobInput | undefined = detail.Input;
  const created: Date | undefined = detail.CreationTime;
  const headers: readonly string[] = input?.CosHeaders?.map((header) => header.Key) ?? [];
  const tag: string = String(detail.Tag); // an unknown Tag is typed as a branded String so that switch narrows
  // @ts-expect-error JobId is a string: the types are real, not any
  const wrong: number = detail.JobId;
  return [tag, detail.JobId, input?.Object, created?.toISOString(), headers.join(), wrong].join(' ');
}

export function outputs(detail: JobsDetail): readonly string[] {
  switch (detail.Tag) {
    case 'Transcode':
      return detail.Operation?.MediaResult?.OutputFile?.ObjectName ?? [];
    case 'ExtractDigitalWatermark': {
      const message: string | undefined = detail.Operation?.ExtractDigitalWatermark?.Message;
      return message === undefined ? [] : [message];
    }
    default:
      return [];
  }
}

// One switch narrows every callback of both families; moderation's Integer leaves are numbers.
export function verdict(callback: CallbackResponse): string {
  switch (callback.EventName) {
    case 'TaskFinish':
      return callback.JobsDetail.JobId;
    case 'WorkflowFinish':
      return callback.WorkflowExecution.RunId;
    case 'ReviewVideo': {
      const score: number | undefined = callback.JobsDetail.Snapshot?.[0]?.PornInfo?.Score;
      // @ts-expect-error an Integer leaf is a number, not text
      const text: string | undefined = callback.JobsDetail.Snapshot?.[0]?.PornInfo?.Score;
      const headers: CosHeaderMap | undefined = callback.JobsDetail.CosHeaders;
      return [score, text, headers?.['x-cos-meta-id']].join(' ');
    }
    case undefined: {
      const simple: ReviewSimpleCallback = callback;
      return String(simple.code);
    }
    default:
      return callback.JobsDetail.JobId; // every other kind of the Detail form
  }
}

// Each family's decoder answers its family's type.
type RightOf<R> = R extends { readonly _tag: 'Right'; readonly right: infer A } ? A : never;
type Decoded<F extends (...args: never[]) => unknown> = RightOf<ReturnType<F>>;
export const media: [Decoded<typeof import('cos-ci-callback').decodeMediaCallback>] extends [MediaCallback]
  ? true
  : never = true;
export const moderation: [Decoded<typeof import('cos-ci-callback').decodeModerationCallback>] extends [
  ModerationCallback,
]
  ? true
  : never = true;
export const both: [CallbackResponse] extends [Decoded<typeof import('cos-ci-callback').decodeCallback>]
  ? true
  : never = true;

// The trust API's types stand on their own too (no DOM lib here: confirmCallback's signal is structural).
export type Trust = [
  import('cos-ci-callback').JobsResponse['JobsDetail'][number],
  import('cos-ci-callback').ConfirmError,
  import('cos-ci-callback').RequestError,
  import('cos-ci-callback').ConfirmOptions,
  import('cos-ci-callback').FetchJob,
  import('cos-ci-callback').TokenOptions,
];
`;

const ENTRIES = `
import type { CallbackResponse as FromJson, ModerationCallback as ModerationFromJson } from 'cos-ci-callback/json';
import type { CallbackResponse as FromFetch, Result, CallbackError } from 'cos-ci-callback/fetch';
import type { IncomingMessageLike, ServerResponseLike, CosCallbackMiddleware } from 'cos-ci-callback/node';
import type { CallbackResponse } from 'cos-ci-callback';

export type Same = [FromJson, FromFetch, ModerationFromJson] extends [CallbackResponse, CallbackResponse, CallbackResponse]
  ? true
  : never;
export const same: Same = true;
export type Outcome = Result<CallbackError, FromFetch>;
export type Node = [IncomingMessageLike, ServerResponseLike, CosCallbackMiddleware];
export type Tokens = [
  import('cos-ci-callback/fetch').RequestOptions,
  import('cos-ci-callback/node').RequestError,
  import('cos-ci-callback/node').TokenOptions,
];
`;

/** Compiles with the declaration files checked too (skipLibCheck false) and nothing else installed. */
const tsc = (name: string, options: Record<string, unknown>, files: string[]): string =>
  compile(
    project,
    name,
    {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      types: [],
      lib: ['ES2020'],
      ...options,
    },
    files,
  );

describe('the packed package', () => {
  it('ships the built entries, the CLI and the docs, not the sources', () => {
    expect(packed.files).toEqual(
      expect.arrayContaining(['package.json', 'README.md', 'dist/cli.js', 'dist/index.d.ts']),
    );
    expect(
      packed.files.filter(
        (path) =>
          !path.startsWith('dist/') && !/^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(path),
      ),
    ).toEqual([]);
  });

  it('has no io-ts or fp-ts within reach of the consumer', () => {
    const require = createRequire(join(project, 'index.js'));
    expect(() => require.resolve('io-ts')).toThrow();
    expect(() => require.resolve('fp-ts')).toThrow();
    expect(existsSync(join(project, 'node_modules/cos-ci-callback/dist/index.d.ts'))).toBe(true);
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }, ['esm.mts', 'cjs.cts']],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['esm.mts']],
    ['node10', { module: 'commonjs' }, ['node10.ts']],
  ])('type-checks a type-only consumer, moduleResolution %s, skipLibCheck false', (name, options, files) => {
    expect(tsc(`tsconfig.${name}`, options, files)).toBe('');
  });

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }, 'entries.mts'],
    ['node10', { module: 'commonjs' }, 'entries.ts'],
  ])(
    'type-checks the json, fetch and node entries, moduleResolution %s (DOM types for Request)',
    (name, options, file) => {
      expect(tsc(`tsconfig.entries-${name}`, { ...options, lib: ['ES2020', 'DOM'] }, [file])).toBe('');
    },
  );
});
