import type { CallbackFamily } from '../errors';

/**
 * The families of callbacks CI sends, by the `EventName`s each decodes: plain names and no codecs, so that a
 * decoder of one family can tell which decoder reads a body of the other without bundling its codecs. Each
 * family's table (`src/codecs/response.ts`, `src/codecs/moderation/moderation-callback.ts`) is checked by the
 * compiler against its list.
 */

/** The events of jobs and workflows (the media family). */
export const MEDIA_EVENTS = ['TaskFinish', 'WorkflowFinish'] as const;

/** The events of content moderation's Detail form. */
export const REVIEW_EVENTS = [
  'ReviewImage',
  'ReviewVideo',
  'ReviewAudio',
  'ReviewText',
  'ReviewDocument',
  'ReviewHtml',
] as const;

/**
 * The family an `EventName` belongs to, or `undefined` for a name no family decodes.
 * @internal
 */
export function familyOf(event: string): CallbackFamily | undefined {
  if ((MEDIA_EVENTS as readonly string[]).includes(event)) return 'media';
  if ((REVIEW_EVENTS as readonly string[]).includes(event)) return 'moderation';
  return undefined;
}
