import { byEvent } from './events';
import { MODERATION_TABLE, type ModerationCallback } from './moderation/moderation-callback';
import { MEDIA_TABLE, type MediaCallback } from './response';

/**
 * A decoded callback body, of either family: a job or workflow callback (`MediaCallback`) or a content
 * moderation callback (`ModerationCallback`). One `switch (cb.EventName)` narrows every member; `case undefined`
 * is moderation's Simple form.
 */
export type CallbackResponse = MediaCallback | ModerationCallback;

/**
 * The codec of every callback CI sends: both families' tables as one (media first, so that the older workflow
 * body without `EventName` stays a `WorkflowFinish`). `@__PURE__`: a bundle that decodes one family only drops it.
 */
export const CallbackCodec = /* @__PURE__ */ byEvent<CallbackResponse>(
  'Response',
  MEDIA_TABLE,
  MODERATION_TABLE,
);
