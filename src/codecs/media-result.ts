import { exactly } from './exactly';
import { many } from './many';
import { struct } from './struct';
import { Text } from './text';

/** The MD5 of one output file. */
export interface Md5Info {
  /** The MD5 as lowercase hex (text: it can look like a number). */
  readonly Md5?: string;
  /** The object key it belongs to. */
  readonly ObjectName?: string;
}

export const Md5InfoCodec = exactly<Md5Info>()(struct('Md5Info', {}, { Md5: Text, ObjectName: Text }));

/**
 * Where a job wrote its files: bucket, region and the object keys. What every {@link OutputFile} holds, and all
 * that a Snapshot job's `SpriteOutputFile` holds.
 */
export interface OutputFileBase {
  /** The bucket, as `name-appid`. */
  readonly Bucket?: string;
  /** The bucket's region. */
  readonly Region?: string;
  /** The keys written, one per file (a Snapshot job writes several). */
  readonly ObjectName?: readonly string[];
  /** The common prefix of the keys; often empty, then absent. */
  readonly ObjectPrefix?: string;
  /** The MD5 of each file. */
  readonly Md5Info?: readonly Md5Info[];
}

/**
 * The former name of {@link OutputFileBase}, which said "files" of what is one `OutputFile` node.
 * @deprecated Use {@link OutputFileBase}.
 */
export type OutputFiles = OutputFileBase;

export const outputFileBaseNodes = {
  Bucket: Text,
  Region: Text,
  ObjectName: many(Text),
  ObjectPrefix: Text,
  Md5Info: many(Md5InfoCodec),
};

export const OutputFileBaseCodec = exactly<OutputFileBase>()(struct('OutputFile', {}, outputFileBaseNodes));

/** The files a job wrote (`MediaResult.OutputFile`), with the sprite sheets of a Snapshot job. */
export interface OutputFile extends OutputFileBase {
  /** The sprite sheet files of a Snapshot job, in the same shape. */
  readonly SpriteOutputFile?: OutputFileBase;
}

export const OutputFileCodec = exactly<OutputFile>()(
  struct('OutputFile', {}, { ...outputFileBaseNodes, SpriteOutputFile: OutputFileBaseCodec }),
);

/** The result of a media job (`Operation.MediaResult`). */
export interface MediaResult {
  /** The files written. */
  readonly OutputFile?: OutputFile;
}

export const MediaResultCodec = exactly<MediaResult>()(
  struct('MediaResult', {}, { OutputFile: OutputFileCodec }),
);
