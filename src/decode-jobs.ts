import type { DecodeOptions } from './body';
import { JobsResponseCodec, type JobsResponse } from './codecs/jobs-response';
import { describe } from './codecs/report';
import { invalidCallback } from './decode-plain';
import type { CallbackError } from './errors';
import { parseJson } from './json-adapter';
import { readPlain } from './pipeline';
import type { PlainData } from './plain';
import { left, right, type Result } from './result';
import { parseXml } from './xml-adapter';

const both = { xml: parseXml, json: parseJson };

/**
 * Decodes an answer of CI's media job API (submit `POST /jobs`, describe `GET /jobs/<id>`, list
 * `GET /jobs?...`), XML or JSON, into its jobs: the same `JobsDetail` union a callback carries, so the
 * job as CI reports it can be compared with a callback, or polled instead of one. Same options, limits and
 * errors as `decodeCallback`; a body with an `EventName` is a callback, not an answer, and is refused. Never
 * throws.
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
  const data = readPlain(body, options, both);
  return data._tag === 'Left' ? data : decodeJobsPlain(data.right);
}

function decodeJobsPlain(data: PlainData): Result<CallbackError, JobsResponse> {
  const event =
    typeof data === 'object' && data !== null ? (data as { EventName?: unknown }).EventName : undefined;
  if (event !== undefined && event !== '') {
    return left({
      _tag: 'InvalidCallback',
      issues: [
        {
          path: 'EventName',
          expected: 'nothing: a job API answer has no EventName (decode callbacks with decodeCallback)',
          actual: describe(event),
        },
      ],
    });
  }
  const result = JobsResponseCodec.decode(data);
  return result._tag === 'Right'
    ? right(result.right)
    : left(invalidCallback(result.left, 'a job API answer'));
}
