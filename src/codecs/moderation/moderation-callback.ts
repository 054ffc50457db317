import type * as t from 'io-ts';
import { byEvent, type EventTable } from '../events';
import { SIMPLE_FORM, type REVIEW_EVENTS } from '../families';
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

/**
 * The moderation family: a Detail callback chosen by its `EventName` (the `satisfies` makes the compiler insist
 * on one entry per event of {@link REVIEW_EVENTS}, each that event's member), or the Simple form for a root that
 * has `code` or `data` and no `EventName` ({@link SIMPLE_FORM}).
 */
export const MODERATION_TABLE: EventTable = {
  events: {
    ReviewImage: ReviewImageCallbackCodec,
    ReviewVideo: ReviewVideoCallbackCodec,
    ReviewAudio: ReviewAudioCallbackCodec,
    ReviewText: ReviewTextCallbackCodec,
    ReviewDocument: ReviewDocumentCallbackCodec,
    ReviewHtml: ReviewHtmlCallbackCodec,
  } satisfies {
    readonly [E in (typeof REVIEW_EVENTS)[number]]: t.Type<
      Extract<ReviewCallback, { EventName: E }>,
      unknown
    >;
  },
  unnamed: [
    {
      form: SIMPLE_FORM,
      codec: ReviewSimpleCallbackCodec,
      expected: 'the Simple form (code, data)',
    },
  ],
};

/** The codec of the moderation family: what `decodeModerationCallback` decodes. */
export const ModerationCallbackCodec = /* @__PURE__ */ byEvent<ModerationCallback>(
  'Moderation callback',
  MODERATION_TABLE,
);
