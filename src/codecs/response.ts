import * as t from 'io-ts';
import { dispatch } from './dispatch';
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

/** The older workflow body, without `EventName`: decoded as if it said `WorkflowFinish`. */
const LegacyWorkflowFinishResponseCodec = new t.Type<WorkflowFinishResponse, unknown, unknown>(
  'WorkflowFinish Response without EventName',
  WorkflowFinishResponseCodec.is,
  (u, c) => WorkflowFinishResponseCodec.validate({ ...(u as object), EventName: 'WorkflowFinish' }, c),
  WorkflowFinishResponseCodec.encode,
);

/** The events this version decodes. */
export const EVENTS = ['TaskFinish', 'WorkflowFinish'] as const;

/**
 * The event a root object announces: its `EventName`, or `WorkflowFinish` for the older workflow body that
 * has a `WorkflowExecution` and no `EventName`.
 */
export function eventOf(u: unknown): unknown {
  if (typeof u !== 'object' || u === null) return undefined;
  const root = u as { EventName?: unknown; WorkflowExecution?: unknown };
  if (isLegacyWorkflow(root)) return 'WorkflowFinish';
  return root.EventName;
}

const isLegacyWorkflow = (root: { EventName?: unknown; WorkflowExecution?: unknown }): boolean =>
  (root.EventName === undefined || root.EventName === '') && root.WorkflowExecution !== undefined;

export const CallbackResponseCodec = dispatch<CallbackResponse>(
  'Response',
  (u) => {
    if (typeof u !== 'object' || u === null) return undefined;
    const root = u as { EventName?: unknown; WorkflowExecution?: unknown };
    if (root.EventName === 'TaskFinish') return TaskFinishResponseCodec;
    if (root.EventName === 'WorkflowFinish') return WorkflowFinishResponseCodec;
    return isLegacyWorkflow(root) ? LegacyWorkflowFinishResponseCodec : undefined;
  },
  'an object with EventName TaskFinish or WorkflowFinish',
  () => [TaskFinishResponseCodec, WorkflowFinishResponseCodec], // the legacy form only decodes
);
