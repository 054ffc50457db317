import { Integer } from '../integer';
import { many } from '../many';
import { struct } from '../struct';
import { Text } from '../text';
import { reviewCallback, reviewJob, type ReviewJobBase } from './common';
import { sceneNodes, TextSceneInfoCodec, type Scenes, type TextSceneInfo } from './scenes';
import { exactly } from '../exactly';

/** One section of a text that was moderated. */
export interface ReviewTextSection extends Scenes<TextSceneInfo> {
  /** Where the section starts in the text, in bytes. */
  readonly StartByte?: number;
  /** The highest-priority label hit. */
  readonly Label?: string;
  /** The verdict: 0 normal, 1 sensitive, 2 suspect. */
  readonly Result?: number;
}

export const reviewTextSectionNodes = {
  ...sceneNodes(TextSceneInfoCodec),
  StartByte: Integer,
  Label: Text,
  Result: Integer,
};

export const ReviewTextSectionCodec = exactly<ReviewTextSection>()(
  struct('Section', {}, reviewTextSectionNodes),
);

/** The `JobsDetail` of a text moderation (`ReviewText`). Its scenes' `Keywords` are one comma-separated string. */
export interface ReviewTextJob extends ReviewJobBase, Scenes<TextSceneInfo> {
  /** The verdict: 0 normal, 1 sensitive, 2 suspect (review by a person). */
  readonly Result?: number;
  /** The finest label of the hit. */
  readonly SubLabel?: string;
  /** The text moderated, base64-encoded, exactly as sent. */
  readonly Content?: string;
  /** How many sections the text was cut into. */
  readonly SectionCount?: number;
  /** The sections moderated (only those with a hit, per the docs). */
  readonly Section?: readonly ReviewTextSection[];
}

export const reviewTextNodes = {
  ...sceneNodes(TextSceneInfoCodec),
  Result: Integer,
  SubLabel: Text,
  Content: Text,
  SectionCount: Integer,
  Section: many(ReviewTextSectionCodec),
};

export const ReviewTextJobCodec = exactly<ReviewTextJob>()(reviewJob('ReviewText', reviewTextNodes));

/** The Detail callback of a text moderation. */
export interface ReviewTextCallback {
  readonly EventName: 'ReviewText';
  /** The finished moderation. */
  readonly JobsDetail: ReviewTextJob;
}

export const ReviewTextCallbackCodec = exactly<ReviewTextCallback>()(
  reviewCallback('ReviewText', ReviewTextJobCodec),
);
