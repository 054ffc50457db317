import type { CallbackError } from './errors';
import { DEFAULT_MAX_BYTES, type DecodeOptions } from './options';
import { left, right, type Result } from './result';

/** The format a body is in. */
export type BodyFormat = 'xml' | 'json';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes/text stage of the pipeline: refuses a body over the limit, decodes UTF-8 and drops a BOM.
 * @internal
 */
export function readBody(
  body: string | Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
): Result<CallbackError, string> {
  if (typeof body === 'string') {
    // A UTF-16 code unit is at least one UTF-8 byte and at most three, so counting is rarely needed.
    if (body.length * 3 > maxBytes) {
      const size = utf8Length(body);
      if (size > maxBytes) return left({ _tag: 'TooLarge', size, limit: maxBytes });
    }
    return right(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  }
  if (!isBytes(body)) {
    return left({
      _tag: 'UnsupportedFormat',
      message: `expected a string or a Uint8Array, got ${kindOf(body)}`,
    });
  }
  if (body.byteLength > maxBytes) return left({ _tag: 'TooLarge', size: body.byteLength, limit: maxBytes });
  try {
    return right(utf8.decode(body)); // strips a BOM
  } catch {
    return left({
      _tag: 'InvalidEncoding',
      message: `the body is not valid UTF-8 (first bad byte at offset ${firstBadByte(body)})`,
    });
  }
}

/**
 * Which format a text is in: the forced one, or the one its first non-space character announces.
 * @internal
 */
export function sniffFormat(
  text: string,
  format: DecodeOptions['format'] = 'auto',
): Result<CallbackError, BodyFormat> {
  if (format === 'xml' || format === 'json') return right(format);
  // Most bodies start with their first character: no regex match to build for them.
  const code = text.charCodeAt(0);
  if (code === 0x3c /* < */) return right('xml');
  if (code === 0x7b /* { */ || code === 0x5b /* [ */) return right('json');
  const first = /\S/.exec(text)?.[0];
  if (first === '<') return right('xml');
  if (first === '{' || first === '[') return right('json');
  return left({
    _tag: 'UnsupportedFormat',
    message:
      first === undefined
        ? 'the body is empty'
        : `the body starts with ${JSON.stringify(first)}, neither XML (<) nor JSON ({ or [)`,
  });
}

function utf8Length(text: string): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) size += 1;
    else if (code < 0x800) size += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        size += 4;
        i++;
      } else size += 3;
    } else size += 3;
  }
  return size;
}

/** The offset of the first byte a lenient decoder had to replace: where the UTF-8 goes wrong. */
function firstBadByte(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  for (const char of lenient) {
    const isReal = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (char === '\uFFFD' && !isReal) return offset;
    offset += utf8Length(char);
  }
  return offset;
}

/**
 * Is `x` bytes a body can be decoded from? `ArrayBuffer.isView`, not `instanceof`: bytes from another realm (a
 * worker, a VM context) still count.
 * @internal
 */
export function isBytes(x: unknown): x is Uint8Array {
  return typeof x === 'object' && x !== null && ArrayBuffer.isView(x);
}

/**
 * What kind of JavaScript value a caller passed where a body belongs: `a number`, `an array`, `an object`, `null`.
 * @internal
 */
export function kindOf(x: unknown): string {
  if (x === null || x === undefined) return String(x);
  if (Array.isArray(x)) return 'an array';
  const type = typeof x;
  return type === 'object' ? 'an object' : `a ${type}`;
}
