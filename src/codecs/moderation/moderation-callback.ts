import type * as t from 'io-ts';
import { dispatch } from '../dispatch';
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

const detail = new Map<string, t.Mixed>(Object.entries(detailCodecs));

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

/** Is a root without `EventName` the Simple form (`{ code, message, data }`)? */
const isSimple = (root: Record<string, unknown>): boolean =>
  (root.EventName === undefined || root.EventName === '') &&
  (root.code !== undefined || root.data !== undefined);

/**
 * The moderation family: a Detail callback chosen by its `EventName`, or the Simple form for a root that has
 * `code` or `data` and no `EventName`. Anything else fails at `EventName`.
 */
export const ModerationCallbackCodec = dispatch<ModerationCallback>(
  'Moderation callback',
  (u) => {
    if (!isObject(u)) return undefined;
    if (isSimple(u)) return ReviewSimpleCallbackCodec;
    return typeof u.EventName === 'string' ? detail.get(u.EventName) : undefined;
  },
  'an object with EventName ReviewImage, ReviewVideo, ReviewAudio, ReviewText, ReviewDocument or ReviewHtml, or the Simple form (code, data)',
  () => [...detail.values(), ReviewSimpleCallbackCodec],
);
