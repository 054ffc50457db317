import type * as t from 'io-ts';
import { CallbackCodec, type CallbackResponse } from './codecs/callback';
import { childOf, shapeFor } from './codecs/shape';
import { CHINA_STANDARD_TIME_OFFSET_MS, formatTime, parseTime } from './codecs/time';
import { writeJson } from './json-writer';
import { clippedChildPath, itemPath, placeOf } from './node-path';
import { isAbsent } from './codecs/absent';
import { MAX_DEPTH, MIXED_TEXT } from './plain';
import { ROOT } from './xml-conventions';
import { writeXml } from './xml-writer';

/** How {@link encodeCallback} lays a body out. */
export interface EncodeOptions {
  /**
   * Put each element (XML) or member (JSON) on its own line, indented by four spaces like Tencent's documented
   * samples. Defaults to `true`; `false` writes one line with no whitespace between nodes.
   */
  readonly pretty?: boolean;
  /** XML only: start with `<?xml version="1.0" encoding="UTF-8"?>`, as some CI bodies do. Defaults to `false`. */
  readonly declaration?: boolean;
}

/** One level of indentation, as in Tencent's documented samples. */
const INDENT = '    ';

/**
 * Refuses what no body can carry, before anything is written, walking the value with the codec that reads each
 * node: a time CI could not have written (an invalid `Date`, or one outside years 0000-9999 at +08:00), a number
 * at an Integer leaf that is not a safe integer (a fraction, `NaN`, beyond 2^53 - 1: the decoder would refuse it),
 * a map entry named `#text` (text beside the entries to the decoders), and values nested deeper than the decoders
 * accept (which also stops a cycle). Lists and objects count as levels, as in JSON; the root is level 1.
 */
function checkValue(value: unknown, codec: t.Mixed | undefined, path: string, depth: number): void {
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && depth > MAX_DEPTH) {
    throw new RangeError(
      `cannot write ${placeOf(path)}: values nest deeper than ${MAX_DEPTH} levels, which no decoder accepts`,
    );
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (parseTime(formatTime(value, 'T'))?.getTime() !== time) {
      const year = new Date(time + CHINA_STANDARD_TIME_OFFSET_MS).getUTCFullYear();
      throw new RangeError(
        `cannot write ${placeOf(path)}: ${Number.isNaN(time) ? 'an invalid Date' : `year ${year} at +08:00`} ` +
          `is not a time CI writes (years 0000 to 9999)`,
      );
    }
  } else if (Array.isArray(value)) {
    const shape = shapeFor(codec, value);
    const item = shape?.kind === 'many' ? shape.item : codec; // else each item is read where the list stands
    value.forEach((entry, index) => checkValue(entry, item, itemPath(path, index), depth + 1));
  } else if (typeof value === 'object' && value !== null) {
    const shape = shapeFor(codec, value);
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (shape?.kind === 'record' && key === MIXED_TEXT && !isAbsent(child)) {
        throw new RangeError(
          `cannot write ${placeOf(clippedChildPath(path, key))}: a map has no entry named "${MIXED_TEXT}", which ` +
            `every decoder reads as text beside the entries (and refuses)`,
        );
      }
      checkValue(child, childOf(shape, key), clippedChildPath(path, key), depth + 1);
    }
  } else if (
    typeof value === 'number' &&
    !Number.isSafeInteger(value) &&
    shapeFor(codec, value)?.kind === 'integer'
  ) {
    throw new RangeError(
      `cannot write ${placeOf(path)}: ${String(value)} is not an Integer CI writes ` +
        `(a safe integer, ${Number.MIN_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER})`,
    );
  }
}

/**
 * Writes the body CI would send for a callback of either family, XML or JSON, so that receivers can be tested with
 * realistic bodies. Times are written in CI's own forms at +08:00 (`2022-06-30T18:42:20+0800` for jobs,
 * `2022-08-09 14:54:17+0800` for workflows, `2024-05-20T11:02:44+08:00` for moderation, with `.mmm` when a `Date`
 * has milliseconds); moderation's Integer leaves are JSON numbers (decimal text in XML) and its `CosHeaders` an
 * object (an element per header in XML); every list is written as repeated elements (XML) or an array (JSON);
 * `JobsDetail` is one object; unmodelled nodes are written back as they were decoded. The Detail form's XML is a
 * `<Response>` with its `EventName` and the `JobsDetail` shape of the moderation query API; moderation's Simple
 * form is written in XML too, though CI sends it as JSON only, so that every callback round-trips in both formats:
 * `decodeCallback(encodeCallback(x, format))` gives back `x` for every decoded `x` (XML: every `x` this function
 * does not refuse).
 *
 * @throws `RangeError` for what the chosen format cannot carry: a `Date` that is invalid or outside years
 * 0000-9999 at +08:00, a number at an Integer leaf (`Result`, `Score`, `code` ...) that is not a safe integer (a
 * fraction, `NaN`, `Infinity`, beyond ±(2^53 - 1); `-0` is written `0`), a `CosHeaders` entry named `#text` (which
 * the decoders read as text beside the headers), or values nested deeper than 64 levels (both formats); in XML,
 * text with a character outside XML's `Char` range (U+0000-U+001F but tab, line feed and carriage return; U+FFFE,
 * U+FFFF; lone surrogates), an unmodelled node or a header whose name is not an XML name, a list directly inside a
 * list, or a misplaced `#text`. A JSON body can carry all of these, so JSON only refuses bad times, bad integers,
 * a header named `#text` and too deep nesting. `TypeError` for a value that is not plain data (a function, a
 * `Date` outside a time field). A message quotes a path or name cut to a few hundred characters, whatever its
 * length.
 * @example
 * ```ts
 * import { decodeCallback, encodeCallback, type CallbackResponse } from 'cos-ci-callback';
 *
 * const callback: CallbackResponse = {
 *   EventName: 'TaskFinish',
 *   JobsDetail: { JobId: 'j1', Tag: 'ExtractDigitalWatermark', CreationTime: new Date('2022-06-30T10:42:20Z') },
 * };
 * const body = encodeCallback(callback, 'xml'); // <Response>...<CreationTime>2022-06-30T18:42:20+0800</...
 * await fetch('http://localhost:3000/cos-callback', { method: 'POST', body });
 * decodeCallback(body); // { _tag: 'Right', right: callback }
 * ```
 */
export function encodeCallback(
  res: CallbackResponse,
  format: 'xml' | 'json',
  options: EncodeOptions = {},
): string {
  const indent = options.pretty === false ? undefined : INDENT;
  checkValue(res, CallbackCodec, '', 1);
  const data = CallbackCodec.encode(res);
  if (format === 'json') return writeJson(data, indent);
  return writeXml(ROOT, data, CallbackCodec, {
    indent,
    declaration: options.declaration === true,
  });
}
