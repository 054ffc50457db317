// A receiver that only acts on what it can check: a secret in the callback URL, an answer at once with the work
// handed to a queue, and (in the worker) the job confirmed with CI before money moves, then done once per job
// and state CI confirms. tests/receive-safely.test.ts runs it over loopback.
import express from 'express';
import {
  formatCallbackError,
  type CallbackResponse,
  type ConfirmError,
  type JobsDetail,
  type Result,
  type TaskFinishResponse,
} from 'cos-ci-callback';
import { cosCallbackMiddleware, getCosCallback } from 'cos-ci-callback/node';

/** The URL to give CI (a job's `CallBack`, a queue's `NotifyConfig.Url`): your endpoint with the secret added. */
export function callbackUrl(endpoint: string, secret: string): string {
  const url = new URL(endpoint);
  url.searchParams.set('token', secret); // percent-encodes whatever the secret holds
  return url.href;
}

/** The receiver: 401 without the secret, 400 for a body CI would not send, else 204 at once. */
export function receiver(secret: string, enqueue: (callback: CallbackResponse) => void): express.Express {
  const app = express();
  const decode = cosCallbackMiddleware({ token: { secret }, maxBytes: 256 * 1024 });
  app.post('/cos-callback', decode, (_req, res) => {
    // Every callback is queued, repeats too: only the worker, once CI confirms the job, can tell a repeat.
    enqueue(getCosCallback(res));
    res.status(204).end();
  });
  return app;
}

/**
 * What identifies one piece of work: a job as CI reports it, in one state. Never the callback's own `State`: a
 * forged or early `Success` for a running job would take the key, and the genuine callback would be dropped.
 */
export function dedupeKey(job: JobsDetail): string {
  return `job ${job.JobId} ${job.State ?? ''}`;
}

/**
 * The worker's side: confirm a finished job with CI (`confirm` is `confirmer(bucketId, region)` from
 * ./confirm-with-cos-sdk), then act on the job CI reports, not on the callback, once per {@link dedupeKey}.
 */
export function worker(
  confirm: (callback: TaskFinishResponse) => Promise<Result<ConfirmError, JobsDetail>>,
  publish: (outputs: readonly string[]) => Promise<void>,
): (callback: CallbackResponse) => Promise<string> {
  const done = new Set<string>(); // in production: a unique key in your database, shared by every worker
  return async (callback) => {
    if (callback.EventName !== 'TaskFinish') return 'not a job';
    const job = await confirm(callback);
    if (job._tag === 'Left') return formatCallbackError(job.left); // log it; do not act
    if (job.right.State !== 'Success' || job.right.Tag !== 'Transcode')
      return `nothing to do (${job.right.State})`;
    const key = dedupeKey(job.right);
    if (done.has(key)) return 'already done';
    done.add(key); // claimed before the await, so a repeat handled meanwhile is dropped
    try {
      await publish(job.right.Operation?.MediaResult?.OutputFile?.ObjectName ?? []);
    } catch (error) {
      done.delete(key); // not done after all: a later delivery may try again
      throw error;
    }
    return 'published';
  };
}
