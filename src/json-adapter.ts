import type { CallbackError, MalformedJson } from './errors';
import { MAX_DEPTH, setNode, type PlainData } from './plain';
import { left, right, type Result } from './result';

/** What {@link findIn} finds in a parsed value: flags, so that two children's findings combine with `|`. */
const PLAIN = 0;
const NUMBERS = 1;
const TOO_DEEP = 2;

/**
 * What {@link walk} finds in a parsed value `depth` levels down. Leaves are read here, a function small enough
 * for V8 to inline into the walk's loops: only objects and arrays cost a call (most children are leaves).
 */
const findIn = (value: unknown, depth: number): number =>
  typeof value === 'object' && value !== null
    ? walk(value, depth)
    : typeof value === 'number'
      ? NUMBERS
      : PLAIN;

/**
 * Walks a parsed object or array `depth` levels down: {@link TOO_DEEP} as soon as it nests deeper than
 * {@link MAX_DEPTH}, else {@link NUMBERS} when it holds a number. It recurses, but never past the limit, so the
 * stack stays shallow whatever the input.
 */
function walk(value: object, depth: number): number {
  if (depth > MAX_DEPTH) return TOO_DEEP;
  let found = PLAIN;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      const inner = findIn(item, depth + 1);
      if (inner === TOO_DEEP) return TOO_DEEP;
      found |= inner;
    }
  } else {
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue; // written out, not aliased: V8 then drops it
      const inner = findIn((value as Record<string, unknown>)[key], depth + 1);
      if (inner === TOO_DEEP) return TOO_DEEP;
      found |= inner;
    }
  }
  return found;
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

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * The number tokens of a text `JSON.parse` accepted, read in order on demand, jumping over strings with
 * `indexOf`; counts the keys it passes.
 */
class NumberTokens {
  /** Where the last token starts, and where the reading goes on. */
  start = 0;
  at = 0;
  keys = 0;

  constructor(private readonly text: string) {}

  /** The next number's source text, or `undefined` once the text is read to its end. */
  next(): string | undefined {
    const { text } = this;
    for (let i = this.at; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x22 /* " */) {
        i = stringEnd(text, i);
        let after = i + 1;
        while (isSpace(text.charCodeAt(after))) after++;
        if (text.charCodeAt(after) === 0x3a /* : */) this.keys++;
      } else if (code === 0x2d /* - */ || (code >= 0x30 && code <= 0x39)) {
        let end = i + 1;
        while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
        this.start = i;
        this.at = end;
        return text.slice(i, end);
      }
    }
    this.at = text.length;
    return undefined;
  }
}

/**
 * Rewrites every number of a valid JSON text as a string of its digits, as the sender wrote them:
 * `JSON.parse` would turn `1234567890123456789012` into `1.2345678901234568e+21` and `1.50` into `1.5`.
 */
function quoteNumbers(text: string): string {
  const tokens = new NumberTokens(text);
  let out = '';
  let copied = 0;
  for (let token = tokens.next(); token !== undefined; token = tokens.next()) {
    out += `${text.slice(copied, tokens.start)}"${token}"`;
    copied = tokens.at;
  }
  return out + text.slice(copied);
}

/**
 * Replaces each number of a parsed value, in place, by its source text, taking the tokens in order: the n-th
 * number met is the n-th token as long as the value lists everything in the text's order. It does not when an
 * object has an integer-like key among others (JS lists those first; noted in {@link reordered}) or a repeated
 * key (its first place keeps its last value; seen as fewer {@link keys} than the text has). The caller drops a
 * value it could not vouch for.
 */
class NumberRestorer {
  /** How many keys the value's objects hold. */
  keys = 0;
  /** Whether an object may list its keys in another order than the text. */
  reordered = false;

  constructor(private readonly tokens: NumberTokens) {}

  /** Restores the numbers under `value`; `false` when a token does not match its number. */
  restore(value: object): boolean {
    if (Array.isArray(value)) {
      const list = value as unknown[];
      for (let i = 0; i < list.length; i++) {
        const restored = this.item(list[i]);
        if (restored === false) return false;
        if (restored !== true) list[i] = restored;
      }
      return true;
    }
    const node = value as Record<string, unknown>;
    let count = 0;
    let integerLike = false;
    for (const key in node) {
      if (!Object.prototype.hasOwnProperty.call(node, key)) continue; // written out, not aliased: V8 then drops it
      count++;
      const code = key.charCodeAt(0);
      if (code >= 0x30 && code <= 0x39) integerLike = true;
      const restored = this.item(node[key]);
      if (restored === false) return false;
      if (restored !== true) setNode(node, key, restored);
    }
    this.keys += count;
    if (integerLike && count > 1) this.reordered = true;
    return true;
  }

  /** One child: its number's source text, or `true` (done in place), or `false`. */
  private item(item: unknown): string | boolean {
    if (typeof item === 'number') {
      const token = this.tokens.next();
      if (token === undefined || Number(token) !== item) return false;
      return token;
    }
    return typeof item !== 'object' || item === null || this.restore(item);
  }
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
  const found = findIn(value, 1);
  if (found === TOO_DEEP) {
    return left({ _tag: 'MalformedJson', message: `values nest deeper than ${MAX_DEPTH} levels` });
  }
  if (found === PLAIN) return right(value as PlainData);
  // Numbers get their source text in place, so that one tree is built, not two; where the value's order is not
  // the text's, the text is parsed again with its numbers quoted.
  if (typeof value === 'object' && value !== null) {
    const tokens = new NumberTokens(text);
    const restorer = new NumberRestorer(tokens);
    if (
      restorer.restore(value) &&
      !restorer.reordered &&
      tokens.next() === undefined &&
      tokens.keys === restorer.keys
    ) {
      return right(value as PlainData);
    }
  }
  return right(JSON.parse(quoteNumbers(text)) as PlainData);
}
