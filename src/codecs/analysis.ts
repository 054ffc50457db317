import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { many } from './many';
import { mediaNodes, type MediaOperation } from './media';
import { MediaInfoCodec, type MediaInfo } from './media-info';
import { operation, type JobOperation } from './operation';
import { struct } from './struct';
import { Text } from './text';

// The analysis family: jobs that report on a file rather than write one (MediaInfo, QualityEstimate).

/** The `Operation` of a MediaInfo job. */
export interface MediaInfoOperation extends JobOperation {
  /** What CI's probe found in the file. */
  readonly MediaInfo?: MediaInfo;
}

/** The `JobsDetail` of a MediaInfo job (a file probed). */
export interface MediaInfoJob extends JobsDetailBase {
  readonly Tag: 'MediaInfo';
  readonly Operation?: MediaInfoOperation;
}

export const MediaInfoJobCodec = exactly<MediaInfoJob>()(
  knownJob('MediaInfo', operation('MediaInfo', { MediaInfo: MediaInfoCodec })),
);

/** One problem found by a quality estimate, over a span of the video. */
export interface QualityEstimateItem {
  /** Confidence, `0` to `100`. */
  readonly Confidence?: string;
  /** Start, in seconds into the video (text). */
  readonly StartTimeOffset?: string;
  /** End, in seconds into the video (text). */
  readonly EndTimeOffset?: string;
  /** The area's coordinates. */
  readonly AreaCoordSet?: readonly string[];
}

export const QualityEstimateItemCodec = exactly<QualityEstimateItem>()(
  struct(
    'Items',
    {},
    { Confidence: Text, StartTimeOffset: Text, EndTimeOffset: Text, AreaCoordSet: many(Text) },
  ),
);

/** The problems of one kind found by a quality estimate. */
export interface QualityEstimateDetail {
  /** The kind of problem, such as `BlackWhiteEdge` or `Jitter`. */
  readonly Type?: string;
  /** Where it was found. */
  readonly Items?: readonly QualityEstimateItem[];
}

export const QualityEstimateDetailCodec = exactly<QualityEstimateDetail>()(
  struct('DetailedResult', {}, { Type: Text, Items: many(QualityEstimateItemCodec) }),
);

/** The detailed findings of a quality estimate. */
export interface VqaPlusResult {
  /** `true` when the file has no audio. */
  readonly NoAudio?: string;
  /** `true` when the file has no video. */
  readonly NoVideo?: string;
  /** The problems found, by kind. */
  readonly DetailedResult?: readonly QualityEstimateDetail[];
}

export const VqaPlusResultCodec = exactly<VqaPlusResult>()(
  struct(
    'VqaPlusResult',
    {},
    { NoAudio: Text, NoVideo: Text, DetailedResult: many(QualityEstimateDetailCodec) },
  ),
);

/** The result of a QualityEstimate job. */
export interface QualityEstimate {
  /** The overall score, such as `89.67`. */
  readonly Score?: string;
  /** The detailed findings. */
  readonly VqaPlusResult?: VqaPlusResult;
}

export const QualityEstimateCodec = exactly<QualityEstimate>()(
  struct('QualityEstimate', {}, { Score: Text, VqaPlusResult: VqaPlusResultCodec }),
);

/** The parameters of a QualityEstimate job. */
export interface QualityEstimateConfig {
  /** `Default` or `Profession`. */
  readonly Mode?: string;
  /** How to rotate before estimating. */
  readonly Rotate?: string;
}

export const QualityEstimateConfigCodec = exactly<QualityEstimateConfig>()(
  struct('QualityEstimateConfig', {}, { Mode: Text, Rotate: Text }),
);

/** The `Operation` of a QualityEstimate job. */
export interface QualityEstimateOperation extends MediaOperation {
  /** The estimate. */
  readonly QualityEstimate?: QualityEstimate;
  /** The parameters. */
  readonly QualityEstimateConfig?: QualityEstimateConfig;
}

/** The `JobsDetail` of a QualityEstimate job (a video's quality scored). */
export interface QualityEstimateJob extends JobsDetailBase {
  readonly Tag: 'QualityEstimate';
  readonly Operation?: QualityEstimateOperation;
}

export const QualityEstimateJobCodec = exactly<QualityEstimateJob>()(
  knownJob(
    'QualityEstimate',
    operation('QualityEstimate', {
      ...mediaNodes,
      QualityEstimate: QualityEstimateCodec,
      QualityEstimateConfig: QualityEstimateConfigCodec,
    }),
  ),
);
