import type { CallbackResponse } from 'cos-ci-callback';

/**
 * What a receiver does with a decoded callback of either family; here, one line that names it (the examples
 * answer with it): the event (or `Simple`), the job, run or trace ID, and the state or the verdict.
 */
export function handleCallback(callback: CallbackResponse): string {
  switch (callback.EventName) {
    case 'TaskFinish': {
      const job = callback.JobsDetail;
      return `TaskFinish ${job.Tag} ${job.JobId} ${job.State ?? ''}`.trimEnd();
    }
    case 'WorkflowFinish': {
      const run = callback.WorkflowExecution;
      return `WorkflowFinish ${run.RunId} ${run.State ?? ''}`.trimEnd();
    }
    case undefined: // moderation's Simple form
      return `Simple ${callback.data?.trace_id ?? ''} code=${callback.code}`;
    default: {
      // a moderation's Detail form: ReviewImage, ReviewVideo (live streams too), ReviewAudio, ...
      const job = callback.JobsDetail;
      return `${callback.EventName} ${job.JobId} ${job.State ?? ''} ${job.Label ?? ''}`.trimEnd();
    }
  }
}
