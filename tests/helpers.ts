import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Result } from '../src/index';

/** The project's own samples. */
export const SAMPLES_DIR = resolve(__dirname, '../samples');

/** Tencent's documented bodies, present beside the project in CI and development (never copied into it). */
export const TENCENT_SAMPLES_DIR = resolve(__dirname, '../../shared/tencent-samples');

/** The job API's documented responses (submit, describe, list), beside the project like the callbacks. */
export const JOBS_API_SAMPLES_DIR = resolve(__dirname, '../../shared/jobs-api-samples');

/** Tencent's documented file and document job callbacks (XML), beside the project like the others. */
export const JOB_SAMPLES_DIR = resolve(__dirname, '../../shared/job-samples');

/** Tencent's documented moderation callbacks (JSON), beside the project like the others. */
export const REVIEW_SAMPLES_DIR = resolve(__dirname, '../../shared/review-samples');

/** The folders of `../shared` the tests read: required under CI, their absence noted once elsewhere. */
export const SHARED_SAMPLE_DIRS: readonly string[] = [
  TENCENT_SAMPLES_DIR,
  JOBS_API_SAMPLES_DIR,
  JOB_SAMPLES_DIR,
  REVIEW_SAMPLES_DIR,
];

/** The file names in a folder, sorted, or none when the folder is absent. */
export function listFiles(dir: string, extension?: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extension === undefined || name.endsWith(extension))
    .sort();
}

/** A file's bytes. */
export const readBytes = (dir: string, name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(dir, name)));

/** A file's text. */
export const readText = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');

/** The value of a `Right`, failing the test with the formatted error otherwise. */
export function expectRight<A>(result: Result<unknown, A>): A {
  if (result._tag === 'Left') throw new Error(`expected Right, got ${JSON.stringify(result.left, null, 2)}`);
  return result.right;
}

/** The error of a `Left`, failing the test otherwise. */
export function expectLeft<E>(result: Result<E, unknown>): E {
  if (result._tag === 'Right') throw new Error(`expected Left, got ${JSON.stringify(result.right, null, 2)}`);
  return result.left;
}

/** One leaf of a raw body: its path of node names (list indexes left out) and its text. */
export interface RawLeaf {
  readonly path: readonly string[];
  readonly value: string;
}

/**
 * Every non-empty leaf of raw parsed data (from `JSON.parse`, or fast-xml-parser with `parseTagValue: false`),
 * with lists flattened: a repeated node's items share their parent's path, so one element and a one-element
 * list give the same leaves. JSON numbers and booleans become their text; empty text and `null` are skipped.
 */
export function rawLeaves(data: unknown, path: readonly string[] = []): RawLeaf[] {
  if (data === null || data === undefined || data === '') return [];
  if (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean')
    return [{ path, value: String(data) }];
  if (Array.isArray(data)) return data.flatMap((item) => rawLeaves(item, path));
  if (typeof data === 'object')
    return Object.keys(data).flatMap((key) =>
      rawLeaves((data as Record<string, unknown>)[key], [...path, key]),
    );
  return [];
}

/** Every value found at a path in decoded data, following lists at every step (own properties only). */
export function valuesAt(data: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(data)) return data.flatMap((item) => valuesAt(item, path));
  const [head, ...rest] = path;
  if (head === undefined) return [data];
  if (typeof data !== 'object' || data === null || data instanceof Date) return [];
  if (!Object.prototype.hasOwnProperty.call(data, head)) return [];
  return valuesAt((data as Record<string, unknown>)[head], rest);
}

/**
 * Does a decoded value stand for a raw leaf's text? Integers are compared as their text; dates as instants, from
 * CI's time forms or (moderation) 13 digits of epoch milliseconds.
 */
function sameLeaf(decoded: unknown, raw: string): boolean {
  if (typeof decoded === 'number') return String(decoded) === raw;
  if (decoded instanceof Date) {
    if (/^\d{13}$/.test(raw)) return decoded.getTime() === Number(raw);
    const instant = Date.parse(raw.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return decoded.getTime() === instant;
  }
  return decoded === raw;
}

/**
 * The raw leaves missing from a decoded value: each raw leaf must be found, as often as it occurs, at the same
 * path (lists flattened); a `-` (CI's time not reached) may be absent. An empty result means nothing the sender
 * wrote was lost or altered.
 */
export function missingLeaves(raw: unknown, decoded: unknown): string[] {
  const byPath = new Map<string, { path: readonly string[]; values: string[] }>();
  for (const leaf of rawLeaves(raw)) {
    const key = leaf.path.join('.');
    const entry = byPath.get(key) ?? { path: leaf.path, values: [] };
    entry.values.push(leaf.value);
    byPath.set(key, entry);
  }
  const missing: string[] = [];
  for (const [key, { path, values }] of byPath) {
    const found = valuesAt(decoded, path);
    for (const value of values) {
      const index = found.findIndex((candidate) => sameLeaf(candidate, value));
      if (index === -1 && value === '-' && found.length === 0) continue; // CI's "time not reached": absent
      if (index === -1) missing.push(`${key} = ${JSON.stringify(value)}`);
      else found.splice(index, 1);
    }
  }
  return missing;
}

/**
 * The XML body CI would send for plain data: a list becomes repeated elements (no wrapper), text is escaped.
 * For building test bodies from the same data as their JSON twin.
 */
export function xmlOf(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => xmlOf(name, item)).join('');
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') {
    const inner = Object.keys(value)
      .map((key) => xmlOf(key, (value as Record<string, unknown>)[key]))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  const text = String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text === '' ? `<${name}/>` : `<${name}>${text}</${name}>`;
}
