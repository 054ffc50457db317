import { Integer } from '../integer';
import { many } from '../many';
import { struct } from '../struct';
import { Text } from '../text';
import { reviewCallback, reviewJob, type ReviewJobBase } from './common';
import {
  LanguageResultCodec,
  SceneInfoCodec,
  sceneNodes,
  type LanguageResult,
  type SceneInfo,
  type Scenes,
} from './scenes';
import { exactly } from '../exactly';

/** One stretch of audio that was moderated (of an audio file, or of a video's or live stream's sound). */
export interface ReviewAudioSection extends Scenes<SceneInfo> {
  /** Where the stretch's audio is stored. */
  readonly Url?: string;
  /** The speech recognised in it. */
  readonly Text?: string;
  /** Where it starts, in milliseconds (a file's offset; for a live stream, as CI sends it). */
  readonly OffsetTime?: number;
  /** How long it lasts, in milliseconds. */
  readonly Duration?: number;
  /** The highest-priority label hit. */
  readonly Label?: string;
  /** The finest label of the hit. */
  readonly SubLabel?: string;
  /** The verdict: 0 normal, 1 sensitive, 2 suspect. */
  readonly Result?: number;
  /** Languages recognised in it. */
  readonly LanguageResults?: readonly LanguageResult[];
}

export const reviewAudioSectionNodes = {
  ...sceneNodes(SceneInfoCodec),
  Url: Text,
  Text: Text,
  OffsetTime: Integer,
  Duration: Integer,
  Label: Text,
  SubLabel: Text,
  Result: Integer,
  LanguageResults: many(LanguageResultCodec),
};

export const ReviewAudioSectionCodec = exactly<ReviewAudioSection>()(
  struct('AudioSection', {}, reviewAudioSectionNodes),
);

/** The `JobsDetail` of an audio moderation (`ReviewAudio`). */
export interface ReviewAudioJob extends ReviewJobBase, Scenes<SceneInfo> {
  /** The verdict: 0 normal, 1 sensitive, 2 suspect (review by a person). */
  readonly Result?: number;
  /** The finest label of the hit. */
  readonly SubLabel?: string;
  /** The speech recognised in the whole file, exactly as sent (spaces and all). */
  readonly AudioText?: string;
  /** Languages recognised in the file. */
  readonly LanguageResults?: readonly LanguageResult[];
  /** The stretches moderated (only those with a hit, per the docs). */
  readonly Section?: readonly ReviewAudioSection[];
}

export const reviewAudioNodes = {
  ...sceneNodes(SceneInfoCodec),
  Result: Integer,
  SubLabel: Text,
  AudioText: Text,
  LanguageResults: many(LanguageResultCodec),
  Section: many(ReviewAudioSectionCodec),
};

export const ReviewAudioJobCodec = exactly<ReviewAudioJob>()(reviewJob('ReviewAudio', reviewAudioNodes));

/** The Detail callback of an audio moderation. */
export interface ReviewAudioCallback {
  readonly EventName: 'ReviewAudio';
  /** The finished moderation. */
  readonly JobsDetail: ReviewAudioJob;
}

export const ReviewAudioCallbackCodec = exactly<ReviewAudioCallback>()(
  reviewCallback('ReviewAudio', ReviewAudioJobCodec),
);
