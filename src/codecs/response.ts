import type * as t from 'io-ts';
import { byEvent } from './events';
import { exactly } from './exactly';
import { JobsDetailCodec, type JobsDetail } from './jobs-detail';
import { one } from './many';
import { struct } from './struct';
import { literal } from './text';
import { WorkflowExecutionCodec, type WorkflowExecution } from './workflow-execution';

/** The callback CI sends when a job finishes. */
export interface TaskFinishResponse {
  readonly EventName: 'TaskFinish';
  /** The finished job; one object, also when a JSON body wraps it in a one-element list. */
  readonly JobsDetail: JobsDetail;
}

/** The callback CI sends when a workflow run finishes. */
export interface WorkflowFinishResponse {
  readonly EventName: 'WorkflowFinish';
  /** The finished run. */
  readonly WorkflowExecution: WorkflowExecution;
}

/** A decoded callback body (the root `<Response>`), narrowed by `EventName`. */
export type CallbackResponse = TaskFinishResponse | WorkflowFinishResponse;

const TaskFinishResponseCodec = exactly<TaskFinishResponse>()(
  struct('TaskFinish Response', { EventName: literal('TaskFinish'), JobsDetail: one(JobsDetailCodec) }, {}),
);

const WorkflowFinishResponseCodec = exactly<WorkflowFinishResponse>()(
  struct(
    'WorkflowFinish Response',
    { EventName: literal('WorkflowFinish'), WorkflowExecution: WorkflowExecutionCodec },
    {},
  ),
);

/**
 * The callbacks of jobs and workflows, by `EventName`; the `satisfies` makes the compiler insist on one entry per
 * event. The older workflow body, which has a `WorkflowExecution` and no `EventName`, is a `WorkflowFinish`.
 */
export const CallbackResponseCodec = byEvent<CallbackResponse>('Response', {
  events: {
    TaskFinish: TaskFinishResponseCodec,
    WorkflowFinish: WorkflowFinishResponseCodec,
  } satisfies {
    readonly [E in CallbackResponse['EventName']]: t.Type<
      Extract<CallbackResponse, { EventName: E }>,
      unknown
    >;
  },
  implied: [{ has: 'WorkflowExecution', event: 'WorkflowFinish' }],
});
