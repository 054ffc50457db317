import type * as t from 'io-ts';
import { CallbackResponseCodec, type CallbackResponse } from './codecs/response';
import { childOf, shapeFor } from './codecs/shape';
import { CHINA_STANDARD_TIME_OFFSET_MS, formatTime, parseTime } from './codecs/time';
import { MAX_DEPTH, setNode } from './plain';
import { FILLER, keepsMixedText, MIXED_TEXT } from './xml-conventions';
import { NAME_CHAR, NAME_START, NOT_XML_CHAR } from './xml-syntax';

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

const INDENT = '    ';

// The combining marks are name characters in their own right here, never parts of a grapheme.

const XML_NAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*$`);

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };

/** `JobsDetail.Input.CosHeaders[1]`, as error issues write paths. */
const child = (path: string, name: string): string => (path === '' ? name : `${path}.${name}`);
const where = (path: string): string => (path === '' ? 'the root' : path);

function unit(text: string, index: number): string {
  return `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Escapes text for element content: `&`, `<` and `>` (so `]]>` cannot appear), and carriage returns as `&#xD;`
 * (a raw one would be read back as a line feed). Text XML cannot hold at all is refused.
 */
function escapeText(text: string, path: string): string {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad !== null) {
    throw new RangeError(
      `cannot write ${where(path)} as XML: ${unit(text, bad.index)} at offset ${bad.index} is not a character ` +
        `XML can carry (not even as a character reference); encode this callback as JSON`,
    );
  }
  return text.replace(/[&<>\r]/g, (c) => ESCAPES[c] as string);
}

/** Is this child going to write at least one element? */
const writesElement = (value: unknown): boolean =>
  value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);

/** Writes plain data (what the codecs encode to) as XML, led by the codecs to tell modelled lists from others. */
class XmlWriter {
  private out = '';

  constructor(private readonly pretty: boolean) {}

  toString(): string {
    return this.out;
  }

  /** One node, which may be a list: repeated elements with no wrapper. */
  node(name: string, value: unknown, codec: t.Mixed | undefined, path: string, depth: number): void {
    if (value === undefined || value === null) return;
    if (!Array.isArray(value)) {
      this.element(name, value, codec, path, depth);
      return;
    }
    const shape = shapeFor(codec, value);
    const item = shape?.kind === 'many' ? shape.item : codec; // else each item is read where the list stands
    value.forEach((entry: unknown, index) => {
      if (Array.isArray(entry)) {
        throw new RangeError(
          `cannot write ${path}[${index}] as XML: a list directly inside a list has no XML form ` +
            `(XML repeats elements, it cannot nest the repetitions); encode this callback as JSON`,
        );
      }
      this.element(name, entry, item, `${path}[${index}]`, depth);
    });
    // XML cannot tell a one-element list from a single node. A modelled list is a list whatever its length,
    // but an unmodelled one would come back as its only element: an empty sibling, which the decoder drops
    // from the list, keeps it a list.
    if (value.length === 1 && shape?.kind !== 'many') this.element(name, '', undefined, path, depth);
  }

  /** One element holding text or child elements. */
  private element(name: string, value: unknown, codec: t.Mixed | undefined, path: string, depth: number) {
    if (value === undefined || value === null) return;
    this.open(depth);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const text = String(value);
      this.out += text === '' ? `<${name}/>` : `<${name}>${escapeText(text, path)}</${name}>`;
      return;
    }
    if (typeof value !== 'object' || value instanceof Date) {
      throw new TypeError(
        `cannot write ${where(path)}: expected text, a list or an object, got ${typeof value}`,
      );
    }
    const node = value as Record<string, unknown>;
    const names = Object.keys(node).filter((key) => key !== MIXED_TEXT && writesElement(node[key]));
    const text = this.mixedText(node, path);
    if (names.length === 0) {
      // Text with no element beside it would come back as plain text, not as an object holding `#text`:
      // an empty element, which the decoder drops, keeps it an object.
      this.out +=
        text === undefined
          ? `<${name}/>`
          : `<${name}>${escapeText(text, child(path, MIXED_TEXT))}<${FILLER}/></${name}>`;
      return;
    }
    const shape = shapeFor(codec, value);
    // Text beside elements is kept by the decoder as it stands, whitespace included: no indentation inside.
    const inner = text === undefined ? this : new XmlWriter(false);
    this.out += `<${name}>`;
    if (text !== undefined) inner.out += escapeText(text, child(path, MIXED_TEXT));
    for (const key of names) {
      if (!XML_NAME.test(key)) {
        throw new RangeError(
          `cannot write ${child(path, key)} as XML: ${JSON.stringify(key)} is not an XML element name; ` +
            `encode this callback as JSON`,
        );
      }
      inner.node(key, node[key], childOf(shape, key), child(path, key), depth + 1);
    }
    if (inner !== this) this.out += inner.out;
    else this.open(depth);
    this.out += `</${name}>`;
  }

  /** The text of an element that also has children (the decoder's `#text`), if any; checked writable. */
  private mixedText(node: Record<string, unknown>, path: string): string | undefined {
    if (!Object.prototype.hasOwnProperty.call(node, MIXED_TEXT)) return undefined;
    const text = node[MIXED_TEXT];
    if (text === undefined || text === null) return undefined;
    if (typeof text === 'string' && keepsMixedText(text)) return text;
    throw new RangeError(
      `cannot write ${child(path, MIXED_TEXT)} as XML: XML holds "${MIXED_TEXT}" only as text that is more ` +
        `than XML whitespace (the text of an element that also holds elements); encode this callback as JSON`,
    );
  }

  private open(depth: number): void {
    if (this.pretty && this.out !== '') this.out += `\n${INDENT.repeat(depth)}`;
  }
}

/** Plain data for `JSON.stringify`: text leaves (numbers and booleans as their text), no empty slots. */
function toJsonData(value: unknown, path: string): unknown {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    return value.map((item, index) => toJsonData(item, `${path}[${index}]`)).filter((x) => x !== undefined);
  }
  if (typeof value !== 'object' || value instanceof Date) {
    throw new TypeError(
      `cannot write ${where(path)}: expected text, a list or an object, got ${typeof value}`,
    );
  }
  const object: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const data = toJsonData((value as Record<string, unknown>)[key], child(path, key));
    if (data !== undefined) setNode(object, key, data);
  }
  return object;
}

/**
 * Refuses what no body can carry, before anything is written: a time CI could not have written (an invalid
 * `Date`, or one outside years 0000-9999 at +08:00), and values nested deeper than the decoders accept (which
 * also stops a cycle). Lists and objects count as levels, as in JSON; the root is level 1.
 */
function checkValue(value: unknown, path: string, depth: number): void {
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && depth > MAX_DEPTH) {
    throw new RangeError(
      `cannot write ${where(path)}: values nest deeper than ${MAX_DEPTH} levels, which no decoder accepts`,
    );
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (parseTime(formatTime(value, 'T'))?.getTime() !== time) {
      const year = new Date(time + CHINA_STANDARD_TIME_OFFSET_MS).getUTCFullYear();
      throw new RangeError(
        `cannot write ${where(path)}: ${Number.isNaN(time) ? 'an invalid Date' : `year ${year} at +08:00`} ` +
          `is not a time CI writes (years 0000 to 9999)`,
      );
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkValue(item, `${path}[${index}]`, depth + 1));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value))
      checkValue((value as Record<string, unknown>)[key], child(path, key), depth + 1);
  }
}

/**
 * Writes the body CI would send for a callback, XML or JSON, so that receivers can be tested with realistic
 * bodies. Times are written in CI's own forms at +08:00 (`2022-06-30T18:42:20+0800` for jobs,
 * `2022-08-09 14:54:17+0800` for workflows, with `.mmm` when a `Date` has milliseconds); every list is written
 * as repeated elements (XML) or an array (JSON); `JobsDetail` is one object; unmodelled nodes are written back
 * as they were decoded. `decodeCallback(encodeCallback(x, format))` gives back `x` for every decoded `x`
 * (XML: every `x` this function does not refuse).
 *
 * @throws `RangeError` for what the chosen format cannot carry: a `Date` that is invalid or outside years
 * 0000-9999 at +08:00, or values nested deeper than 64 levels (both formats); in XML, text with a character
 * outside XML's `Char` range (U+0000-U+001F but tab, line feed and carriage return; U+FFFE, U+FFFF; lone
 * surrogates), an unmodelled node whose name is not an XML name, a list directly inside a list, or a misplaced
 * `#text`. A JSON body can carry all of these, so JSON only refuses bad times and too deep nesting. `TypeError` for a value that is not plain data (a function, a `Date` outside a
 * time field).
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
  const pretty = options.pretty ?? true;
  checkValue(res, '', 1);
  const data = CallbackResponseCodec.encode(res);
  if (format === 'json') return JSON.stringify(toJsonData(data, ''), null, pretty ? INDENT : undefined);
  const writer = new XmlWriter(pretty);
  writer.node('Response', data, CallbackResponseCodec, '', 0);
  const declaration = options.declaration === true ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '';
  return declaration + writer.toString();
}
