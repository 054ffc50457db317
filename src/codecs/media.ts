import { many } from './many';
import { MediaInfoCodec, type MediaInfo } from './media-info';
import { MediaResultCodec, type MediaResult } from './media-result';
import type { JobOperation } from './operation';
import { JobOutputCodec, type JobOutput } from './output';
import { Text } from './text';

/** The `Operation` nodes every media job shares: what it read, what it wrote, and where. */
export interface MediaOperation extends JobOperation {
  /** What CI's probe found in the output (or input) file. */
  readonly MediaInfo?: MediaInfo;
  /** The files the job wrote. */
  readonly MediaResult?: MediaResult;
  /** Where the job was told to write. */
  readonly Output?: JobOutput;
}

/** The codecs of {@link MediaOperation}'s own nodes, spread into each media Tag's operation. */
export const mediaNodes = {
  MediaInfo: MediaInfoCodec,
  MediaResult: MediaResultCodec,
  Output: JobOutputCodec,
};

/** The template nodes of jobs that transcode and watermark as they go (SDRtoHDR, SuperResolution, ...). */
export interface TemplateIds {
  /** The transcode template applied to the output. */
  readonly TranscodeTemplateId?: string;
  /** The watermark templates applied, in order (XML repeats the element). */
  readonly WatermarkTemplateId?: readonly string[];
}

/** The codecs of {@link TemplateIds}. */
export const templateIdNodes = { TranscodeTemplateId: Text, WatermarkTemplateId: many(Text) };
