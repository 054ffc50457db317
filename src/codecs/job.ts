import type * as t from 'io-ts';
import { exactly } from './exactly';
import { many } from './many';
import { struct } from './struct';
import { literal, Text } from './text';
import { JobTime } from './time';

/** A header of the COS object that triggered a workflow, such as `Content-Type` or `x-cos-request-id`. */
export interface CosHeader {
  /** The header's name. */
  readonly Key: string;
  /** The header's value; absent when empty. */
  readonly Value?: string;
}

/** The headers of the COS object that triggered a workflow, always a list (XML repeats `<CosHeaders>`). */
export type CosHeaders = readonly CosHeader[];

export const CosHeaderCodec = exactly<CosHeader>()(struct('CosHeader', { Key: Text }, { Value: Text }));

/** The file a job read. */
export interface JobInput {
  /** The bucket, as `name-appid`. */
  readonly BucketId?: string;
  /** The bucket, as the submit API names it (some bodies send `Bucket` instead of `BucketId`). */
  readonly Bucket?: string;
  /** The object key of the input file. */
  readonly Object?: string;
  /** The bucket's region, such as `ap-chongqing`. */
  readonly Region?: string;
  /** The headers of the object that triggered the workflow (workflow-triggered jobs only). */
  readonly CosHeaders?: CosHeaders;
  /** The source language (Translation jobs). */
  readonly Lang?: string;
  /** The input file's type (Translation jobs). */
  readonly Type?: string;
  /** The input file's basic type (Translation jobs). */
  readonly BasicType?: string;
}

export const JobInputCodec = exactly<JobInput>()(
  struct(
    'JobInput',
    {},
    {
      BucketId: Text,
      Bucket: Text,
      Object: Text,
      Region: Text,
      CosHeaders: many(CosHeaderCodec),
      Lang: Text,
      Type: Text,
      BasicType: Text,
    },
  ),
);

/** The workflow run that triggered a job (absent for jobs submitted through the API). */
export interface Workflow {
  /** The name of the workflow node that ran the job. */
  readonly Name?: string;
  /** The workflow run's ID. */
  readonly RunId?: string;
  /** The workflow's ID. */
  readonly WorkflowId?: string;
  /** The workflow's name. */
  readonly WorkflowName?: string;
}

export const WorkflowCodec = exactly<Workflow>()(
  struct('Workflow', {}, { Name: Text, RunId: Text, WorkflowId: Text, WorkflowName: Text }),
);

/** What every job's detail holds, whatever its `Tag`. */
export interface JobsDetailBase {
  /** The job's ID, such as `j515a494af86111ecb8546d80f2baf56f` (picture jobs start with `c`). */
  readonly JobId: string;
  /** `Success`, or the error code of a failed job. */
  readonly Code?: string;
  /** Free text that goes with `Code`, such as `done`; absent when empty. */
  readonly Message?: string;
  /** `Submitted`, `Running`, `Success`, `Failed`, `Pause` or `Cancel`. */
  readonly State?: string;
  /** Percent done, `0` to `100`, as text. */
  readonly Progress?: string;
  /** A second job type, such as `DigitalWatermark` on a SuperResolution job. */
  readonly SubTag?: string;
  /** The queue that ran the job. */
  readonly QueueId?: string;
  /** The queue's type. */
  readonly QueueType?: string;
  /** When the job was created. */
  readonly CreationTime?: Date;
  /** When the job started; absent when not reached (`-`). */
  readonly StartTime?: Date;
  /** When the job ended; absent when not reached (`-`). */
  readonly EndTime?: Date;
  /** The file the job read; absent on jobs without one (Tts). */
  readonly Input?: JobInput;
  /** The workflow run that triggered the job. */
  readonly Workflow?: Workflow;
}

const jobNodes = {
  Code: Text,
  Message: Text,
  State: Text,
  Progress: Text,
  SubTag: Text,
  QueueId: Text,
  QueueType: Text,
  CreationTime: JobTime,
  StartTime: JobTime,
  EndTime: JobTime,
  Input: JobInputCodec,
  Workflow: WorkflowCodec,
};

/** The codec of one Tag's `JobsDetail`: the shared nodes, the Tag, and the Tag's own `Operation`. */
export function job<Tag extends t.Mixed, Operation extends t.Mixed>(
  name: string,
  tag: Tag,
  operation: Operation,
) {
  return struct(`${name} JobsDetail`, { JobId: Text, Tag: tag }, { ...jobNodes, Operation: operation });
}

/** The codec of a known Tag's `JobsDetail`. */
export const knownJob = <Tag extends string, Operation extends t.Mixed>(tag: Tag, operation: Operation) =>
  job(tag, literal(tag), operation);
