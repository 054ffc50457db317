import { exactly } from './exactly';
import { CosHeaderCodec, type CosHeaders } from './job';
import { many } from './many';
import { struct } from './struct';
import { Text } from './text';
import { WorkflowTime } from './time';

/** One task of a workflow run: a job that a workflow node started. */
export interface WorkflowTask {
  /** The job type, such as `Transcode` or `Snapshot`. */
  readonly Type?: string;
  /** When the task was created. */
  readonly CreateTime?: Date;
  /** When the task started. */
  readonly StartTime?: Date;
  /** When the task ended. */
  readonly EndTime?: Date;
  /** `Success` or `Failed`. */
  readonly State?: string;
  /** The job the task ran. */
  readonly JobId?: string;
  /** The workflow node's name. */
  readonly Name?: string;
  /** The template the job ran with. */
  readonly TemplateId?: string;
  /** The template's name. */
  readonly TemplateName?: string;
  /** The transcode template of a node that transcodes as well (Go SDK). */
  readonly TranscodeTemplateId?: string;
  /** That transcode template's name (Go SDK). */
  readonly TranscodeTemplateName?: string;
  /** The HDR mode of an SDRtoHDR node (Go SDK). */
  readonly HdrMode?: string;
  /** Extra result information (Go SDK), kept as text. */
  readonly ResultInfo?: string;
}

export const WorkflowTaskCodec = exactly<WorkflowTask>()(
  struct(
    'Tasks',
    {},
    {
      Type: Text,
      CreateTime: WorkflowTime,
      StartTime: WorkflowTime,
      EndTime: WorkflowTime,
      State: Text,
      JobId: Text,
      Name: Text,
      TemplateId: Text,
      TemplateName: Text,
      TranscodeTemplateId: Text,
      TranscodeTemplateName: Text,
      HdrMode: Text,
      ResultInfo: Text,
    },
  ),
);

/** A finished workflow run. */
export interface WorkflowExecution {
  /** The run's ID, such as `i166ee19017b011eda8a5525400c540df`. */
  readonly RunId: string;
  /** The workflow's ID. */
  readonly WorkflowId?: string;
  /** The workflow's name. */
  readonly WorkflowName?: string;
  /** `Success` or `Failed`. */
  readonly State?: string;
  /** The bucket of the object that triggered the run; absent when CI sends it empty. */
  readonly BucketId?: string;
  /** The object that triggered the run. */
  readonly Object?: string;
  /** When the run was created. */
  readonly CreateTime?: Date;
  /** The headers of the object that triggered the run. */
  readonly CosHeaders?: CosHeaders;
  /** The tasks the run started, one per workflow node. */
  readonly Tasks?: readonly WorkflowTask[];
}

export const WorkflowExecutionCodec = exactly<WorkflowExecution>()(
  struct(
    'WorkflowExecution',
    { RunId: Text },
    {
      WorkflowId: Text,
      WorkflowName: Text,
      State: Text,
      BucketId: Text,
      Object: Text,
      CreateTime: WorkflowTime,
      CosHeaders: many(CosHeaderCodec),
      Tasks: many(WorkflowTaskCodec),
    },
  ),
);
