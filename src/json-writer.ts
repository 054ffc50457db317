/** The encoder's JSON writer, the mirror of the JSON adapter (src/json-adapter.ts). */

import { clippedChildPath, itemPath, placeOf } from './node-path';
import { setNode } from './plain';

/**
 * Plain data for `JSON.stringify`, with no empty slots: a safe integer (what an Integer leaf encodes to) as a JSON
 * number, as CI writes those leaves; every other leaf as text (another number or a boolean as its text).
 */
function toJsonData(value: unknown, path: string): unknown {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value === 0 ? 0 : value; // never -0
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    return value.map((item, index) => toJsonData(item, itemPath(path, index))).filter((x) => x !== undefined);
  }
  if (typeof value !== 'object' || value instanceof Date) {
    throw new TypeError(
      `cannot write ${placeOf(path)}: expected text, a list or an object, got ${typeof value}`,
    );
  }
  const object: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const data = toJsonData((value as Record<string, unknown>)[key], clippedChildPath(path, key));
    if (data !== undefined) setNode(object, key, data);
  }
  return object;
}

/**
 * Writes plain data (what the codecs encode to) as a JSON body: each member on its own line, indented by `indent`
 * a level, unless `indent` is `undefined`.
 * @throws TypeError for what is not plain data
 * @internal
 */
export function writeJson(data: unknown, indent: string | undefined): string {
  return JSON.stringify(toJsonData(data, ''), null, indent);
}
