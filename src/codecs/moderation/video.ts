import { Integer } from '../integer';
import { many } from '../many';
import { struct } from '../struct';
import { Text } from '../text';
import { ReviewAudioSectionCodec, type ReviewAudioSection } from './audio';
import { reviewCallback, reviewJob, type ReviewJobBase } from './common';
import { SceneInfoCodec, sceneNodes, type SceneInfo, type Scenes } from './scenes';
import { exactly } from '../exactly';

/** One frame of a video or live stream that was moderated. */
export interface ReviewSnapshot extends Scenes<SceneInfo> {
  /** Where the frame is stored. */
  readonly Url?: string;
  /** The text read from the frame (OCR). */
  readonly Text?: string;
  /** When the frame was taken, in milliseconds: into the video for a file; for a live stream, as CI sends it. */
  readonly SnapshotTime?: number;
  /** The highest-priority label hit. */
  readonly Label?: string;
  /** The finest label of the hit. */
  readonly SubLabel?: string;
  /** The verdict: 0 normal, 1 sensitive, 2 suspect. */
  readonly Result?: number;
}

export const reviewSnapshotNodes = {
  ...sceneNodes(SceneInfoCodec),
  Url: Text,
  Text: Text,
  SnapshotTime: Integer,
  Label: Text,
  SubLabel: Text,
  Result: Integer,
};

export const ReviewSnapshotCodec = exactly<ReviewSnapshot>()(struct('Snapshot', {}, reviewSnapshotNodes));

/** Where a masked (mosaic) copy of a video was written. */
export interface ReviewMaskOutput {
  /** The bucket's region. */
  readonly Region?: string;
  /** The bucket, as `name-appid`. */
  readonly Bucket?: string;
  /** The object key written. */
  readonly Object?: string;
}

export const ReviewMaskOutputCodec = exactly<ReviewMaskOutput>()(
  struct('Output', {}, { Region: Text, Bucket: Text, Object: Text }),
);

/** The masking of a video file. */
export interface ReviewMaskRecordInfo {
  /** The masking's error code. */
  readonly Code?: string;
  /** The masking's error message. */
  readonly Message?: string;
  /** Where the masked copy was written. */
  readonly Output?: ReviewMaskOutput;
}

export const ReviewMaskRecordInfoCodec = exactly<ReviewMaskRecordInfo>()(
  struct('RecordInfo', {}, { Code: Text, Message: Text, Output: ReviewMaskOutputCodec }),
);

/** The masking of a live stream. */
export interface ReviewMaskLiveInfo {
  /** When masking started, as sent. */
  readonly StartTime?: string;
  /** When masking ended, as sent. */
  readonly EndTime?: string;
  /** The masked stream's address. */
  readonly Output?: string;
}

export const ReviewMaskLiveInfoCodec = exactly<ReviewMaskLiveInfo>()(
  struct('LiveInfo', {}, { StartTime: Text, EndTime: Text, Output: Text }),
);

/** The masking (mosaic) of the hits, when the job asked for it. */
export interface ReviewMaskInfo {
  /** For a video file. */
  readonly RecordInfo?: ReviewMaskRecordInfo;
  /** For a live stream. */
  readonly LiveInfo?: ReviewMaskLiveInfo;
}

export const ReviewMaskInfoCodec = exactly<ReviewMaskInfo>()(
  struct('MaskInfo', {}, { RecordInfo: ReviewMaskRecordInfoCodec, LiveInfo: ReviewMaskLiveInfoCodec }),
);

/**
 * The `JobsDetail` of a video or live-stream moderation (`ReviewVideo`). A live stream has `Type: live_video`,
 * names its stream in `Url`, and sends incremental callbacks while it runs.
 */
export interface ReviewVideoJob extends ReviewJobBase, Scenes<SceneInfo> {
  /** `live_video` for a live stream. */
  readonly Type?: string;
  /** The verdict: 0 normal, 1 sensitive, 2 suspect (review by a person). */
  readonly Result?: number;
  /** The finest label of the hit. */
  readonly SubLabel?: string;
  /** How many frames were taken. */
  readonly SnapshotCount?: number;
  /** The frames moderated (only those with a hit, per the docs). */
  readonly Snapshot?: readonly ReviewSnapshot[];
  /** The stretches of sound moderated. */
  readonly AudioSection?: readonly ReviewAudioSection[];
  /** The masking of the hits. */
  readonly MaskInfo?: ReviewMaskInfo;
}

export const reviewVideoNodes = {
  ...sceneNodes(SceneInfoCodec),
  Type: Text,
  Result: Integer,
  SubLabel: Text,
  SnapshotCount: Integer,
  Snapshot: many(ReviewSnapshotCodec),
  AudioSection: many(ReviewAudioSectionCodec),
  MaskInfo: ReviewMaskInfoCodec,
};

export const ReviewVideoJobCodec = exactly<ReviewVideoJob>()(reviewJob('ReviewVideo', reviewVideoNodes));

/** The Detail callback of a video or live-stream moderation. */
export interface ReviewVideoCallback {
  readonly EventName: 'ReviewVideo';
  /** The finished moderation, or for a live stream the latest increment. */
  readonly JobsDetail: ReviewVideoJob;
}

export const ReviewVideoCallbackCodec = exactly<ReviewVideoCallback>()(
  reviewCallback('ReviewVideo', ReviewVideoJobCodec),
);
