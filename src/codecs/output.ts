import { exactly } from './exactly';
import { many } from './many';
import { struct } from './struct';
import { Text } from './text';

/** One stream a StreamExtract job wrote to its own file. */
export interface StreamExtract {
  /** The stream's index in the input. */
  readonly Index?: string;
  /** The object key written for it. */
  readonly Object?: string;
  /** The object key written for it, in the form some docs print. */
  readonly Output?: string;
}

export const StreamExtractCodec = exactly<StreamExtract>()(
  struct('StreamExtract', {}, { Index: Text, Object: Text, Output: Text }),
);

/** Where the job was told to write (`Operation.Output`). `${Number}` style placeholders stay as sent. */
export interface JobOutput {
  /** The bucket's region. */
  readonly Region?: string;
  /** The bucket, as `name-appid`. */
  readonly Bucket?: string;
  /** The object key (or key pattern) of the output. */
  readonly Object?: string;
  /** The key pattern of a Snapshot job's sprite sheets. */
  readonly SpriteObject?: string;
  /** The key of a VoiceSeparate job's background audio. */
  readonly AuObject?: string;
  /** The key of a VoiceSeparate job's bass track (Go SDK). */
  readonly BassObject?: string;
  /** The key of a VoiceSeparate job's drum track (Go SDK). */
  readonly DrumObject?: string;
  /** The streams of a StreamExtract job, one per file. */
  readonly StreamExtract?: readonly StreamExtract[];
}

export const jobOutputNodes = {
  Region: Text,
  Bucket: Text,
  Object: Text,
  SpriteObject: Text,
  AuObject: Text,
  BassObject: Text,
  DrumObject: Text,
  StreamExtract: many(StreamExtractCodec),
};

export const JobOutputCodec = exactly<JobOutput>()(struct('Output', {}, jobOutputNodes));
