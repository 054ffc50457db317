import type * as t from 'io-ts';
import { byEvent, type EventTable } from './events';
import { exactly } from './exactly';
import { OLDER_WORKFLOW_BODY, type MEDIA_EVENTS } from './families';
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

/** A job or workflow callback (the root `<Response>`), narrowed by `EventName`. */
export type MediaCallback = TaskFinishResponse | WorkflowFinishResponse;

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
 * event of {@link MEDIA_EVENTS}, each that event's member. The older workflow body, which has a
 * `WorkflowExecution` and no `EventName`, is a `WorkflowFinish`.
 */
export const MEDIA_TABLE: EventTable = {
  events: {
    TaskFinish: TaskFinishResponseCodec,
    WorkflowFinish: WorkflowFinishResponseCodec,
  } satisfies {
    readonly [E in (typeof MEDIA_EVENTS)[number]]: t.Type<Extract<MediaCallback, { EventName: E }>, unknown>;
  },
  implied: [OLDER_WORKFLOW_BODY],
};

/** The codec of the media family: what `decodeMediaCallback` decodes. */
export const MediaCallbackCodec = /* @__PURE__ */ byEvent<MediaCallback>('Response', MEDIA_TABLE);
