/**
 * `cos-ci-callback/testing`: fast-check arbitraries of decoded callbacks, derived from the library's own codecs,
 * for property-testing callback handlers. Needs `fast-check` (an optional peer dependency) installed.
 * @packageDocumentation
 * @module cos-ci-callback/testing
 */
import * as fc from 'fast-check';
import type * as t from 'io-ts';
import { KNOWN_TAGS, type JobOf, type KnownTag } from './codecs/jobs-detail';
import type { CallbackResponse } from './codecs/callback';
import {
  ModerationCallbackCodec,
  type ModerationCallback,
  type ReviewCallback,
} from './codecs/moderation/moderation-callback';
import type { ReviewSimpleCallback } from './codecs/moderation/simple';
import { MediaCallbackCodec, type TaskFinishResponse } from './codecs/response';
import { fieldOf, literalAt, shapeFor, shapeOf } from './codecs/shape';
import type { StructC } from './codecs/struct';
import { arbitraryOf, structArbitrary } from './arbitraries/derived';
import { contextOf, type ArbitraryOptions } from './arbitraries/context';

export type { ArbitraryOptions };

/** The callback codec whose `EventName` is `event`: `undefined` is moderation's Simple form. */
function responseMember(event: CallbackResponse['EventName']): StructC<t.Props, t.Props> {
  for (const member of [...MediaCallbackCodec.members(), ...ModerationCallbackCodec.members()]) {
    const shape = shapeOf(member);
    if (shape?.kind === 'struct' && literalAt(member, 'EventName') === event) return shape;
  }
  throw new Error(`cos-ci-callback/testing: no codec for EventName ${String(event)}`);
}

/** An `EventName` of moderation's Detail form: `ReviewImage`, `ReviewVideo`, ... */
export type ReviewEvent = ReviewCallback['EventName'];

/** The Detail callback whose `EventName` is `E`. */
export type ReviewCallbackOf<E extends ReviewEvent> = Extract<ReviewCallback, { readonly EventName: E }>;

export type { KnownTag };

/** A `TaskFinish` callback whose job has the Tag `T`. */
export interface TaskFinishOf<T extends KnownTag> extends TaskFinishResponse {
  readonly JobsDetail: JobOf<T>;
}

/**
 * Any valid decoded callback, of both families: both media events with every modelled Tag and unknown Tags, every
 * moderation kind and the Simple form; unmodelled nodes, lists of one and several, text that needs escaping,
 * numeric-looking text, text beyond the BMP, integers across the safe range, header maps, times at offset and
 * calendar edges. Every value decodes back from `encodeCallback(value, 'xml' | 'json')`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { encodeCallback } from 'cos-ci-callback';
 * import { arbitraryCallback } from 'cos-ci-callback/testing';
 *
 * test('the handler answers 200 to every callback', async () => {
 *   await fc.assert(
 *     fc.asyncProperty(arbitraryCallback(), fc.constantFrom('xml', 'json'), async (callback, format) => {
 *       const res = await handler(new Request('http://localhost:3000/cos-callback', { method: 'POST', body: encodeCallback(callback, format) }));
 *       expect(res.status).toBe(200);
 *     }),
 *   );
 * });
 * ```
 */
export function arbitraryCallback(options?: ArbitraryOptions): fc.Arbitrary<CallbackResponse> {
  const ctx = contextOf(options);
  // Half of each family, whatever the number of events in each.
  return fc.oneof(
    arbitraryOf(MediaCallbackCodec, ctx),
    arbitraryOf(ModerationCallbackCodec, ctx),
  ) as fc.Arbitrary<CallbackResponse>;
}

/**
 * A `TaskFinish` callback: of any Tag, or of the given one (a modelled Tag narrows the type; another Tag gives
 * an unknown-Tag job with that Tag).
 *
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbitraryTaskFinish('ExtractDigitalWatermark'), (callback) => {
 *     const message = callback.JobsDetail.Operation?.ExtractDigitalWatermark?.Message; // string | undefined
 *     expect(() => handleWatermark(callback)).not.toThrow();
 *   }),
 * );
 * ```
 */
export function arbitraryTaskFinish<T extends KnownTag>(
  tag: T,
  options?: ArbitraryOptions,
): fc.Arbitrary<TaskFinishOf<T>>;
export function arbitraryTaskFinish(
  tag?: string,
  options?: ArbitraryOptions,
): fc.Arbitrary<TaskFinishResponse>;
export function arbitraryTaskFinish(
  tag?: string,
  options?: ArbitraryOptions,
): fc.Arbitrary<TaskFinishResponse> {
  const ctx = contextOf(options);
  const member = responseMember('TaskFinish');
  if (tag === undefined) return structArbitrary(member, ctx) as fc.Arbitrary<TaskFinishResponse>;
  if (tag === '') throw new Error('cos-ci-callback/testing: a Tag cannot be empty');
  const shape = shapeFor(fieldOf(member, 'JobsDetail'), { Tag: tag });
  if (shape?.kind !== 'struct') throw new Error(`cos-ci-callback/testing: no codec for Tag ${tag}`);
  const detail = structArbitrary(shape, ctx, new Map([['Tag', fc.constant(tag)]]));
  return structArbitrary(member, ctx, new Map([['JobsDetail', detail]])) as fc.Arbitrary<TaskFinishResponse>;
}

/**
 * A `WorkflowFinish` callback.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryWorkflowFinish(), (callback) => handleWorkflow(callback) !== undefined));
 * ```
 */
export function arbitraryWorkflowFinish(
  options?: ArbitraryOptions,
): fc.Arbitrary<Extract<CallbackResponse, { readonly EventName: 'WorkflowFinish' }>> {
  return structArbitrary(responseMember('WorkflowFinish'), contextOf(options)) as fc.Arbitrary<
    Extract<CallbackResponse, { readonly EventName: 'WorkflowFinish' }>
  >;
}

/**
 * A content moderation callback: of any kind and form, or the Detail callback of the given event (its type
 * narrowed to that event's, as {@link arbitraryTaskFinish} narrows by Tag); {@link arbitraryReviewSimpleCallback}
 * gives the Simple form alone. Live streams are `ReviewVideo`.
 *
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbitraryModerationCallback('ReviewVideo'), (callback) => {
 *     const score = callback.JobsDetail.Snapshot?.[0]?.PornInfo?.Score; // number | undefined
 *     expect(() => handleVideo(callback)).not.toThrow();
 *   }),
 * );
 * ```
 */
export function arbitraryModerationCallback<E extends ReviewEvent>(
  event: E,
  options?: ArbitraryOptions,
): fc.Arbitrary<ReviewCallbackOf<E>>;
export function arbitraryModerationCallback(
  event?: undefined,
  options?: ArbitraryOptions,
): fc.Arbitrary<ModerationCallback>;
export function arbitraryModerationCallback(
  event?: ReviewEvent,
  options?: ArbitraryOptions,
): fc.Arbitrary<ModerationCallback> {
  const ctx = contextOf(options);
  if (event === undefined)
    return arbitraryOf(ModerationCallbackCodec, ctx) as fc.Arbitrary<ModerationCallback>;
  return structArbitrary(responseMember(event), ctx) as fc.Arbitrary<ModerationCallback>;
}

/**
 * A content moderation callback in the Simple form (`code`, `message`, `data`), as CI sends it by default, and
 * for its test request when the callback URL is set.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryReviewSimpleCallback(), (callback) => handleSimple(callback) !== undefined));
 * ```
 */
export function arbitraryReviewSimpleCallback(
  options?: ArbitraryOptions,
): fc.Arbitrary<ReviewSimpleCallback> {
  return structArbitrary(responseMember(undefined), contextOf(options)) as fc.Arbitrary<ReviewSimpleCallback>;
}

/**
 * The Tags this version models (the ones with a typed `Operation`): the main entry's `KNOWN_TAGS`.
 *
 * @example
 * ```ts
 * for (const tag of knownTags()) fc.assert(fc.property(arbitraryTaskFinish(tag), handle));
 * ```
 */
export function knownTags(): readonly KnownTag[] {
  return KNOWN_TAGS;
}
