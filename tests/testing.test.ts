import { expectTypeOf } from 'expect-type';
import * as fc from 'fast-check';
import { REVIEW_EVENTS } from '../src/codecs/families';
import {
  decodeCallback,
  decodeModerationCallback,
  encodeCallback,
  KNOWN_TAGS,
  type CallbackResponse,
  type ModerationCallback,
  type ReviewSimpleCallback,
  type ReviewVideoCallback,
  type TaskFinishResponse,
} from '../src/index';
import {
  arbitraryCallback,
  arbitraryModerationCallback,
  arbitraryReviewSimpleCallback,
  arbitraryTaskFinish,
  arbitraryWorkflowFinish,
  knownTags,
  type KnownTag,
  type ReviewCallbackOf,
} from '../src/testing';
import { app } from '../examples/hono';

describe('cos-ci-callback/testing', () => {
  test('arbitraries are typed by what they generate', () => {
    expectTypeOf(arbitraryCallback()).toEqualTypeOf<fc.Arbitrary<CallbackResponse>>();
    expectTypeOf(arbitraryTaskFinish()).toEqualTypeOf<fc.Arbitrary<TaskFinishResponse>>();
    expectTypeOf(arbitraryTaskFinish('SomeFutureTag')).toEqualTypeOf<fc.Arbitrary<TaskFinishResponse>>();
    type Generated =
      ReturnType<typeof arbitraryTaskFinish<'ExtractDigitalWatermark'>> extends fc.Arbitrary<infer X>
        ? X
        : never;
    expectTypeOf<Generated['JobsDetail']['Tag']>().toEqualTypeOf<'ExtractDigitalWatermark'>();
    expectTypeOf<
      NonNullable<NonNullable<Generated['JobsDetail']['Operation']>['ExtractDigitalWatermark']>['Message']
    >().toEqualTypeOf<string | undefined>();
    expectTypeOf<'ExtractDigitalWatermark'>().toMatchTypeOf<KnownTag>();
    expectTypeOf(arbitraryWorkflowFinish()).toMatchTypeOf<fc.Arbitrary<CallbackResponse>>();
  });

  test('the moderation arbitraries are typed by the event or form they generate', () => {
    expectTypeOf(arbitraryModerationCallback()).toEqualTypeOf<fc.Arbitrary<ModerationCallback>>();
    expectTypeOf(arbitraryModerationCallback('ReviewVideo')).toEqualTypeOf<
      fc.Arbitrary<ReviewCallbackOf<'ReviewVideo'>>
    >();
    expectTypeOf<ReviewCallbackOf<'ReviewVideo'>>().toEqualTypeOf<ReviewVideoCallback>();
    expectTypeOf(arbitraryReviewSimpleCallback()).toEqualTypeOf<fc.Arbitrary<ReviewSimpleCallback>>();
    // @ts-expect-error an event of the media family
    arbitraryModerationCallback('TaskFinish');
  });

  test.each(REVIEW_EVENTS)(
    'arbitraryModerationCallback(%s) generates that event, which decodes back',
    (event) => {
      fc.assert(
        fc.property(arbitraryModerationCallback(event), fc.constantFrom('xml', 'json'), (x, format) => {
          expect(x.EventName).toBe(event);
          expect(decodeModerationCallback(encodeCallback(x, format))).toEqual({ _tag: 'Right', right: x });
        }),
        { numRuns: 50 },
      );
    },
  );

  test('arbitraryModerationCallback() gives every kind and the Simple form; arbitraryReviewSimpleCallback the Simple form', () => {
    const events = fc
      .sample(arbitraryModerationCallback(), { numRuns: 300, seed: 3 })
      .map((x) => x.EventName);
    expect(new Set(events)).toEqual(new Set([...REVIEW_EVENTS, undefined]));
    fc.assert(
      fc.property(arbitraryReviewSimpleCallback({ format: 'json' }), (x) => {
        expect(x.EventName).toBeUndefined();
        expect(typeof x.code).toBe('number');
        expect(decodeCallback(encodeCallback(x, 'json'))).toEqual({ _tag: 'Right', right: x });
      }),
      { numRuns: 50 },
    );
  });

  test.each(knownTags())('arbitraryTaskFinish(%s) generates jobs of that Tag that decode back', (tag) => {
    fc.assert(
      fc.property(arbitraryTaskFinish(tag), (x) => {
        expect(x.JobsDetail.Tag).toBe(tag);
        expect(decodeCallback(encodeCallback(x, 'xml'))).toEqual({ _tag: 'Right', right: x });
      }),
      { numRuns: 50 },
    );
  });

  test('arbitraryTaskFinish with a Tag the library does not model gives unknown-Tag jobs of that Tag', () => {
    fc.assert(
      fc.property(arbitraryTaskFinish('SomeFutureTag'), (x) => {
        expect(x.JobsDetail.Tag).toBe('SomeFutureTag');
        expect(decodeCallback(encodeCallback(x, 'json'))).toEqual({ _tag: 'Right', right: x });
      }),
      { numRuns: 50 },
    );
    expect(() => arbitraryTaskFinish('')).toThrow(/cannot be empty/);
  });

  test('arbitraryWorkflowFinish generates workflow callbacks only', () => {
    const events = fc.sample(arbitraryWorkflowFinish(), { numRuns: 100, seed: 1 }).map((x) => x.EventName);
    expect(new Set(events)).toEqual(new Set(['WorkflowFinish']));
  });

  test('unknownDepth goes up to 16, where values still decode, and no further', () => {
    fc.assert(
      fc.property(arbitraryCallback({ unknownDepth: 16, format: 'json' }), (x) => {
        expect(decodeCallback(encodeCallback(x, 'json'))).toEqual({ _tag: 'Right', right: x });
      }),
      { numRuns: 30 },
    );
    for (const unknownDepth of [17, -1, 1.5, 100_000])
      expect(() => arbitraryCallback({ unknownDepth })).toThrow(
        /unknownDepth must be an integer from 0 to 16/,
      );
  });

  test("knownTags lists the modelled Tags: the main entry's KNOWN_TAGS", () => {
    expect(knownTags()).toBe(KNOWN_TAGS);
    expect(knownTags()).toContain('ExtractDigitalWatermark');
    expect(new Set(knownTags()).size).toBe(knownTags().length);
  });

  test("the README's property holds for examples/hono.ts: 200 for every callback, XML and JSON", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCallback(), fc.constantFrom('xml', 'json'), async (callback, format) => {
        const body = encodeCallback(callback, format);
        const res = await app.request('/cos-callback', { method: 'POST', body });
        expect(res.status).toBe(200);
      }),
    );
  });
});
