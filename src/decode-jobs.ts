import type { DecodeOptions } from './options';
import { isAbsent } from './codecs/absent';
import { eventNameOf } from './codecs/events';
import { JobsResponseCodec, type JobsResponse } from './codecs/jobs-response';
import { actualOf } from './codecs/report';
import { decodeWith } from './decode-plain';
import { invalidAt, type CallbackError } from './errors';
import { BOTH_FORMATS } from './formats';
import { decodeBody } from './pipeline';
import type { PlainData } from './plain';
import { left, type Result } from './result';

/**
 * Decodes an answer of CI's media job API (submit `POST /jobs`, describe `GET /jobs/<id>`, list
 * `GET /jobs?...`), XML or JSON, into its jobs: the same `JobsDetail` union a callback carries, so the
 * job as CI reports it can be compared with a callback, or polled instead of one. Same options, limits and
 * errors as `decodeCallback`; a body with an `EventName` is a callback, not an answer, and is refused. One rule
 * is looser than a callback's: a text leaf sent several times with the same text is that text (CI's
 * SpeechRecognition submit answer repeats `JobLevel`). Never throws.
 *
 * @example
 * ```ts
 * import { decodeJobsResponse, formatCallbackError } from 'cos-ci-callback';
 *
 * const body = await describeJob('j8d121820f5e411ec926ef19d53ba9c6f'); // your signed GET /jobs/<id>
 * const result = decodeJobsResponse(body);
 * if (result._tag === 'Left') throw new Error(formatCallbackError(result.left));
 * const states = result.right.JobsDetail.map((job) => `${job.JobId}: ${job.State ?? 'unknown'}`);
 * ```
 */
export function decodeJobsResponse(
  body: string | Uint8Array,
  options?: DecodeOptions,
): Result<CallbackError, JobsResponse> {
  return decodeBody(body, options, BOTH_FORMATS, decodeJobsPlain);
}

function decodeJobsPlain(data: PlainData): Result<CallbackError, JobsResponse> {
  const event = eventNameOf(data);
  if (!isAbsent(event)) {
    return left(
      invalidAt(
        'EventName',
        'nothing: a job API answer has no EventName (decode callbacks with decodeCallback)',
        actualOf(event),
      ),
    );
  }
  // CI's answers repeat some leaves with the same text (SpeechRecognition's submit sends JobLevel twice).
  return decodeWith(JobsResponseCodec, data, 'a job API answer', { repeatedText: true });
}
