import { DigitalWatermarkCodec, type DigitalWatermark } from './digital-watermark';
import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { many } from './many';
import { mediaNodes, templateIdNodes, type MediaOperation, type TemplateIds } from './media';
import { UnknownNodesCodec, type UnknownNodes } from './unknown-node';
import { operation } from './operation';

// The media-processing family: jobs that turn one (or several) media files into new files by a template or
// by parameters given at submission. Their parameter nodes (`Transcode`, `Snapshot`, ...) are long and change
// with Tencent's template docs, so they are kept as plain data; their results use the shared media nodes.

/** The `Operation` nodes of a Transcode job, beyond the shared media nodes. */
export const transcodeOperationNodes = {
  ...mediaNodes,
  ...templateIdNodes,
  Transcode: UnknownNodesCodec,
  Watermark: many(UnknownNodesCodec),
  RemoveWatermark: UnknownNodesCodec,
  DigitalWatermark: DigitalWatermarkCodec,
};

/** The `Operation` of a Transcode job. */
export interface TranscodeOperation extends MediaOperation, TemplateIds {
  /** The transcode parameters given at submission (`Container`, `Video`, `Audio`, ...), as plain data. */
  readonly Transcode?: UnknownNodes;
  /** The watermarks given at submission, as plain data (XML repeats the element). */
  readonly Watermark?: readonly UnknownNodes[];
  /** The watermark-removal parameters, as plain data. */
  readonly RemoveWatermark?: UnknownNodes;
  /** The digital watermark embedded while transcoding. */
  readonly DigitalWatermark?: DigitalWatermark;
}

/** The `JobsDetail` of a Transcode job. */
export interface TranscodeJob extends JobsDetailBase {
  readonly Tag: 'Transcode';
  readonly Operation?: TranscodeOperation;
}

export const TranscodeJobCodec = exactly<TranscodeJob>()(
  knownJob('Transcode', operation('Transcode', transcodeOperationNodes)),
);

/** The `Operation` of a Snapshot job; its sprite sheets are in `MediaResult.OutputFile.SpriteOutputFile`. */
export interface SnapshotOperation extends MediaOperation {
  /** The snapshot parameters given at submission (`Mode`, `Start`, `Count`, ...), as plain data. */
  readonly Snapshot?: UnknownNodes;
}

/** The `JobsDetail` of a Snapshot job (frames captured from a video). */
export interface SnapshotJob extends JobsDetailBase {
  readonly Tag: 'Snapshot';
  readonly Operation?: SnapshotOperation;
}

export const SnapshotJobCodec = exactly<SnapshotJob>()(
  knownJob('Snapshot', operation('Snapshot', { ...mediaNodes, Snapshot: UnknownNodesCodec })),
);

/** The `Operation` of an Animation job. */
export interface AnimationOperation extends MediaOperation {
  /** The animation parameters given at submission (`Container`, `Video`, `TimeInterval`), as plain data. */
  readonly Animation?: UnknownNodes;
}

/** The `JobsDetail` of an Animation job (a video turned into a GIF or WebP). */
export interface AnimationJob extends JobsDetailBase {
  readonly Tag: 'Animation';
  readonly Operation?: AnimationOperation;
}

export const AnimationJobCodec = exactly<AnimationJob>()(
  knownJob('Animation', operation('Animation', { ...mediaNodes, Animation: UnknownNodesCodec })),
);

/** The `Operation` of a Concat job. */
export interface ConcatOperation extends MediaOperation {
  /** The concatenation parameters given at submission (`ConcatFragment`s, ...), as plain data. */
  readonly ConcatTemplate?: UnknownNodes;
}

/** The `JobsDetail` of a Concat job (several media files joined into one). */
export interface ConcatJob extends JobsDetailBase {
  readonly Tag: 'Concat';
  readonly Operation?: ConcatOperation;
}

export const ConcatJobCodec = exactly<ConcatJob>()(
  knownJob('Concat', operation('Concat', { ...mediaNodes, ConcatTemplate: UnknownNodesCodec })),
);
