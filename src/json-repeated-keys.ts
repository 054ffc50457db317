/**
 * A JSON key sent twice in one object: `JSON.parse` keeps the last value and loses the first, which another
 * reader of the same text (a gateway, an audit log) would see. The adapter proves a text free of repeats as
 * cheaply as it can, and reports one with its path and place.
 */
import type { MalformedJson } from './errors';
import { clipName } from './error-size';
import { isKeyEnd, stringEnd } from './json-text';
import { childPath, itemKey } from './node-path';

/**
 * How many keys a text `JSON.parse` accepted has: its string tokens followed by `:`.
 * @internal
 */
export function keyTokens(text: string): number {
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
 * Counts the commas in the keys and strings of a value that nests no deeper than the depth limit, giving up
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
 * Whether the commas of a text prove that it sends no key twice, its parsed `value` having `commas` between the
 * members of its objects and lists and `keys` keys. The
 * text has a comma between each two members of the value's objects and lists, one more for each key the value
 * lost (its object had another key), and those in its strings. So a text with no more commas than the value has
 * between members has lost no key; nor has one without escapes with no more than those plus the commas in the
 * value's keys and strings (each is a string token of the text, with the same commas). Else the key tokens decide.
 * @internal
 */
export function commasProveWhole(text: string, value: unknown, commas: number, keys: number): boolean {
  const extra = nthComma(text, 0, commas + 1);
  if (extra === -1) return true;
  if (text.indexOf('\\') !== -1) return false;
  // No more commas counted than there are members: past that, the key tokens are the cheaper check.
  const strings = new StringCommas(commas + keys + 16);
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
 * @internal
 */
export function repeatedKey(text: string): MalformedJson {
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
