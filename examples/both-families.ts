// One receiver for every callback CI sends: jobs and workflows, and content moderation (a Worker-style fetch
// handler; Next.js, Hono, Deno and Bun take the same function). Run: npx tsx examples/serve.ts both-families
import { decodeRequest, formatCallbackError, type CallbackResponse } from 'cos-ci-callback/fetch';

export async function receive(request: Request): Promise<Response> {
  const result = await decodeRequest(request, { maxBytes: 256 * 1024 });
  if (result._tag === 'Left') return new Response(formatCallbackError(result.left), { status: 400 });
  return new Response(handle(result.right));
}

/** One switch narrows every callback of both families; its answer is one line that names the callback. */
export function handle(callback: CallbackResponse): string {
  switch (callback.EventName) {
    case 'TaskFinish': // a job finished
      return `TaskFinish ${callback.JobsDetail.Tag} ${callback.JobsDetail.JobId}`;
    case 'WorkflowFinish': // a workflow run finished
      return `WorkflowFinish ${callback.WorkflowExecution.RunId}`;
    case 'ReviewVideo': {
      // a video or a live stream (Type: live_video); every Integer leaf is a number
      const frames = callback.JobsDetail.Snapshot ?? [];
      const worst = frames.reduce((max, frame) => Math.max(max, frame.PornInfo?.Score ?? 0), 0);
      return `ReviewVideo ${callback.JobsDetail.JobId} result=${callback.JobsDetail.Result ?? '-'} porn=${worst}`;
    }
    case 'ReviewDocument':
    case 'ReviewHtml': // documents and web pages give their verdict as Suggestion
      return `${callback.EventName} ${callback.JobsDetail.JobId} suggestion=${callback.JobsDetail.Suggestion ?? '-'}`;
    case 'ReviewImage':
    case 'ReviewAudio':
    case 'ReviewText':
      return `${callback.EventName} ${callback.JobsDetail.JobId} result=${callback.JobsDetail.Result ?? '-'}`;
    case undefined: // the Simple form (snake_case, no EventName), CI's default; also its test request
      return `Simple ${callback.data?.trace_id ?? '-'} code=${callback.code} result=${callback.data?.result ?? '-'}`;
  }
}
