import type { DecodeOptions } from './options';
import { CallbackCodec, type CallbackResponse } from './codecs/callback';
import { ModerationCallbackCodec, type ModerationCallback } from './codecs/moderation/moderation-callback';
import { MediaCallbackCodec, type MediaCallback } from './codecs/response';
import { CallbackDecodeError } from './decode-error';
import type { CallbackError } from './errors';
import { BOTH_FORMATS } from './formats';
import { runPipeline } from './pipeline';
import type { Result } from './result';

/**
 * Decodes a callback body of either family, XML or JSON (sniffed from the body, never from a header), into a
 * typed value or a typed error: a job or workflow callback, or a content moderation callback. Never throws.
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
  return runPipeline(body, options, BOTH_FORMATS, CallbackCodec);
}

/**
 * Decodes a job or workflow callback (`TaskFinish`, `WorkflowFinish`), XML or JSON; a bundle that imports only
 * this decoder carries no moderation codecs. A moderation callback, the Simple form (which has no `EventName`)
 * too, is an `UnsupportedEvent` (its `family` says `moderation`). Never throws.
 *
 * @example
 * ```ts
 * import { decodeMediaCallback } from 'cos-ci-callback';
 *
 * const result = decodeMediaCallback(body);
 * if (result._tag === 'Right' && result.right.EventName === 'TaskFinish') publish(result.right.JobsDetail);
 * ```
 */
export function decodeMediaCallback(
  body: string | Uint8Array,
  options?: DecodeOptions,
): Result<CallbackError, MediaCallback> {
  return runPipeline(body, options, BOTH_FORMATS, MediaCallbackCodec);
}

/**
 * Decodes a content moderation callback: the Detail form (`ReviewImage`, `ReviewVideo`, ...; JSON as CI posts it,
 * or XML: a `<Response>` with its `EventName` and the `JobsDetail` shape the moderation query API uses) or the
 * Simple form (JSON). The query API's own answers (no `EventName`, a `RequestId` beside `JobsDetail`) are not
 * decoded in this version: they are an `InvalidCallback` at `EventName`. A bundle that imports only this decoder
 * carries no job or workflow codecs; a job or workflow callback, the older workflow body without `EventName` too,
 * is an `UnsupportedEvent` (its `family` says `media`). Never throws.
 *
 * @example
 * ```ts
 * import { decodeModerationCallback } from 'cos-ci-callback';
 *
 * const result = decodeModerationCallback(body);
 * if (result._tag === 'Right' && result.right.EventName === undefined) {
 *   const verdict = result.right.data?.result; // the Simple form: 0 normal, 1 sensitive, 2 suspect
 * }
 * ```
 */
export function decodeModerationCallback(
  body: string | Uint8Array,
  options?: DecodeOptions,
): Result<CallbackError, ModerationCallback> {
  return runPipeline(body, options, BOTH_FORMATS, ModerationCallbackCodec);
}

/**
 * Decodes a callback body of either family that must be XML. Never throws.
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
  return runPipeline(body, { ...options, format: 'xml' }, BOTH_FORMATS, CallbackCodec);
}

/**
 * Decodes a callback body of either family that must be JSON. Never throws.
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
  return runPipeline(body, { ...options, format: 'json' }, BOTH_FORMATS, CallbackCodec);
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
