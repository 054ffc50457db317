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

/** An `EventName` some family decodes: the `EventName` of every decoded callback but the Simple form. */
export type CallbackEvent = (typeof MEDIA_EVENTS)[number] | (typeof REVIEW_EVENTS)[number];

/**
 * A body without an `EventName` that a family still reads, told by its nodes: a root that has any of `has`
 * (present by the one absent rule) is one. Plain names too, so that a decoder of one family can tell the other's.
 */
export interface NamelessForm {
  /** The event the form is read as (the older workflow body is a `WorkflowFinish`), or `''` for none. */
  readonly event: string;
  readonly has: readonly string[];
}

/** The older workflow body: a `WorkflowExecution` and no `EventName`, read as a `WorkflowFinish`. */
export const OLDER_WORKFLOW_BODY: NamelessForm = { event: 'WorkflowFinish', has: ['WorkflowExecution'] };

/** Moderation's Simple form: a `code` or a `data`, and no event at all. */
export const SIMPLE_FORM: NamelessForm = { event: '', has: ['code', 'data'] };

/**
 * Every form without an `EventName`, in the order `decodeCallback` tries them (older bodies before unnamed
 * forms): the first a body has is the form it is, whichever decoder reads it, so that the decoders agree.
 */
export const NAMELESS_FORMS: readonly NamelessForm[] = [OLDER_WORKFLOW_BODY, SIMPLE_FORM];

/**
 * The family an `EventName` belongs to, or `undefined` for a name no family decodes; `''`, the name of a body
 * that sends none, is the Simple form's, moderation's (older bodies are named by the event they imply).
 * @internal
 */
export function familyOf(event: string): CallbackFamily | undefined {
  if ((MEDIA_EVENTS as readonly string[]).includes(event)) return 'media';
  if ((REVIEW_EVENTS as readonly string[]).includes(event) || event === SIMPLE_FORM.event)
    return 'moderation';
  return undefined;
}

/**
 * The family of a decoded callback (any `CallbackResponse`): its event's, and moderation's for the Simple form,
 * which names none. The CLI counts bodies by it.
 * @internal
 */
export const familyOfCallback = (callback: {
  readonly EventName?: CallbackEvent | undefined;
}): CallbackFamily => familyOf(callback.EventName ?? SIMPLE_FORM.event) ?? 'moderation';
