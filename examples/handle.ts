import type { CallbackResponse } from 'cos-ci-callback';

/** What a receiver does with a decoded callback; here, one line that names it (the examples answer with it). */
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
  }
}
