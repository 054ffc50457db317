import { Integer } from '../integer';
import { struct } from '../struct';
import { Text } from '../text';
import { CosHeaderMapCodec, type CosHeaderMap } from './common';
import { exactly } from '../exactly';

/** One scene's result in the Simple form, snake_case as sent. */
export interface ReviewSimpleSceneInfo {
  /** The scene's verdict: 0 normal, 1 a confirmed hit, 2 a suspected hit. */
  readonly hit_flag?: number;
  /** The label hit (often empty). */
  readonly label?: string;
  /** How sure the verdict is, 0 to 100 (images, audio). */
  readonly score?: number;
  /** How many frames or sections hit the scene (video, live streams, text). */
  readonly count?: number;
}

export const ReviewSimpleSceneInfoCodec = exactly<ReviewSimpleSceneInfo>()(
  struct('scene info', {}, { hit_flag: Integer, label: Text, score: Integer, count: Integer }),
);

/** The result in the Simple form, snake_case as sent. */
export interface ReviewSimpleData {
  /** `ReviewImage`, `ReviewVideo` ...; absent in some bodies. */
  readonly event?: string;
  /** The moderation job's ID. */
  readonly trace_id: string;
  /** The content moderated. */
  readonly url?: string;
  /** The submitter's own ID for the content, echoed back. */
  readonly data_id?: string;
  /** The verdict: 0 normal, 1 sensitive, 2 suspect (review by a person). */
  readonly result?: number;
  /** The object's freeze state: 0 not frozen, 1 frozen, 2 moved. */
  readonly forbidden_status?: number;
  /** The custom headers set when the object was uploaded. */
  readonly cos_headers?: CosHeaderMap;
  /** Pornography. */
  readonly porn_info?: ReviewSimpleSceneInfo;
  /** Advertising. */
  readonly ads_info?: ReviewSimpleSceneInfo;
  /** Illegal content. */
  readonly illegal_info?: ReviewSimpleSceneInfo;
  /** Abuse. */
  readonly abuse_info?: ReviewSimpleSceneInfo;
  /** Terrorism and violence. */
  readonly terrorism_info?: ReviewSimpleSceneInfo;
  /** Politically sensitive content. */
  readonly politics_info?: ReviewSimpleSceneInfo;
  /** Content harmful to minors. */
  readonly teenager_info?: ReviewSimpleSceneInfo;
  /** Low-quality or unclear images. */
  readonly quality_info?: ReviewSimpleSceneInfo;
  /** Meaningless content. */
  readonly meaningless_info?: ReviewSimpleSceneInfo;
}

export const reviewSimpleDataNodes = {
  event: Text,
  url: Text,
  data_id: Text,
  result: Integer,
  forbidden_status: Integer,
  cos_headers: CosHeaderMapCodec,
  porn_info: ReviewSimpleSceneInfoCodec,
  ads_info: ReviewSimpleSceneInfoCodec,
  illegal_info: ReviewSimpleSceneInfoCodec,
  abuse_info: ReviewSimpleSceneInfoCodec,
  terrorism_info: ReviewSimpleSceneInfoCodec,
  politics_info: ReviewSimpleSceneInfoCodec,
  teenager_info: ReviewSimpleSceneInfoCodec,
  quality_info: ReviewSimpleSceneInfoCodec,
  meaningless_info: ReviewSimpleSceneInfoCodec,
};

export const ReviewSimpleDataCodec = exactly<ReviewSimpleData>()(
  struct('data', { trace_id: Text }, reviewSimpleDataNodes),
);

/**
 * The Simple form of a moderation callback (the default `CallbackVersion`), snake_case as sent. It has no
 * `EventName`, so `case undefined` of a `switch (cb.EventName)` is this form. CI sends one with `message`
 * `Test request when setting callback url` when the callback URL is first set. The codec is meant to run behind
 * the family codec's choice (`ModerationCallbackCodec`), which takes this form only for a root without `EventName`.
 */
export interface ReviewSimpleCallback {
  readonly EventName?: undefined;
  /** 0 when the moderation succeeded, an error code otherwise. */
  readonly code: number;
  /** The error message, or the test request's notice. */
  readonly message?: string;
  /** The result. */
  readonly data?: ReviewSimpleData;
}

/**
 * The codec of {@link ReviewSimpleCallback}'s nodes: all but `EventName`, a type-only marker that a decoded
 * Simple callback never has (so it is a `ReviewSimpleCallback` as it stands).
 */
export const ReviewSimpleCallbackCodec = exactly<Omit<ReviewSimpleCallback, 'EventName'>>()(
  struct('Simple callback', { code: Integer }, { message: Text, data: ReviewSimpleDataCodec }),
);
