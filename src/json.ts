/**
 * `cos-ci-callback/json`: the JSON-only decoders, for bundles that must not carry an XML parser. Moderation
 * callbacks are JSON as CI posts them, so code that decodes them from a body it already holds (a queue message, a
 * stored body, a test) needs nothing more. A receiver reads the request through `cos-ci-callback/fetch` or
 * `cos-ci-callback/node`, which check the token and stop reading at `maxBytes`: a decoder fed
 * `await request.text()` is bounded only by what the platform bounds, since the whole body is read first.
 * @packageDocumentation
 * @module cos-ci-callback/json
 */
import type { DecodeOptions } from './options';
import { CallbackCodec, type CallbackResponse } from './codecs/callback';
import { ModerationCallbackCodec, type ModerationCallback } from './codecs/moderation/moderation-callback';
import { MediaCallbackCodec, type MediaCallback } from './codecs/response';
import type { CallbackError } from './errors';
import { parseJson } from './json-adapter';
import { runPipeline, type Adapters } from './pipeline';
import type { Result } from './result';

const JSON_ONLY: Adapters = { json: parseJson };

/**
 * Decodes a JSON callback body of either family into a typed value or a typed error, without the XML parser.
 * Never throws.
 *
 * @example
 * ```ts
 * import { decodeJsonCallback } from 'cos-ci-callback/json';
 *
 * const result = decodeJsonCallback(message.body); // a body already read within a bound: a queue message
 * ```
 */
export function decodeJsonCallback(
  body: string | Uint8Array,
  options?: Omit<DecodeOptions, 'format'>,
): Result<CallbackError, CallbackResponse> {
  return runPipeline(body, { ...options, format: 'json' }, JSON_ONLY, CallbackCodec);
}

/**
 * The main entry's `decodeMediaCallback` for JSON bodies only: a job or workflow callback, without the XML parser
 * and without moderation codecs. An XML body is an `UnsupportedFormat` error that says so. Never throws.
 *
 * @example
 * ```ts
 * import { decodeMediaCallback } from 'cos-ci-callback/json';
 *
 * const result = decodeMediaCallback(message.body); // a body already read within a bound: a queue message
 * ```
 */
export function decodeMediaCallback(
  body: string | Uint8Array,
  options?: Omit<DecodeOptions, 'format'>,
): Result<CallbackError, MediaCallback> {
  return runPipeline(body, { ...options, format: 'auto' }, JSON_ONLY, MediaCallbackCodec);
}

/**
 * The main entry's `decodeModerationCallback` for JSON bodies only, the form CI posts moderation callbacks in:
 * without the XML parser and without job or workflow codecs. An XML body (the Detail form also decodes from XML)
 * is an `UnsupportedFormat` error that says so: decode it with the main entry's decoder. Never throws.
 *
 * @example
 * ```ts
 * import { decodeModerationCallback } from 'cos-ci-callback/json';
 *
 * const result = decodeModerationCallback(message.body); // a body already read within a bound: a queue message
 * ```
 */
export function decodeModerationCallback(
  body: string | Uint8Array,
  options?: Omit<DecodeOptions, 'format'>,
): Result<CallbackError, ModerationCallback> {
  return runPipeline(body, { ...options, format: 'auto' }, JSON_ONLY, ModerationCallbackCodec);
}

export { formatCallbackError } from './format-error';
export { CallbackDecodeError, isCallbackDecodeError } from './decode-error';
export type { DecodeOptions } from './options';
export type { CallbackResponse } from './codecs/callback';
export type { MediaCallback } from './codecs/response';
export type { ModerationCallback } from './codecs/moderation/moderation-callback';
export type { CallbackError } from './errors';
export type { Result } from './result';
