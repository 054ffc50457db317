import { expectTypeOf } from 'expect-type';
import type * as t from 'io-ts';
import type {
  AudioStream,
  CallbackResponse,
  DigitalWatermark,
  DigitalWatermarkOperation,
  DocProcessPageInfo,
  ExtractDigitalWatermarkJob,
  JobOutput,
  JobsDetail,
  KnownTag,
  MediaFormat,
  MediaStreams,
  OutputFiles,
  PicProcessOperation,
  Segment,
  SnapshotJob,
  SuperResolutionOperation,
  TranscodeJob,
  TranscodeOperation,
  UnknownJob,
  UnknownNodes,
  UnknownTag,
  VideoStream,
  VideoTagData,
  WorkflowTask,
} from '../src/index';
import type { digitalWatermarkNodes } from '../src/codecs/digital-watermark';
import type { segmentNodes } from '../src/codecs/editing';
import type { superResolutionOperationNodes } from '../src/codecs/enhance';
import type {
  audioStreamNodes,
  mediaFormatNodes,
  mediaStreamsNodes,
  videoStreamNodes,
} from '../src/codecs/media-info';
import type { outputFilesNodes } from '../src/codecs/media-result';
import type { operationNodes } from '../src/codecs/operation';
import type { jobOutputNodes } from '../src/codecs/output';
import type { picProcessOperationNodes } from '../src/codecs/picture';
import type { StructOf } from '../src/codecs/struct';
import type { transcodeOperationNodes } from '../src/codecs/transcode';
import type { videoTagDataNodes } from '../src/codecs/video-tag';
import type { digitalWatermarkOperationNodes } from '../src/codecs/watermark';

// Type-level tests: checked by `tsc -p .` (part of `npm test`); the functions are never called.

/** What a `struct` of these optional nodes decodes to, as the compiler infers it from the codecs. */
type Decoded<P extends t.Props> = StructOf<Record<never, never>, P>;
/** What an `operation(tag, nodes)` decodes to. */
type DecodedOperation<P extends t.Props> = StructOf<Record<never, never>, typeof operationNodes & P>;

export function narrowsByTag(d: JobsDetail): void {
  switch (d.Tag) {
    case 'Transcode':
      expectTypeOf(d).toEqualTypeOf<TranscodeJob>();
      expectTypeOf(d.Operation?.MediaResult?.OutputFile?.ObjectName).toEqualTypeOf<
        readonly string[] | undefined
      >();
      expectTypeOf(d.Operation?.WatermarkTemplateId).toEqualTypeOf<readonly string[] | undefined>();
      expectTypeOf(d.Operation?.MediaInfo?.Stream?.Video).toEqualTypeOf<readonly VideoStream[] | undefined>();
      expectTypeOf(d.Operation?.Transcode).toEqualTypeOf<UnknownNodes | undefined>();
      break;
    case 'ExtractDigitalWatermark':
      expectTypeOf(d).toEqualTypeOf<ExtractDigitalWatermarkJob>();
      expectTypeOf(d.Operation?.ExtractDigitalWatermark?.Message).toEqualTypeOf<string | undefined>();
      break;
    case 'Snapshot':
      expectTypeOf(d).toEqualTypeOf<SnapshotJob>();
      expectTypeOf(d.Operation?.MediaResult?.OutputFile?.SpriteOutputFile?.ObjectName).toEqualTypeOf<
        readonly string[] | undefined
      >();
      expectTypeOf(d.Operation?.Output?.SpriteObject).toEqualTypeOf<string | undefined>();
      break;
    case 'SuperResolution':
      expectTypeOf(d.Operation?.DigitalWatermark?.State).toEqualTypeOf<string | undefined>();
      expectTypeOf(d.Operation?.DigitalWatermark?.IgnoreError).toEqualTypeOf<string | undefined>();
      expectTypeOf(d.SubTag).toEqualTypeOf<string | undefined>();
      break;
    case 'StreamExtract':
      expectTypeOf(d.Operation?.Output?.StreamExtract?.[0]?.Index).toEqualTypeOf<string | undefined>();
      break;
    case 'VideoTag':
      // Seconds into the video: text, never a Date.
      expectTypeOf(d.Operation?.VideoTagResult?.StreamData?.Data?.PlaceTags?.[0]?.StartTime).toEqualTypeOf<
        string | undefined
      >();
      break;
    case 'Tts':
      expectTypeOf(d.Operation?.TtsConfig?.Input).toEqualTypeOf<string | undefined>();
      break;
    case 'PicProcess':
      expectTypeOf(d.Operation?.PicProcessResult?.OriginalInfo?.ImageInfo?.Ave).toEqualTypeOf<
        string | undefined
      >();
      break;
    case 'WordsGeneralize':
      expectTypeOf(d.Operation?.WordsGeneralizeResult?.WordsGeneralizeToken?.[0]?.Word).toEqualTypeOf<
        string | undefined
      >();
      break;
    case 'Translation':
      expectTypeOf(d.Operation?.Translation?.Lang).toEqualTypeOf<string | undefined>();
      break;
    case 'MediaInfo':
      expectTypeOf(d.Operation?.MediaInfo?.Stream?.Audio).toEqualTypeOf<readonly AudioStream[] | undefined>();
      break;
    case 'DocProcess':
      expectTypeOf(d.Operation?.DocProcessResult?.PageInfo).toEqualTypeOf<
        readonly DocProcessPageInfo[] | undefined
      >();
      break;
    case 'FileCompress':
      expectTypeOf(d.Operation?.FileCompressConfig?.Key).toEqualTypeOf<readonly string[] | undefined>();
      break;
    case 'FileUncompress':
      expectTypeOf(d.Operation?.FileUncompressResult?.FileCount).toEqualTypeOf<string | undefined>();
      break;
    case 'FileHashCode':
      // An HTTP date: text, never a Date.
      expectTypeOf(d.Operation?.FileHashCodeResult?.LastModified).toEqualTypeOf<string | undefined>();
      break;
    case 'DigitalWatermark':
    case 'Animation':
    case 'Concat':
    case 'SmartCover':
    case 'VoiceSeparate':
    case 'VideoMontage':
    case 'Segment':
    case 'SDRtoHDR':
    case 'VideoProcess':
    case 'QualityEstimate':
    case 'NoiseReduction':
    case 'SpeechRecognition':
      expectTypeOf(d.Operation?.MediaResult?.OutputFile?.Md5Info?.[0]?.Md5).toEqualTypeOf<
        string | undefined
      >();
      break;
    default:
      // Every known Tag has a case above, so only the unknown-Tag member is left.
      expectTypeOf(d).toEqualTypeOf<UnknownJob>();
      expectTypeOf(d.Tag).toEqualTypeOf<UnknownTag>();
      expectTypeOf(d.Operation).toEqualTypeOf<UnknownNodes | undefined>();
      expectTypeOf(String(d.Tag)).toEqualTypeOf<string>();
  }
}

export function narrowsByEvent(res: CallbackResponse): void {
  if (res.EventName === 'WorkflowFinish') {
    expectTypeOf(res.WorkflowExecution.RunId).toEqualTypeOf<string>();
    expectTypeOf(res.WorkflowExecution.Tasks).toEqualTypeOf<readonly WorkflowTask[] | undefined>();
    expectTypeOf(res.WorkflowExecution.CreateTime).toEqualTypeOf<Date | undefined>();
    // @ts-expect-error a WorkflowFinish body has no JobsDetail
    void res.JobsDetail;
  } else {
    expectTypeOf(res.JobsDetail.JobId).toEqualTypeOf<string>();
    expectTypeOf(res.JobsDetail.CreationTime).toEqualTypeOf<Date | undefined>();
    if (res.JobsDetail.Tag === 'Transcode')
      expectTypeOf(res.JobsDetail.Operation?.MediaResult?.OutputFile?.ObjectName).toEqualTypeOf<
        readonly string[] | undefined
      >();
  }
}

export function unknownTagsAreNotKnownTags(): void {
  expectTypeOf<UnknownTag>().not.toMatchTypeOf<KnownTag>();
  expectTypeOf<'Transcode'>().not.toMatchTypeOf<UnknownTag>();
  expectTypeOf<KnownTag>().toEqualTypeOf<Exclude<JobsDetail['Tag'], UnknownTag>>();
}

// Why the unknown member is typed the way it is: a `Tag` that admits every string (plain `string`,
// `string & {}`, or `string` with a brand) makes every `case` keep every member, so nothing narrows.
declare const brand: unique symbol;
interface Typed {
  readonly Tag: 'Typed';
  readonly Operation: { readonly Result: string };
}
interface Loose<T> {
  readonly Tag: T;
  readonly Operation: unknown;
}
type WithPlainString = Typed | Loose<string>;
type WithStringAndEmpty = Typed | Loose<string & Record<never, never>>;
type WithBrandedString = Typed | Loose<string & { readonly [brand]: true }>;
type WithBrandedStringObject = Typed | Loose<UnknownTag>;

export function plainStringMembersBreakNarrowing(
  a: WithPlainString,
  b: WithStringAndEmpty,
  c: WithBrandedString,
  d: WithBrandedStringObject,
): void {
  switch (a.Tag) {
    case 'Typed':
      expectTypeOf(a).toEqualTypeOf<WithPlainString>(); // not narrowed
      // @ts-expect-error Operation is still `unknown` on one member
      void a.Operation.Result;
  }
  switch (b.Tag) {
    case 'Typed':
      expectTypeOf(b).toEqualTypeOf<WithStringAndEmpty>(); // not narrowed
  }
  switch (c.Tag) {
    case 'Typed':
      expectTypeOf(c).toEqualTypeOf<WithBrandedString>(); // not narrowed either
  }
  switch (d.Tag) {
    case 'Typed':
      expectTypeOf(d).toEqualTypeOf<Typed>(); // narrowed: the design this library uses
      expectTypeOf(d.Operation.Result).toEqualTypeOf<string>();
      break;
    default:
      expectTypeOf(d).toEqualTypeOf<Loose<UnknownTag>>();
  }
}

// Each hand-written interface equals what its codec decodes to, as the compiler infers it (the `t.Type<X>`
// annotation alone would let a codec miss an optional node).
export function interfacesMatchCodecs(): void {
  expectTypeOf<Decoded<typeof mediaFormatNodes>>().branded.toEqualTypeOf<MediaFormat>();
  expectTypeOf<Decoded<typeof audioStreamNodes>>().branded.toEqualTypeOf<AudioStream>();
  expectTypeOf<Decoded<typeof videoStreamNodes>>().branded.toEqualTypeOf<VideoStream>();
  expectTypeOf<Decoded<typeof mediaStreamsNodes>>().branded.toEqualTypeOf<MediaStreams>();
  expectTypeOf<Decoded<typeof outputFilesNodes>>().branded.toEqualTypeOf<OutputFiles>();
  expectTypeOf<Decoded<typeof jobOutputNodes>>().branded.toEqualTypeOf<JobOutput>();
  expectTypeOf<Decoded<typeof digitalWatermarkNodes>>().branded.toEqualTypeOf<DigitalWatermark>();
  expectTypeOf<Decoded<typeof segmentNodes>>().branded.toEqualTypeOf<Segment>();
  expectTypeOf<Decoded<typeof videoTagDataNodes>>().branded.toEqualTypeOf<VideoTagData>();
  expectTypeOf<
    DecodedOperation<typeof transcodeOperationNodes>
  >().branded.toEqualTypeOf<TranscodeOperation>();
  expectTypeOf<
    DecodedOperation<typeof digitalWatermarkOperationNodes>
  >().branded.toEqualTypeOf<DigitalWatermarkOperation>();
  expectTypeOf<
    DecodedOperation<typeof superResolutionOperationNodes>
  >().branded.toEqualTypeOf<SuperResolutionOperation>();
  expectTypeOf<
    DecodedOperation<typeof picProcessOperationNodes>
  >().branded.toEqualTypeOf<PicProcessOperation>();
}

describe('type-level tests', () => {
  it('are checked by tsc -p . (this file compiles only if they hold)', () => {
    expect(typeof narrowsByTag).toBe('function');
  });
});
