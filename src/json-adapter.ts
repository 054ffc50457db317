import type { CallbackError, MalformedJson } from './errors';
import { NumberRestorer, NumberTokens, quoteNumbers } from './json-numbers';
import { commasProveWhole, keyTokens, repeatedKey } from './json-repeated-keys';
import { MAX_DEPTH, type PlainData } from './plain';
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
      commasProveWhole(text, value, walk.commas, walk.keys) ||
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
