/**
 * The encoder's XML writer, the mirror of the XML adapter (src/xml-adapter.ts): plain data in, a body out, written
 * so that the adapter reads the same data back (src/xml-conventions.ts), or a `RangeError` for what XML cannot
 * carry.
 */

import type * as t from 'io-ts';
import { childOf, shapeFor } from './codecs/shape';
import { clipName } from './error-size';
import { clippedChildPath, itemPath, placeOf } from './node-path';
import { FILLER, keepsMixedText, MIXED_TEXT } from './xml-conventions';
import { charAt, isXmlName, NOT_XML_CHAR } from './xml-syntax';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };

/**
 * Escapes text for element content: `&`, `<` and `>` (so `]]>` cannot appear), and carriage returns as `&#xD;`
 * (a raw one would be read back as a line feed). Text XML cannot hold at all is refused.
 */
function escapeText(text: string, path: string): string {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad !== null) {
    throw new RangeError(
      `cannot write ${placeOf(path)} as XML: ${charAt(text, bad.index)} at offset ${bad.index} is not a character ` +
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

  /** @param indent one level of indentation, each element on its own line; `undefined`: one line */
  constructor(private readonly indent: string | undefined) {}

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
          `cannot write ${placeOf(itemPath(path, index))} as XML: a list directly inside a list has no XML form ` +
            `(XML repeats elements, it cannot nest the repetitions); encode this callback as JSON`,
        );
      }
      this.element(name, entry, item, itemPath(path, index), depth);
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
        `cannot write ${placeOf(path)}: expected text, a list or an object, got ${typeof value}`,
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
          : `<${name}>${escapeText(text, clippedChildPath(path, MIXED_TEXT))}<${FILLER}/></${name}>`;
      return;
    }
    const shape = shapeFor(codec, value);
    // Text beside elements is kept by the decoder as it stands, whitespace included: no indentation inside.
    const inner = text === undefined ? this : new XmlWriter(undefined);
    this.out += `<${name}>`;
    if (text !== undefined) inner.out += escapeText(text, clippedChildPath(path, MIXED_TEXT));
    for (const key of names) {
      if (!isXmlName(key)) {
        throw new RangeError(
          `cannot write ${placeOf(clippedChildPath(path, key))} as XML: ${clipName(JSON.stringify(key))} is not an XML ` +
            `element name; encode this callback as JSON`,
        );
      }
      inner.node(key, node[key], childOf(shape, key), clippedChildPath(path, key), depth + 1);
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
      `cannot write ${placeOf(clippedChildPath(path, MIXED_TEXT))} as XML: XML holds "${MIXED_TEXT}" only as text that is more ` +
        `than XML whitespace (the text of an element that also holds elements); encode this callback as JSON`,
    );
  }

  private open(depth: number): void {
    if (this.indent !== undefined && this.out !== '') this.out += `\n${this.indent.repeat(depth)}`;
  }
}

/**
 * Writes `data` (what `codec` encodes to) as the element `root`: each element on its own line, indented by
 * `indent` a level, unless `indent` is `undefined`; with the XML declaration first when `declaration`.
 * @throws RangeError for what XML cannot carry; TypeError for what is not plain data
 * @internal
 */
export function writeXml(
  root: string,
  data: unknown,
  codec: t.Mixed,
  options: { readonly indent: string | undefined; readonly declaration: boolean },
): string {
  const writer = new XmlWriter(options.indent);
  writer.node(root, data, codec, '', 0);
  return (options.declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + writer.toString();
}
