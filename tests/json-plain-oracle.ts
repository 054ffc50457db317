/**
 * The test oracle for the JSON adapter's fast path: the JSON adapter as it was before it was tuned, kept
 * verbatim, with the one rule added since (a key sent twice in one object is refused) written the plain way.
 * The property tests in json-adapter.test.ts check that `parseJson` answers exactly what this does.
 */
import type { CallbackError, MalformedJson } from '../src/errors';
import { MAX_DEPTH, type PlainData } from '../src/plain';
import { left, right, type Result } from '../src/result';

/** Walks a parsed value without recursion: is it nested too deep, and does it hold a number? */
function inspect(root: unknown): 'too-deep' | 'has-number' | 'ok' {
  let hasNumber = false;
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (typeof value === 'number') hasNumber = true;
    else if (typeof value === 'object' && value !== null) {
      if (depth > MAX_DEPTH) return 'too-deep';
      for (const child of Array.isArray(value) ? value : Object.values(value)) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return hasNumber ? 'has-number' : 'ok';
}

const TOKEN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * Rewrites every number of a valid JSON text as a string of its digits, as the sender wrote them:
 * `JSON.parse` would turn `1234567890123456789012` into `1.2345678901234568e+21` and `1.50` into `1.5`.
 */
function quoteNumbers(text: string): string {
  return text.replace(TOKEN, (token) => (token.charCodeAt(0) === 0x22 /* " */ ? token : `"${token}"`));
}

/** The tokens of a valid text that tell where keys are: strings and punctuation (numbers and literals skipped). */
const LEXEME = /"(?:[^"\\]|\\[\s\S])*"|[{}[\]:,]/g;

/** Where the first key sent twice in one object starts, if one is. */
function repeatedKeyAt(text: string): number | undefined {
  const open: (Set<string> | null)[] = [];
  let last = { text: '', at: 0 };
  for (const lexeme of text.matchAll(LEXEME)) {
    const token = lexeme[0];
    if (token === '{') open.push(new Set());
    else if (token === '[') open.push(null);
    else if (token === '}' || token === ']') open.pop();
    else if (token === ':') {
      const keys = open[open.length - 1] as Set<string>;
      if (keys.has(last.text)) return last.at;
      keys.add(last.text);
    } else if (token !== ',') last = { text: JSON.parse(token) as string, at: lexeme.index };
  }
  return undefined;
}

/** The message of the oracle's repeated-key error: the test compares it with the adapter's by its kind only. */
export const REPEATED_KEY = 'a key sent twice';

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
export function parseJsonPlain(text: string): Result<CallbackError, PlainData> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return left(malformed(e));
  }
  const found = inspect(value);
  if (found === 'too-deep') {
    return left({ _tag: 'MalformedJson', message: `values nest deeper than ${MAX_DEPTH} levels` });
  }
  const repeated = repeatedKeyAt(text);
  if (repeated !== undefined)
    return left({ _tag: 'MalformedJson', message: REPEATED_KEY, position: repeated });
  switch (found) {
    case 'has-number':
      return right(JSON.parse(quoteNumbers(text)) as PlainData);
    case 'ok':
      return right(value as PlainData);
  }
}
