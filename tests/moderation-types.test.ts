import { expectTypeOf } from 'expect-type';
import type * as t from 'io-ts';
import type {
  DocProcessOperation,
  FileCompressOperation,
  FileHashCodeOperation,
  FileUncompressOperation,
} from '../src/index';
import type { docProcessOperationNodes } from '../src/codecs/doc-process';
import type {
  fileCompressOperationNodes,
  fileHashCodeOperationNodes,
  fileUncompressOperationNodes,
} from '../src/codecs/file-process';
import type {
  ReviewAudioJob,
  ReviewAudioSection,
  reviewAudioNodes,
  reviewAudioSectionNodes,
} from '../src/codecs/moderation/audio';
import type { CosHeaderMap, reviewJobNodes } from '../src/codecs/moderation/common';
import type {
  ReviewDocumentJob,
  ReviewDocumentPage,
  reviewDocumentNodes,
  reviewDocumentPageNodes,
} from '../src/codecs/moderation/document';
import type {
  ReviewHtmlImageResult,
  ReviewHtmlJob,
  ReviewHtmlTextResult,
  reviewHtmlImageResultNodes,
  reviewHtmlNodes,
  reviewHtmlTextResultNodes,
} from '../src/codecs/moderation/html';
import type { ReviewImageJob, reviewImageNodes } from '../src/codecs/moderation/image';
import type { ModerationCallback, ReviewCallback } from '../src/codecs/moderation/moderation-callback';
import type {
  SceneInfo,
  sceneInfoNodes,
  TextSceneInfo,
  textSceneInfoNodes,
} from '../src/codecs/moderation/scenes';
import type {
  ReviewSimpleCallback,
  ReviewSimpleData,
  reviewSimpleDataNodes,
} from '../src/codecs/moderation/simple';
import type {
  ReviewTextJob,
  ReviewTextSection,
  reviewTextNodes,
  reviewTextSectionNodes,
} from '../src/codecs/moderation/text';
import type {
  ReviewSnapshot,
  ReviewVideoJob,
  reviewSnapshotNodes,
  reviewVideoNodes,
} from '../src/codecs/moderation/video';
import type { operationNodes } from '../src/codecs/operation';
import type { StructOf } from '../src/codecs/struct';
import type { TextC } from '../src/codecs/text';

// Type-level tests: checked by `tsc -p .` (part of `npm test`); the functions are never called.

/** What a `struct` of these optional nodes decodes to, as the compiler infers it from the codecs. */
type Decoded<P extends t.Props> = StructOf<Record<never, never>, P>;
/** What a `reviewJob(name, nodes)` decodes to. */
type DecodedJob<P extends t.Props> = StructOf<{ JobId: TextC }, typeof reviewJobNodes & P>;
/** What an `operation(tag, nodes)` decodes to. */
type DecodedOperation<P extends t.Props> = StructOf<Record<never, never>, typeof operationNodes & P>;

export function oneSwitchNarrowsEveryForm(cb: ModerationCallback): void {
  switch (cb.EventName) {
    case 'ReviewVideo':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewVideoJob>();
      expectTypeOf(cb.JobsDetail.Snapshot?.[0]?.PornInfo?.Score).toEqualTypeOf<number | undefined>();
      expectTypeOf(cb.JobsDetail.Snapshot?.[0]?.SnapshotTime).toEqualTypeOf<number | undefined>();
      expectTypeOf(cb.JobsDetail.AudioSection?.[0]?.PornInfo?.Keywords).toEqualTypeOf<
        readonly string[] | undefined
      >();
      expectTypeOf(cb.JobsDetail.CreationTime).toEqualTypeOf<Date | undefined>();
      expectTypeOf(cb.JobsDetail.CosHeaders).toEqualTypeOf<CosHeaderMap | undefined>();
      break;
    case 'ReviewImage':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewImageJob>();
      expectTypeOf(cb.JobsDetail.PornInfo?.OcrResults?.[0]?.Location?.X).toEqualTypeOf<string | undefined>();
      expectTypeOf(cb.JobsDetail.CompressionResult).toEqualTypeOf<number | undefined>();
      break;
    case 'ReviewAudio':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewAudioJob>();
      expectTypeOf(cb.JobsDetail.Section?.[0]?.Duration).toEqualTypeOf<number | undefined>();
      break;
    case 'ReviewText':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewTextJob>();
      // One comma-separated string in text scenes.
      expectTypeOf(cb.JobsDetail.Section?.[0]?.PornInfo?.Keywords).toEqualTypeOf<string | undefined>();
      expectTypeOf(cb.JobsDetail.Section?.[0]?.StartByte).toEqualTypeOf<number | undefined>();
      break;
    case 'ReviewDocument':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewDocumentJob>();
      expectTypeOf(cb.JobsDetail.PageSegment?.Results?.[0]?.PageNumber).toEqualTypeOf<number | undefined>();
      // @ts-expect-error a document's verdict is Suggestion, not Result
      void cb.JobsDetail.Result;
      break;
    case 'ReviewHtml':
      expectTypeOf(cb.JobsDetail).toEqualTypeOf<ReviewHtmlJob>();
      expectTypeOf(cb.JobsDetail.TextResults?.Results?.[0]?.AdsInfo?.Keywords).toEqualTypeOf<
        string | undefined
      >();
      break;
    case undefined:
      expectTypeOf(cb).toEqualTypeOf<ReviewSimpleCallback>();
      expectTypeOf(cb.code).toEqualTypeOf<number>();
      expectTypeOf(cb.data?.porn_info?.score).toEqualTypeOf<number | undefined>();
      expectTypeOf(cb.data?.trace_id).toEqualTypeOf<string | undefined>();
      break;
    default:
      expectTypeOf(cb).toBeNever();
  }
}

export function detailEventsAreTheSix(): void {
  expectTypeOf<ReviewCallback['EventName']>().toEqualTypeOf<
    'ReviewImage' | 'ReviewVideo' | 'ReviewAudio' | 'ReviewText' | 'ReviewDocument' | 'ReviewHtml'
  >();
  expectTypeOf<ModerationCallback['EventName']>().toEqualTypeOf<ReviewCallback['EventName'] | undefined>();
}

// Each hand-written interface equals what its codec decodes to, as the compiler infers it.
export function interfacesMatchCodecs(): void {
  expectTypeOf<Decoded<typeof sceneInfoNodes>>().branded.toEqualTypeOf<SceneInfo>();
  expectTypeOf<Decoded<typeof textSceneInfoNodes>>().branded.toEqualTypeOf<TextSceneInfo>();
  expectTypeOf<Decoded<typeof reviewSnapshotNodes>>().branded.toEqualTypeOf<ReviewSnapshot>();
  expectTypeOf<Decoded<typeof reviewAudioSectionNodes>>().branded.toEqualTypeOf<ReviewAudioSection>();
  expectTypeOf<Decoded<typeof reviewTextSectionNodes>>().branded.toEqualTypeOf<ReviewTextSection>();
  expectTypeOf<Decoded<typeof reviewDocumentPageNodes>>().branded.toEqualTypeOf<ReviewDocumentPage>();
  expectTypeOf<Decoded<typeof reviewHtmlImageResultNodes>>().branded.toEqualTypeOf<ReviewHtmlImageResult>();
  expectTypeOf<Decoded<typeof reviewHtmlTextResultNodes>>().branded.toEqualTypeOf<ReviewHtmlTextResult>();
  expectTypeOf<
    StructOf<{ trace_id: TextC }, typeof reviewSimpleDataNodes>
  >().branded.toEqualTypeOf<ReviewSimpleData>();
  expectTypeOf<DecodedJob<typeof reviewImageNodes>>().branded.toEqualTypeOf<ReviewImageJob>();
  expectTypeOf<DecodedJob<typeof reviewVideoNodes>>().branded.toEqualTypeOf<ReviewVideoJob>();
  expectTypeOf<DecodedJob<typeof reviewAudioNodes>>().branded.toEqualTypeOf<ReviewAudioJob>();
  expectTypeOf<DecodedJob<typeof reviewTextNodes>>().branded.toEqualTypeOf<ReviewTextJob>();
  expectTypeOf<DecodedJob<typeof reviewDocumentNodes>>().branded.toEqualTypeOf<ReviewDocumentJob>();
  expectTypeOf<DecodedJob<typeof reviewHtmlNodes>>().branded.toEqualTypeOf<ReviewHtmlJob>();
  expectTypeOf<
    DecodedOperation<typeof fileCompressOperationNodes>
  >().branded.toEqualTypeOf<FileCompressOperation>();
  expectTypeOf<
    DecodedOperation<typeof fileUncompressOperationNodes>
  >().branded.toEqualTypeOf<FileUncompressOperation>();
  expectTypeOf<
    DecodedOperation<typeof fileHashCodeOperationNodes>
  >().branded.toEqualTypeOf<FileHashCodeOperation>();
  expectTypeOf<
    DecodedOperation<typeof docProcessOperationNodes>
  >().branded.toEqualTypeOf<DocProcessOperation>();
}

describe('moderation type-level tests', () => {
  it('are checked by tsc -p . (this file compiles only if they hold)', () => {
    expect(typeof oneSwitchNarrowsEveryForm).toBe('function');
  });
});
