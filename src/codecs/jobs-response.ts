import * as t from 'io-ts';
import { isAbsent, isBlankText } from './absent';
import { exactly } from './exactly';
import { JobsDetailCodec, type JobsDetail } from './jobs-detail';
import { many } from './many';
import { struct } from './struct';
import { Text } from './text';
import { isObjectNode } from '../plain';

/**
 * What CI's media job API answers (the root `<Response>`, which has no `EventName`): submit (`POST /jobs`),
 * describe (`GET /jobs/<id>[,<id>...]`) and list (`GET /jobs?queueId=...`). Each job is the very
 * {@link JobsDetail} a callback carries, so a poller and a receiver share one model.
 *
 * One documented multi-job submit answer puts each job's `Tag` inside `Operation` and none in `JobsDetail`.
 * There the job's `Tag` is read from `Operation.Tag`, so that the job narrows by Tag like any other, and
 * `Operation` keeps its own `Tag` node as sent (an unmodelled node: present at run time, not in the type).
 * A `JobsDetail.Tag` that is sent is never replaced.
 */
export interface JobsResponse {
  /** The jobs, always a list: none (an unknown ID), one (describe, submit) or several (list, a multi-job submit). */
  readonly JobsDetail: readonly JobsDetail[];
  /** The asked IDs CI does not know (describe). */
  readonly NonExistJobIds?: readonly string[];
  /** Where the next page of a list starts; absent on the last page. */
  readonly NextToken?: string;
}

/** A job whose only `Tag` is `Operation.Tag`, with that Tag as its own too; any other job as it is. */
function withOperationTag(job: unknown): unknown {
  if (!isObjectNode(job) || !isAbsent(job.Tag) || !isObjectNode(job.Operation)) return job;
  const tag = job.Operation.Tag;
  return typeof tag === 'string' && !isBlankText(tag) ? { ...job, Tag: tag } : job;
}

/** What the answer's `<Response>` holds as sent: no `JobsDetail` at all when no job matched. */
interface JobsResponseNodes extends Omit<JobsResponse, 'JobsDetail'> {
  readonly JobsDetail?: JobsResponse['JobsDetail'];
}

// `@__PURE__`: a bundle that does not decode job API answers drops these calls (they have no side effects).
const JobsResponseNodesCodec = /* @__PURE__ */ exactly<JobsResponseNodes>()(
  /* @__PURE__ */ struct(
    'JobsResponse',
    {},
    {
      JobsDetail: /* @__PURE__ */ many(JobsDetailCodec),
      NonExistJobIds: /* @__PURE__ */ many(Text),
      NextToken: Text,
    },
  ),
);

/** The codec of {@link JobsResponse}: `JobsDetail` is a list even when absent, and a Tag may come from `Operation`. */
export const JobsResponseCodec = /* @__PURE__ */ exactly<JobsResponse>()(
  /* @__PURE__ */ new t.Type<JobsResponse, unknown, unknown>(
    'JobsResponse',
    (u): u is JobsResponse => JobsResponseNodesCodec.is(u) && Array.isArray(u.JobsDetail),
    (u, c) => {
      const root =
        isObjectNode(u) && u.JobsDetail !== undefined ? { ...u, JobsDetail: jobsOf(u.JobsDetail) } : u;
      const result = JobsResponseNodesCodec.validate(root, c);
      if (result._tag === 'Left') return result;
      return t.success({ JobsDetail: [], ...result.right });
    },
    (a) => JobsResponseNodesCodec.encode(a),
  ),
);

function jobsOf(jobs: unknown): unknown {
  return Array.isArray(jobs) ? jobs.map(withOperationTag) : withOperationTag(jobs);
}
