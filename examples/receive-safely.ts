// A receiver that only acts on what it can check: a secret in the callback URL, an answer at once with the work
// handed to a queue, duplicates dropped, and (in the worker) the job confirmed with CI before money moves.
// tests/receive-safely.test.ts runs it over loopback.
import express from 'express';
import {
  formatCallbackError,
  type CallbackResponse,
  type ConfirmError,
  type JobsDetail,
  type Result,
  type TaskFinishResponse,
} from 'cos-ci-callback';
import { cosCallbackMiddleware } from 'cos-ci-callback/node';

/** The URL to give CI (a job's `CallBack`, a queue's `NotifyConfig.Url`): your endpoint with the secret added. */
export function callbackUrl(endpoint: string, secret: string): string {
  const url = new URL(endpoint);
  url.searchParams.set('token', secret); // percent-encodes whatever the secret holds
  return url.href;
}

/** What identifies one callback: the same job (or workflow run) reaching the same state. */
export function dedupeKey(callback: CallbackResponse): string {
  if (callback.EventName === 'TaskFinish') {
    return `job ${callback.JobsDetail.JobId} ${callback.JobsDetail.State ?? ''}`;
  }
  return `run ${callback.WorkflowExecution.RunId} ${callback.WorkflowExecution.State ?? ''}`;
}

/** The receiver: 401 without the secret, 400 for a body CI would not send, else 204 at once. */
export function receiver(secret: string, enqueue: (callback: CallbackResponse) => void): express.Express {
  const app = express();
  const seen = new Set<string>(); // in production: a unique key in your database, shared by every instance
  const decode = cosCallbackMiddleware({ token: { secret }, maxBytes: 256 * 1024 });
  app.post('/cos-callback', decode, (_req, res) => {
    const callback = res.locals.cosCallback as CallbackResponse;
    const key = dedupeKey(callback);
    if (!seen.has(key)) {
      seen.add(key);
      enqueue(callback);
    }
    res.status(204).end();
  });
  return app;
}

/**
 * The worker's side: confirm a finished job with CI (`confirm` is `confirmer(bucketId, region)` from
 * ./confirm-with-cos-sdk), then act on the job CI reports, not on the callback.
 */
export async function work(
  callback: CallbackResponse,
  confirm: (callback: TaskFinishResponse) => Promise<Result<ConfirmError, JobsDetail>>,
  publish: (outputs: readonly string[]) => Promise<void>,
): Promise<string> {
  if (callback.EventName !== 'TaskFinish') return 'not a job';
  const job = await confirm(callback);
  if (job._tag === 'Left') return formatCallbackError(job.left); // log it; do not act
  if (job.right.State !== 'Success' || job.right.Tag !== 'Transcode')
    return `nothing to do (${job.right.State})`;
  await publish(job.right.Operation?.MediaResult?.OutputFile?.ObjectName ?? []);
  return 'published';
}
