import type { CallbackError, MalformedJson } from './errors';
import { MAX_DEPTH, type PlainData } from './plain';
import { left, right, type Result } from './result';

const hasOwn = Object.prototype.hasOwnProperty;

/** Set by {@link tooDeep} when it meets a number. */
let sawNumber = false;

/**
 * Is a parsed value nested deeper than {@link MAX_DEPTH}? Sets {@link sawNumber} on the way. It recurses, but
 * never past the limit, so the stack stays shallow whatever the input.
 */
function tooDeep(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'number') sawNumber = true;
    return false;
  }
  if (depth > MAX_DEPTH) return true;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (tooDeep(item, depth + 1)) return true;
  } else {
    for (const key in value) {
      if (hasOwn.call(value, key) && tooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
    }
  }
  return false;
}

/** Where the string token that opens at `start` (a `"`) ends, in a text `JSON.parse` accepted. */
function stringEnd(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); ; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c /* \ */) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
}

/** Can this character continue a JSON number (`-`, digits, `.`, `e`, `E`, `+`)? */
const isNumberChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2e ||
  code === 0x65 ||
  code === 0x45 ||
  code === 0x2b ||
  code === 0x2d;

/**
 * Rewrites every number of a valid JSON text as a string of its digits, as the sender wrote them:
 * `JSON.parse` would turn `1234567890123456789012` into `1.2345678901234568e+21` and `1.50` into `1.5`.
 * One pass that jumps over strings with `indexOf`.
 */
function quoteNumbers(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) i = stringEnd(text, i);
    else if (code === 0x2d /* - */ || (code >= 0x30 && code <= 0x39)) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      out += `${text.slice(copied, i)}"${text.slice(i, end)}"`;
      copied = end;
      i = end - 1;
    }
  }
  return out + text.slice(copied);
}

function malformed(error: unknown): MalformedJson {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined
    ? { _tag: 'MalformedJson', message }
    : { _tag: 'MalformedJson', message, position: Number(position) };
}

/**
 * The JSON adapter: parses a text, bounds its nesting, and keeps numbers as the text they were sent as.
 * `JSON.parse` makes `__proto__` an own property, so keys cannot reach a prototype.
 * @internal
 */
export function parseJson(text: string): Result<CallbackError, PlainData> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return left(malformed(e));
  }
  sawNumber = false;
  if (tooDeep(value, 1)) {
    return left({ _tag: 'MalformedJson', message: `values nest deeper than ${MAX_DEPTH} levels` });
  }
  return right((sawNumber ? JSON.parse(quoteNumbers(text)) : value) as PlainData);
}
