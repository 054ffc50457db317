/**
 * `cos-ci-callback/json`: the JSON-only decoder, for bundles that must not carry an XML parser.
 * @packageDocumentation
 * @module cos-ci-callback/json
 */
import type { DecodeOptions } from './options';
import { CallbackResponseCodec, type CallbackResponse } from './codecs/response';
import type { CallbackError } from './errors';
import { parseJson } from './json-adapter';
import { runPipeline, type Adapters } from './pipeline';
import type { Result } from './result';

const JSON_ONLY: Adapters = { json: parseJson };

/**
 * Decodes a JSON callback body into a typed value or a typed error, without the XML parser. Never throws.
 *
 * @example
 * ```ts
 * import { decodeJsonCallback } from 'cos-ci-callback/json';
 *
 * const result = decodeJsonCallback(await request.text());
 * ```
 */
export function decodeJsonCallback(
  body: string | Uint8Array,
  options?: Omit<DecodeOptions, 'format'>,
): Result<CallbackError, CallbackResponse> {
  return runPipeline(body, { ...options, format: 'json' }, JSON_ONLY, CallbackResponseCodec);
}

export { formatCallbackError } from './format-error';
export { CallbackDecodeError, isCallbackDecodeError } from './decode-error';
export type { DecodeOptions } from './options';
export type { CallbackResponse } from './codecs/response';
export type { CallbackError } from './errors';
export type { Result } from './result';
