import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CallbackError, CallbackResponse, Result } from '../src/index';

/** The project's own samples. */
export const SAMPLES_DIR = resolve(__dirname, '../samples');

/** Tencent's documented bodies, present beside the project in CI and development (never copied into it). */
export const TENCENT_SAMPLES_DIR = resolve(__dirname, '../../shared/tencent-samples');

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
export function expectRight(result: Result<CallbackError, CallbackResponse>): CallbackResponse {
  if (result._tag === 'Left') throw new Error(`expected Right, got ${JSON.stringify(result.left, null, 2)}`);
  return result.right;
}

/** The error of a `Left`, failing the test otherwise. */
export function expectLeft(result: Result<CallbackError, CallbackResponse>): CallbackError {
  if (result._tag === 'Right') throw new Error(`expected Left, got ${JSON.stringify(result.right, null, 2)}`);
  return result.left;
}
