import { expectTypeOf } from 'expect-type';
import type { MEDIA_EVENTS, REVIEW_EVENTS } from '../src/codecs/families';
import {
  decodeCallback,
  decodeJsonCallback,
  decodeMediaCallback,
  decodeModerationCallback,
  decodeXmlCallback,
  parseCallback,
  type CallbackError,
  type CallbackResponse,
  type CosHeaderMap,
  type MediaCallback,
  type ModerationCallback,
  type Result,
  type ReviewAudioJob,
  type ReviewCallback,
  type ReviewDocumentJob,
  type ReviewHtmlJob,
  type ReviewImageJob,
  type ReviewSimpleCallback,
  type ReviewTextJob,
  type ReviewVideoJob,
  type TaskFinishResponse,
  type WorkflowFinishResponse,
} from '../src/index';
import * as json from '../src/json';

// Type-level tests: checked by `tsc -p .` (part of `npm test`); the functions are never called.

export function oneSwitchNarrowsEveryCallback(cb: CallbackResponse): void {
  switch (cb.EventName) {
    case 'TaskFinish':
      expectTypeOf(cb).toEqualTypeOf<TaskFinishResponse>();
      expectTypeOf(cb.JobsDetail.CreationTime).toEqualTypeOf<Date | undefined>();
      break;
    case 'WorkflowFinish':
      expectTypeOf(cb).toEqualTypeOf<WorkflowFinishResponse>();
      expectTypeOf(cb.WorkflowExecution.RunId).toEqualTypeOf<string>();
      break;
    case 'ReviewVideo':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewVideoJob>();
      expectTypeOf(cb.JobsDetail.Snapshot?.[0]?.PornInfo?.Score).toEqualTypeOf<number | undefined>();
      expectTypeOf(cb.JobsDetail.CosHeaders).toEqualTypeOf<CosHeaderMap | undefined>();
      expectTypeOf(cb.JobsDetail.CreationTime).toEqualTypeOf<Date | undefined>();
      break;
    case 'ReviewImage':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewImageJob>();
      break;
    case 'ReviewAudio':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewAudioJob>();
      break;
    case 'ReviewText':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewTextJob>();
      break;
    case 'ReviewDocument':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewDocumentJob>();
      break;
    case 'ReviewHtml':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewHtmlJob>();
      break;
    case undefined:
      expectTypeOf(cb).toEqualTypeOf<ReviewSimpleCallback>();
      expectTypeOf(cb.data?.porn_info?.score).toEqualTypeOf<number | undefined>();
      break;
    default:
      expectTypeOf(cb).toBeNever();
  }
}

export function theUnionIsBothFamilies(): void {
  expectTypeOf<CallbackResponse>().toEqualTypeOf<MediaCallback | ModerationCallback>();
  expectTypeOf<MediaCallback>().toEqualTypeOf<TaskFinishResponse | WorkflowFinishResponse>();
  expectTypeOf<ModerationCallback>().toEqualTypeOf<ReviewCallback | ReviewSimpleCallback>();
  // Each family's table lists exactly the events of its type (the tables' `satisfies` checks each entry).
  expectTypeOf<MediaCallback['EventName']>().toEqualTypeOf<(typeof MEDIA_EVENTS)[number]>();
  expectTypeOf<ReviewCallback['EventName']>().toEqualTypeOf<(typeof REVIEW_EVENTS)[number]>();
}

type Decoded<A> = Result<CallbackError, A>;

export function eachDecoderHasItsFamilysType(): void {
  expectTypeOf(decodeCallback).returns.toEqualTypeOf<Decoded<CallbackResponse>>();
  expectTypeOf(decodeXmlCallback).returns.toEqualTypeOf<Decoded<CallbackResponse>>();
  expectTypeOf(decodeJsonCallback).returns.toEqualTypeOf<Decoded<CallbackResponse>>();
  expectTypeOf(parseCallback).returns.toEqualTypeOf<CallbackResponse>();
  expectTypeOf(decodeMediaCallback).returns.toEqualTypeOf<Decoded<MediaCallback>>();
  expectTypeOf(decodeModerationCallback).returns.toEqualTypeOf<Decoded<ModerationCallback>>();
  expectTypeOf(json.decodeJsonCallback).returns.toEqualTypeOf<Decoded<json.CallbackResponse>>();
  expectTypeOf(json.decodeMediaCallback).returns.toEqualTypeOf<Decoded<json.MediaCallback>>();
  expectTypeOf(json.decodeModerationCallback).returns.toEqualTypeOf<Decoded<json.ModerationCallback>>();
  expectTypeOf<json.CallbackResponse>().toEqualTypeOf<CallbackResponse>();
}

export function eachFamilysDecoderNarrowsItsOwn(body: string): void {
  const media = decodeMediaCallback(body);
  if (media._tag === 'Right') {
    switch (media.right.EventName) {
      case 'TaskFinish':
        expectTypeOf(media.right.JobsDetail.JobId).toEqualTypeOf<string>();
        break;
      case 'WorkflowFinish':
        break;
      default:
        expectTypeOf(media.right).toBeNever();
    }
  }
  const moderation = decodeModerationCallback(body);
  if (moderation._tag === 'Right') {
    const cb = moderation.right;
    switch (cb.EventName) {
      case 'ReviewVideo':
        expectTypeOf(cb.JobsDetail.Snapshot?.[0]?.PornInfo?.Score).toEqualTypeOf<number | undefined>();
        break;
      case undefined:
        expectTypeOf(cb.code).toEqualTypeOf<number>();
        break;
      // @ts-expect-error a moderation decoder never answers a job callback
      case 'TaskFinish':
        break;
    }
  }
}

describe('callback type-level tests', () => {
  it('are checked by tsc -p . (this file compiles only if they hold)', () => {
    expect(typeof oneSwitchNarrowsEveryCallback).toBe('function');
  });
});
