import { isBytes } from './body';
import type { DecodeOptions } from './options';
import type { JobsDetail } from './codecs/jobs-detail';
import { actualOf } from './codecs/report';
import type { TaskFinishResponse } from './codecs/response';
import { decodeJobsResponse } from './decode-jobs';
import { thrownMessage } from './error-size';
import { invalidAt, type ConfirmError, type ConfirmedField, type FetchFailed } from './errors';
import { left, right, type Result } from './result';

/**
 * What `confirmCallback` needs of an `AbortSignal`: the platform's (`AbortSignal.timeout(5000)`,
 * `controller.signal`) fits, in browsers, workers and Node alike.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** How `confirmCallback` decodes CI's answer, and when it gives up waiting for it. */
export interface ConfirmOptions<S extends AbortSignalLike = AbortSignalLike> extends DecodeOptions {
  /** Once aborted, `confirmCallback` answers `FetchFailed` at once; `fetchJob` gets it too, to cancel its request. */
  readonly signal?: S;
}

/** What `confirmCallback` passes to `fetchJob` beside the job ID. */
export interface FetchJobContext<S extends AbortSignalLike = AbortSignalLike> {
  /** The caller's signal, when one was given: pass it to `fetch` (or your HTTP client) to cancel the request. */
  readonly signal?: S;
}

/**
 * The user's signed `GET https://<BucketId>.ci.<Region>.myqcloud.com/jobs/<jobId>`, resolving to the answer's
 * body (text or bytes), or rejecting when the request fails (not 2xx).
 */
export type FetchJob<S extends AbortSignalLike = AbortSignalLike> = (
  jobId: string,
  context: FetchJobContext<S>,
) => Promise<string | Uint8Array>;

/** The nodes compared, in the order `JobMismatch.fields` lists them. */
const CONFIRMED: readonly ConfirmedField[] = ['Tag', 'State', 'Code', 'QueueId'];

/** CI's job IDs are letters and digits (`j8d121820f5e411ec926ef19d53ba9c6f`); nothing that could change the URL. */
const JOB_ID = /^[A-Za-z0-9_-]{1,128}$/;

const failed = (message: string): Result<FetchFailed, never> => left({ _tag: 'FetchFailed', message });

/** The job ID to ask CI for, or the error for a value that is not a TaskFinish callback with a usable ID. */
function jobIdOf(cb: TaskFinishResponse): Result<ConfirmError, string> {
  const detail = typeof cb === 'object' && cb !== null ? (cb.JobsDetail as unknown) : undefined;
  if (cb?.EventName !== 'TaskFinish' || typeof detail !== 'object' || detail === null) {
    return left(invalidAt('', 'a TaskFinish callback from decodeCallback', actualOf(cb)));
  }
  const jobId = (detail as { JobId?: unknown }).JobId;
  if (typeof jobId === 'string' && JOB_ID.test(jobId)) return right(jobId);
  return left(invalidAt('JobsDetail.JobId', 'a job ID (letters, digits, - or _)', actualOf(jobId)));
}

/** Calls `fetchJob`, turning a throw, a rejection or an abort into `FetchFailed`; settles at the abort. */
function fetchWithin<S extends AbortSignalLike>(
  fetchJob: FetchJob<S>,
  jobId: string,
  signal: S | undefined,
): Promise<Result<FetchFailed, unknown>> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Result<FetchFailed, unknown>): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = (): void =>
      finish(failed(`aborted while waiting for fetchJob: ${thrownMessage(signal?.reason)}`));
    signal?.addEventListener('abort', onAbort);
    try {
      Promise.resolve(fetchJob(jobId, signal === undefined ? {} : { signal })).then(
        (body) => finish(right(body)),
        (e: unknown) => finish(failed(`fetchJob rejected: ${thrownMessage(e)}`)),
      );
    } catch (e) {
      finish(failed(`fetchJob threw: ${thrownMessage(e)}`));
    }
  });
}

/** Is `x` text or bytes? */
const isBody = (x: unknown): x is string | Uint8Array => typeof x === 'string' || isBytes(x);

async function confirm<S extends AbortSignalLike>(
  cb: TaskFinishResponse,
  fetchJob: FetchJob<S>,
  options: ConfirmOptions<S> | undefined,
): Promise<Result<ConfirmError, JobsDetail>> {
  const jobId = jobIdOf(cb);
  if (jobId._tag === 'Left') return jobId;
  const signal = options?.signal;
  if (signal?.aborted === true)
    return failed(`aborted before fetchJob was called: ${thrownMessage(signal.reason)}`);
  const body = await fetchWithin(fetchJob, jobId.right, signal);
  if (body._tag === 'Left') return body;
  if (!isBody(body.right)) {
    return failed(`fetchJob resolved to ${actualOf(body.right)}, not the answer's text or bytes`);
  }
  const answer = decodeJobsResponse(body.right, options);
  if (answer._tag === 'Left') return answer;
  const { JobsDetail: jobs, NonExistJobIds: unknownIds } = answer.right;
  const job = jobs.find((candidate) => candidate.JobId === jobId.right);
  if (job === undefined || unknownIds?.includes(jobId.right) === true) {
    return left({ _tag: 'JobNotFound', jobId: jobId.right });
  }
  const claimed = cb.JobsDetail as unknown as Readonly<Record<ConfirmedField, unknown>>;
  const reported = job as unknown as Readonly<Record<ConfirmedField, unknown>>;
  const fields = CONFIRMED.filter(
    (field) => claimed[field] !== undefined && claimed[field] !== reported[field],
  );
  return fields.length > 0 ? left({ _tag: 'JobMismatch', jobId: jobId.right, fields }) : right(job);
}

/**
 * Asks CI whether a callback tells the truth: calls your `fetchJob(jobId)` (a signed `GET /jobs/<jobId>` on
 * `https://<BucketId>.ci.<Region>.myqcloud.com`, e.g. with Tencent's `cos-nodejs-sdk-v5`), decodes the answer,
 * and returns the job as CI reports it now. CI signs no callback, so do this before a callback moves money or
 * publishes anything, and act on the job returned, not on the callback.
 *
 * - `JobNotFound`: the answer lists the ID in `NonExistJobIds`, or holds no job with that ID (an empty answer,
 *   or one about other jobs: not a confirmation).
 * - `JobMismatch`: CI's `Tag`, `State`, `Code` or `QueueId` differs from the callback's (a node the callback
 *   does not send is not compared; the job returned has CI's value).
 * - `FetchFailed`: `fetchJob` threw, rejected, resolved to something other than text or bytes, or
 *   `options.signal` aborted first (then at once, even if `fetchJob` never settles).
 * - A `CallbackError`: the answer is not one the job API sends, or `cb` is not a TaskFinish callback with a
 *   plain job ID (letters, digits, `-`, `_`), in which case `fetchJob` is not called.
 *
 * Never throws or rejects, whatever `fetchJob` does.
 *
 * @example
 * ```ts
 * import { confirmCallback, decodeCallback } from 'cos-ci-callback';
 *
 * const decoded = decodeCallback(body);
 * if (decoded._tag === 'Right' && decoded.right.EventName === 'TaskFinish') {
 *   const job = await confirmCallback(decoded.right, (jobId, { signal }) => signedGet(`/jobs/${jobId}`, signal), {
 *     signal: AbortSignal.timeout(10_000),
 *   });
 *   if (job._tag === 'Right' && job.right.State === 'Success') await publish(job.right);
 * }
 * ```
 */
export async function confirmCallback<S extends AbortSignalLike = AbortSignalLike>(
  cb: TaskFinishResponse,
  fetchJob: FetchJob<S>,
  options?: ConfirmOptions<S>,
): Promise<Result<ConfirmError, JobsDetail>> {
  try {
    return await confirm(cb, fetchJob, options);
  } catch (e) {
    return failed(`confirmCallback failed: ${thrownMessage(e)}`);
  }
}
