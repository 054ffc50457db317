/**
 * A user's project: the packed tarball installed beside the project's own dependencies (express, fastify, hono,
 * fast-check, fp-ts, @types/node and @types/jest, linked from node_modules), then `tsc --strict` over a module
 * that imports every entry of package.json `exports`, and over every ```ts block of the docs (with its hidden
 * preamble), under bundler, node16 and node10 module resolution.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docSnippets, moduleOf, snippetFileName } from '../docs-snippets';
import { consumerProject, entryNames, pack, ROOT, tsc, type Packed } from './packed';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
};
const entries = entryNames(pkg.exports);
const snippets = docSnippets();

/**
 * Every entry, imported by value and by type. Each `@ts-expect-error` fails the compile if an entry's types
 * resolved to `any` (a declaration file that was not found, hidden by skipLibCheck).
 */
const EVERY_ENTRY = `
import { decodeCallback, encodeCallback, type CallbackResponse } from 'cos-ci-callback';
import { decodeJsonCallback } from 'cos-ci-callback/json';
import { decodeRequest } from 'cos-ci-callback/fetch';
import { cosCallbackMiddleware, decodeIncomingMessage, fastifyCosCallback, getCosCallback } from 'cos-ci-callback/node';
import { arbitraryCallback } from 'cos-ci-callback/testing';

export const decoded: ReturnType<typeof decodeCallback> = decodeJsonCallback('{}');
export const body: string = encodeCallback({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'r' } }, 'xml');
export const adapters = [decodeRequest, decodeIncomingMessage, cosCallbackMiddleware, fastifyCosCallback] as const;
export const read = (res: object): CallbackResponse => getCosCallback(res);
export const arbitrary = arbitraryCallback();

// @ts-expect-error not any: a Result is no number
export const n1: number = decodeCallback('');
// @ts-expect-error not any
export const n2: number = decodeJsonCallback('');
// @ts-expect-error not any
export const n3: number = decodeRequest;
// @ts-expect-error not any
export const n4: number = getCosCallback({});
// @ts-expect-error not any
export const n5: number = arbitraryCallback();
`;

const CONFIGS = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  // node10: what "module": "commonjs" without moduleResolution means (many Nest and Express apps).
  node10: { module: 'commonjs', esModuleInterop: true },
} as const;

let packed: Packed;
let project: string;

beforeAll(() => {
  packed = pack('cos-consumer-');
  project = consumerProject(packed, 'app');
  const modules = join(project, 'node_modules');
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === 'cos-ci-callback' || name.startsWith('.')) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  writeFileSync(join(project, 'entries.ts'), EVERY_ENTRY);
  mkdirSync(join(project, 'docs'));
  for (const snippet of snippets)
    writeFileSync(join(project, 'docs', snippetFileName(snippet)), moduleOf(snippet));
}, 60_000);

afterAll(() => {
  if (packed !== undefined) rmSync(packed.work, { recursive: true, force: true });
});

/** tsc --strict over `files`; type errors name the docs file and line through the snippet's file name. */
const compile = (name: keyof typeof CONFIGS, files: string[]): string =>
  tsc(
    project,
    `tsconfig.${name}`,
    {
      ...CONFIGS[name],
      strict: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: ['node', 'jest'],
      skipLibCheck: true,
    },
    files,
  );

describe('the packed package in a TypeScript project', () => {
  it('covers every entry of exports, each with node10 types through typesVersions', () => {
    expect(entries).toEqual(expect.arrayContaining(['cos-ci-callback', 'cos-ci-callback/node']));
    for (const entry of entries) expect(EVERY_ENTRY).toContain(`from '${entry}'`);
    const subpaths = entries
      .filter((entry) => entry !== 'cos-ci-callback')
      .map((entry) => entry.split('/')[1]);
    expect(Object.keys(pkg.typesVersions['*'] ?? {}).sort()).toEqual(subpaths.sort());
  });

  it.each(Object.keys(CONFIGS) as (keyof typeof CONFIGS)[])(
    'compiles a module importing every entry and every ts block of the docs, moduleResolution %s',
    (name) => {
      expect(snippets.length).toBeGreaterThanOrEqual(12);
      const files = ['entries.ts', ...snippets.map((snippet) => `docs/${snippetFileName(snippet)}`)];
      expect(compile(name, files)).toBe('');
    },
  );
});
