import { readBody, sniffFormat, type BodyFormat } from './body';
import { maxBytesOf, type DecodeOptions } from './options';
import type { EventsC } from './codecs/events';
import { decodePlain } from './decode-plain';
import { boundError } from './error-size';
import type { CallbackError } from './errors';
import type { PlainData } from './plain';
import { left, type Result } from './result';

/** A format adapter: text in, plain data (or the error) out. */
export type Adapter = (text: string) => Result<CallbackError, PlainData>;

/** The adapters a decoder bundles, by format. */
export type Adapters = Readonly<Partial<Record<BodyFormat, Adapter>>>;

/**
 * The one-way pipeline every callback decoder runs: size check, UTF-8, format, adapter, codecs. Entries pass
 * the adapters and the family of callbacks they bundle, so the JSON-only entry never pulls in the XML parser.
 * @internal
 */
export function runPipeline<A>(
  body: string | Uint8Array,
  options: DecodeOptions | undefined,
  adapters: Adapters,
  family: EventsC<A>,
): Result<CallbackError, A> {
  return decodeBody(body, options, adapters, (data) => decodePlain(family, data));
}

/**
 * {@link readPlain}, then a decoding core; every error that leaves is bounded in size.
 * @internal
 */
export function decodeBody<A>(
  body: string | Uint8Array,
  options: DecodeOptions | undefined,
  adapters: Adapters,
  decode: (data: PlainData) => Result<CallbackError, A>,
): Result<CallbackError, A> {
  const data = readPlain(body, options, adapters);
  const result = data._tag === 'Left' ? data : decode(data.right);
  return result._tag === 'Left' ? left(boundError(result.left)) : result;
}

/**
 * The pipeline up to the codecs: size check, UTF-8, format, adapter. Shared by every decoder, whatever it
 * decodes (callbacks, the job API's answers).
 */
function readPlain(
  body: string | Uint8Array,
  options: DecodeOptions | undefined,
  adapters: Adapters,
): Result<CallbackError, PlainData> {
  const text = readBody(body, maxBytesOf(options));
  if (text._tag === 'Left') return text;
  const format = sniffFormat(text.right, options?.format);
  if (format._tag === 'Left') return format;
  const adapter = adapters[format.right];
  if (adapter === undefined) {
    return {
      _tag: 'Left',
      left: {
        _tag: 'UnsupportedFormat',
        message: `this entry decodes JSON only; import 'cos-ci-callback' for XML`,
      },
    };
  }
  return adapter(text.right);
}
