import type * as t from 'io-ts';
import { byEvent } from '../events';
import { ReviewAudioCallbackCodec, type ReviewAudioCallback } from './audio';
import { ReviewDocumentCallbackCodec, type ReviewDocumentCallback } from './document';
import { ReviewHtmlCallbackCodec, type ReviewHtmlCallback } from './html';
import { ReviewImageCallbackCodec, type ReviewImageCallback } from './image';
import { ReviewSimpleCallbackCodec, type ReviewSimpleCallback } from './simple';
import { ReviewTextCallbackCodec, type ReviewTextCallback } from './text';
import { ReviewVideoCallbackCodec, type ReviewVideoCallback } from './video';

/** A moderation callback in the Detail form, narrowed by `EventName`. */
export type ReviewCallback =
  | ReviewImageCallback
  | ReviewVideoCallback
  | ReviewAudioCallback
  | ReviewTextCallback
  | ReviewDocumentCallback
  | ReviewHtmlCallback;

/** Any moderation callback: `switch (cb.EventName)` narrows each Detail kind, and `case undefined` the Simple form. */
export type ModerationCallback = ReviewCallback | ReviewSimpleCallback;

/** The codec of each Detail kind; the `satisfies` makes the compiler insist on one entry per event. */
const detailCodecs = {
  ReviewImage: ReviewImageCallbackCodec,
  ReviewVideo: ReviewVideoCallbackCodec,
  ReviewAudio: ReviewAudioCallbackCodec,
  ReviewText: ReviewTextCallbackCodec,
  ReviewDocument: ReviewDocumentCallbackCodec,
  ReviewHtml: ReviewHtmlCallbackCodec,
} satisfies {
  readonly [E in ReviewCallback['EventName']]: t.Type<Extract<ReviewCallback, { EventName: E }>, unknown>;
};

/** The events of the Detail form. */
export const REVIEW_EVENTS = Object.keys(detailCodecs) as ReadonlyArray<ReviewCallback['EventName']>;

/**
 * The moderation family: a Detail callback chosen by its `EventName`, or the Simple form for a root that has
 * `code` or `data` and no `EventName`. Anything else fails at `EventName`.
 */
export const ModerationCallbackCodec = byEvent<ModerationCallback>('Moderation callback', {
  events: detailCodecs,
  unnamed: {
    is: (root) => root.code !== undefined || root.data !== undefined,
    codec: ReviewSimpleCallbackCodec,
    expected: 'the Simple form (code, data)',
  },
});
