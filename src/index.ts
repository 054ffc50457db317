/**
 * `cos-ci-callback`: decode Tencent Cloud CI job and workflow callbacks, XML or JSON, into typed values.
 * @packageDocumentation
 */
export { decodeCallback, decodeJsonCallback, decodeXmlCallback, parseCallback } from './decode';
export { CallbackDecodeError, isCallbackDecodeError } from './decode-error';
export { formatCallbackError } from './format-error';

export type { DecodeOptions } from './body';
export type {
  CallbackError,
  CallbackIssue,
  InvalidCallback,
  InvalidEncoding,
  MalformedJson,
  MalformedXml,
  TooLarge,
  UnsupportedEvent,
  UnsupportedFormat,
} from './errors';
export type { Result } from './result';

export type { CallbackResponse, TaskFinishResponse, WorkflowFinishResponse } from './codecs/response';
export type { JobsDetail, UnknownJob, UnknownTag } from './codecs/jobs-detail';
export type { CosHeader, CosHeaders, JobInput, JobsDetailBase, Workflow } from './codecs/job';
export type { JobOperation } from './codecs/operation';
export type { UnknownNode, UnknownNodes } from './codecs/node';
export type {
  ExtractDigitalWatermark,
  ExtractDigitalWatermarkJob,
  ExtractDigitalWatermarkOperation,
} from './codecs/watermark';
export type { WorkflowExecution, WorkflowTask } from './codecs/workflow-execution';
