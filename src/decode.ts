import type { DecodeOptions } from './options';
import { CallbackResponseCodec, type CallbackResponse } from './codecs/response';
import { CallbackDecodeError } from './decode-error';
import type { CallbackError } from './errors';
import { BOTH_FORMATS } from './formats';
import { runPipeline } from './pipeline';
import type { Result } from './result';

/**
 * Decodes a callback body, XML or JSON (sniffed from the body, never from a header), into a typed value or a
 * typed error. Never throws.
 *
 * @example
 * ```ts
 * import { decodeCallback, formatCallbackError } from 'cos-ci-callback';
 *
 * const result = decodeCallback(body);
 * if (result._tag === 'Left') throw new Error(formatCallbackError(result.left));
 * const jobId = result.right.EventName === 'TaskFinish' ? result.right.JobsDetail.JobId : undefined;
 * ```
 */
export function decodeCallback(
  body: string | Uint8Array,
  options?: DecodeOptions,
): Result<CallbackError, CallbackResponse> {
  return runPipeline(body, options, BOTH_FORMATS, CallbackResponseCodec);
}

/**
 * Decodes a callback body that must be XML. Never throws.
 *
 * @example
 * ```ts
 * const result = decodeXmlCallback('<Response><EventName>TaskFinish</EventName>...</Response>');
 * ```
 */
export function decodeXmlCallback(
  body: string | Uint8Array,
  options?: Omit<DecodeOptions, 'format'>,
): Result<CallbackError, CallbackResponse> {
  return runPipeline(body, { ...options, format: 'xml' }, BOTH_FORMATS, CallbackResponseCodec);
}

/**
 * Decodes a callback body that must be JSON. Never throws.
 *
 * @example
 * ```ts
 * const result = decodeJsonCallback('{"EventName":"TaskFinish","JobsDetail":{...}}');
 * ```
 */
export function decodeJsonCallback(
  body: string | Uint8Array,
  options?: Omit<DecodeOptions, 'format'>,
): Result<CallbackError, CallbackResponse> {
  return runPipeline(body, { ...options, format: 'json' }, BOTH_FORMATS, CallbackResponseCodec);
}

/**
 * Decodes a callback body like {@link decodeCallback}, for code that prefers exceptions.
 *
 * @throws {@link CallbackDecodeError} when the body is not a valid callback; nothing else.
 * @example
 * ```ts
 * try {
 *   const callback = parseCallback(req.body);
 * } catch (e) {
 *   if (isCallbackDecodeError(e)) res.status(400).send(e.message);
 *   else throw e;
 * }
 * ```
 */
export function parseCallback(body: string | Uint8Array, options?: DecodeOptions): CallbackResponse {
  const result = decodeCallback(body, options);
  if (result._tag === 'Left') throw new CallbackDecodeError(result.left);
  return result.right;
}
