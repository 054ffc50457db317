import type { CallbackError, MalformedJson } from './errors';
import { clipName } from './error-size';
import { childPath, itemKey } from './node-path';
import { MAX_DEPTH, setNode, type PlainData } from './plain';
import { left, right, type Result } from './result';

/** What a {@link Walk} finds in a parsed value: flags, so that two children's findings combine with `|`. */
const PLAIN = 0;
const NUMBERS = 1;
const TOO_DEEP = 2;

/**
 * One walk over a parsed value: what it holds ({@link TOO_DEEP} as soon as it nests deeper than
 * {@link MAX_DEPTH}, else {@link NUMBERS} when it holds a number), how many keys its objects hold, how many
 * commas separate their members, and how long its compact text is when it holds no number. It recurses, but
 * never past the limit, so the stack stays shallow whatever the input.
 */
class Walk {
  keys = 0;
  /** The commas between the members of its objects and lists: those its compact text has outside strings. */
  commas = 0;
  compactLength = 0;

  /**
   * What the walk finds in a value `depth` levels down. Leaves are read here, a method small enough for V8 to
   * inline into the loops of {@link node}: only objects and arrays cost a call (most children are leaves).
   */
  find(value: unknown, depth: number): number {
    if (typeof value === 'string') {
      this.compactLength += value.length + 2;
      return PLAIN;
    }
    if (typeof value === 'object' && value !== null) return this.node(value, depth);
    if (typeof value === 'number') return NUMBERS;
    this.compactLength += value === false ? 5 : 4; // true, null
    return PLAIN;
  }

  private node(value: object, depth: number): number {
    if (depth > MAX_DEPTH) return TOO_DEEP;
    let found = PLAIN;
    let count = 0; // items or keys
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        count++;
        const inner = this.find(item, depth + 1);
        if (inner === TOO_DEEP) return TOO_DEEP;
        found |= inner;
      }
    } else {
      for (const key in value) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) continue; // written out, not aliased: V8 then drops it
        count++;
        this.compactLength += key.length + 3; // "key":
        const inner = this.find((value as Record<string, unknown>)[key], depth + 1);
        if (inner === TOO_DEEP) return TOO_DEEP;
        found |= inner;
      }
      this.keys += count;
    }
    if (count > 1) this.commas += count - 1;
    this.compactLength += count === 0 ? 2 : count + 1; // brackets and commas
    return found;
  }
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

/** Does the string token that ends at `end` (its closing `"`) name a key, being followed by `:`? */
function isKeyEnd(text: string, end: number): boolean {
  let at = end + 1;
  while (isSpace(text.charCodeAt(at))) at++;
  return text.charCodeAt(at) === 0x3a; /* : */
}

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
        if (isKeyEnd(text, i)) this.keys++;
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
 * Rewrites every number of a valid JSON text as a string of its digits, as the sender wrote them, reading them
 * with `tokens` (which then know how many keys the text has):
 * `JSON.parse` would turn `1234567890123456789012` into `1.2345678901234568e+21` and `1.50` into `1.5`.
 */
function quoteNumbers(text: string, tokens: NumberTokens): string {
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
 * key (its first place keeps its last value; the caller refuses a text with more keys than its value). The
 * caller drops a value it could not vouch for.
 */
class NumberRestorer {
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

/** How many keys a text `JSON.parse` accepted has: its string tokens followed by `:`. */
function keyTokens(text: string): number {
  let keys = 0;
  // Outside strings a valid text has no `"`, so each one found from the end of a string opens the next.
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) {
    at = stringEnd(text, at);
    if (isKeyEnd(text, at)) keys++;
  }
  return keys;
}

/** Where the `n`-th comma (n >= 1) at or after `from` is, or -1 when there are fewer: `indexOf`, comma to comma. */
function nthComma(text: string, from: number, n: number): number {
  let at = from - 1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(',', at + 1);
    if (at === -1) return -1;
  }
  return at;
}

/**
 * Counts the commas in the keys and strings of a value that nests no deeper than {@link MAX_DEPTH}, giving up
 * once there are more than `limit` (then {@link count} is over it): each comma costs an `indexOf`, and a text
 * with many is cheaper to check by its key tokens.
 */
class StringCommas {
  count = 0;

  constructor(private readonly limit: number) {}

  /** Adds the commas under `value`; `false` once over the limit. */
  add(value: unknown): boolean {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null) return true;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (!this.add(item)) return false;
      return true;
    }
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue; // written out, not aliased: V8 then drops it
      if (!this.text(key) || !this.add((value as Record<string, unknown>)[key])) return false;
    }
    return true;
  }

  private text(text: string): boolean {
    for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
      if (++this.count > this.limit) return false;
    }
    return true;
  }
}

/**
 * Whether the commas of a text prove that it sends no key twice, `walk` having walked its parsed `value`. The
 * text has a comma between each two members of the value's objects and lists, one more for each key the value
 * lost (its object had another key), and those in its strings. So a text with no more commas than the value has
 * between members has lost no key; nor has one without escapes with no more than those plus the commas in the
 * value's keys and strings (each is a string token of the text, with the same commas). Else the key tokens decide.
 */
function commasProveWhole(text: string, value: unknown, walk: Walk): boolean {
  const extra = nthComma(text, 0, walk.commas + 1);
  if (extra === -1) return true;
  if (text.indexOf('\\') !== -1) return false;
  // No more commas counted than there are members: past that, the key tokens are the cheaper check.
  const strings = new StringCommas(walk.commas + walk.keys + 16);
  if (!strings.add(value)) return false;
  const inStrings = strings.count;
  // `extra` is one comma past the members' count: at most `inStrings - 1` more may follow it.
  return inStrings > 0 && nthComma(text, extra + 1, inStrings) === -1;
}

/** An open object (the keys it has had, and the last) or list (the index of its current item) of a text. */
type Open = { readonly keys: Set<string>; key: string } | { index: number };

/**
 * The error for a valid text that sends a key twice in one object (`JSON.parse` keeps the last value and loses
 * the first: a silent pick that a reader of the first would not see): the key's path and place.
 */
function repeatedKey(text: string): MalformedJson {
  const open: Open[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const top = open[open.length - 1];
    if (code === 0x22 /* " */) {
      const end = stringEnd(text, at);
      if (top !== undefined && 'keys' in top && isKeyEnd(text, end)) {
        const key = JSON.parse(text.slice(at, end + 1)) as string;
        if (top.keys.has(key)) {
          top.key = key;
          const path = open.reduce(
            (p, o) => ('keys' in o ? childPath(p, clipName(o.key)) : p + itemKey(o.index)),
            '',
          );
          const message = `${path}: key sent twice in one object (only its last value would be kept)`;
          return { _tag: 'MalformedJson', message, position: at };
        }
        top.keys.add(key);
        top.key = key;
      }
      at = end;
    } else if (code === 0x7b /* { */) open.push({ keys: new Set(), key: '' });
    else if (code === 0x5b /* [ */) open.push({ index: 0 });
    else if (code === 0x7d /* } */ || code === 0x5d /* ] */) open.pop();
    else if (code === 0x2c /* , */ && top !== undefined && 'index' in top) top.index++;
  }
  return {
    _tag: 'MalformedJson',
    message: 'a key is sent twice in one object (only its last value would be kept)',
  };
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
  const walk = new Walk();
  const found = walk.find(value, 1);
  if (found === TOO_DEEP) {
    return left({ _tag: 'MalformedJson', message: `values nest deeper than ${MAX_DEPTH} levels` });
  }
  if (found === PLAIN) {
    // A text is at least as long as its own tree's compact form (an escape is longer than what it stands for),
    // and that is longer than the value's by each key the value lost: one as long as the value's compact form
    // lost none. Nor has one whose commas are all accounted for. Any other is checked by its key tokens.
    const whole =
      walk.compactLength === text.length ||
      commasProveWhole(text, value, walk) ||
      keyTokens(text) === walk.keys;
    return whole ? right(value as PlainData) : left(repeatedKey(text));
  }
  // Numbers get their source text in place, so that one tree is built, not two; where the value's order is not
  // the text's, the text is parsed again with its numbers quoted. Either way the tokens count the text's keys.
  if (typeof value === 'object' && value !== null) {
    const tokens = new NumberTokens(text);
    const restorer = new NumberRestorer(tokens);
    if (restorer.restore(value) && !restorer.reordered && tokens.next() === undefined) {
      return tokens.keys === walk.keys ? right(value as PlainData) : left(repeatedKey(text));
    }
  }
  const tokens = new NumberTokens(text);
  const quoted = quoteNumbers(text, tokens);
  return tokens.keys === walk.keys ? right(JSON.parse(quoted) as PlainData) : left(repeatedKey(text));
}
