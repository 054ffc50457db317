/**
 * JSON numbers kept as the sender wrote them: `JSON.parse` would turn `1234567890123456789012` into
 * `1.2345678901234568e+21` and `1.50` into `1.5`, so each number of a parsed value gets its source text back.
 */
import { isKeyEnd, stringEnd } from './json-text';
import { setNode } from './plain';

/** Can this character continue a JSON number (`-`, digits, `.`, `e`, `E`, `+`)? */
const isNumberChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2e ||
  code === 0x65 ||
  code === 0x45 ||
  code === 0x2b ||
  code === 0x2d;

/**
 * The number tokens of a text `JSON.parse` accepted, read in order on demand, jumping over strings with
 * `indexOf`; counts the keys it passes.
 * @internal
 */
export class NumberTokens {
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
 * with `tokens` (which then know how many keys the text has).
 * @internal
 */
export function quoteNumbers(text: string, tokens: NumberTokens): string {
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
 * @internal
 */
export class NumberRestorer {
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
