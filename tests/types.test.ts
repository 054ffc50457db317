import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectTypeOf } from 'expect-type';
import type * as t from 'io-ts';
import { isKnownTag, KNOWN_TAGS } from '../src/index';
import type {
  AudioStream,
  MediaCallback,
  DigitalWatermark,
  DigitalWatermarkOperation,
  DocProcessPageInfo,
  ExtractDigitalWatermarkJob,
  JobInput,
  JobOf,
  JobOutput,
  JobsDetail,
  KnownJob,
  KnownTag,
  MediaFormat,
  MediaStreams,
  OutputFileBase,
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
import * as analysis from '../src/codecs/analysis';
import * as digitalWatermark from '../src/codecs/digital-watermark';
import type { digitalWatermarkNodes } from '../src/codecs/digital-watermark';
import type { DispatchC } from '../src/codecs/dispatch';
import * as docProcess from '../src/codecs/doc-process';
import * as fileProcess from '../src/codecs/file-process';
import * as moderationAudio from '../src/codecs/moderation/audio';
import * as moderationCommon from '../src/codecs/moderation/common';
import * as moderationDocument from '../src/codecs/moderation/document';
import * as moderationHtml from '../src/codecs/moderation/html';
import * as moderationImage from '../src/codecs/moderation/image';
import * as moderationScenes from '../src/codecs/moderation/scenes';
import * as moderationSimple from '../src/codecs/moderation/simple';
import * as moderationText from '../src/codecs/moderation/text';
import * as moderationVideo from '../src/codecs/moderation/video';
import * as editing from '../src/codecs/editing';
import * as enhance from '../src/codecs/enhance';
import { exactly, type ExactCodec } from '../src/codecs/exactly';
import * as job from '../src/codecs/job';
import * as jobsDetail from '../src/codecs/jobs-detail';
import * as jobsResponse from '../src/codecs/jobs-response';
import * as language from '../src/codecs/language';
import { many } from '../src/codecs/many';
import * as mediaInfo from '../src/codecs/media-info';
import * as mediaResult from '../src/codecs/media-result';
import * as operation from '../src/codecs/operation';
import * as output from '../src/codecs/output';
import * as picture from '../src/codecs/picture';
import * as response from '../src/codecs/response';
import * as speech from '../src/codecs/speech';
import { struct } from '../src/codecs/struct';
import { Text } from '../src/codecs/text';
import * as transcode from '../src/codecs/transcode';
import * as videoTag from '../src/codecs/video-tag';
import * as watermark from '../src/codecs/watermark';
import * as workflowExecution from '../src/codecs/workflow-execution';
import type { segmentNodes } from '../src/codecs/editing';
import type { superResolutionOperationNodes } from '../src/codecs/enhance';
import type {
  audioStreamNodes,
  mediaFormatNodes,
  mediaStreamsNodes,
  videoStreamNodes,
} from '../src/codecs/media-info';
import type { outputFileBaseNodes } from '../src/codecs/media-result';
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

export function narrowsByEvent(res: MediaCallback): void {
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
  expectTypeOf<Decoded<typeof outputFileBaseNodes>>().branded.toEqualTypeOf<OutputFileBase>();
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

// Every codec is declared through `exactly`, which rejects any difference from its interface (see
// tests/exactly.test.ts). The case that found the gap: JobInput's codec without `Lang` was accepted by the
// `t.Type<JobInput, unknown>` annotation (each type is assignable to the other), and
// `<Lang><Code>en</Code></Lang>` then decoded to an object typed `string`.
export function aCodecMissingAnOptionalNodeDoesNotCompile(): void {
  const withoutLang = struct(
    'JobInput',
    {},
    {
      BucketId: Text,
      Bucket: Text,
      Object: Text,
      Region: Text,
      CosHeaders: many(job.CosHeaderCodec),
      Type: Text,
      BasicType: Text,
    },
  );
  const annotated: t.Type<JobInput, unknown> = withoutLang;
  // @ts-expect-error { readonly Lang: "missing from the codec" }
  const checked = exactly<JobInput>()(withoutLang);
  void [annotated, checked];
}

/** The modules that declare the codecs of interfaces, by file name. */
const modelModules = {
  analysis,
  'doc-process': docProcess,
  'file-process': fileProcess,
  'moderation/audio': moderationAudio,
  'moderation/common': moderationCommon,
  'moderation/document': moderationDocument,
  'moderation/html': moderationHtml,
  'moderation/image': moderationImage,
  'moderation/scenes': moderationScenes,
  'moderation/simple': moderationSimple,
  'moderation/text': moderationText,
  'moderation/video': moderationVideo,
  'digital-watermark': digitalWatermark,
  editing,
  enhance,
  job,
  'jobs-detail': jobsDetail,
  'jobs-response': jobsResponse,
  language,
  'media-info': mediaInfo,
  'media-result': mediaResult,
  operation,
  output,
  picture,
  response,
  speech,
  transcode,
  'video-tag': videoTag,
  watermark,
  'workflow-execution': workflowExecution,
};

/** A module's exported codecs not declared through `exactly` (a dispatch's type is its members' union). */
type Unchecked<M> = {
  [K in keyof M]: M[K] extends t.Mixed
    ? M[K] extends ExactCodec<t.TypeOf<M[K]>> | DispatchC<t.TypeOf<M[K]>>
      ? never
      : K
    : never;
}[keyof M];

type Modules = typeof modelModules;

/** `module.Name` of each such codec: the compiler names any in the error below. */
type UncheckedCodecs = { [M in keyof Modules]: `${M}.${Unchecked<Modules[M]> & string}` }[keyof Modules];

export function everyCodecIsDeclaredThroughExactly(unchecked: UncheckedCodecs): never {
  return unchecked;
}

export function publicTagHelpers(tag: string, detail: JobsDetail): void {
  expectTypeOf<JobOf<'Transcode'>>().toEqualTypeOf<TranscodeJob>();
  expectTypeOf<JobOf<'Transcode' | 'Snapshot'>>().toEqualTypeOf<TranscodeJob | SnapshotJob>();
  expectTypeOf<JobOf<KnownTag>>().toEqualTypeOf<KnownJob>();
  expectTypeOf<{ [T in KnownTag]: JobOf<T>['Tag'] }>().toEqualTypeOf<{ [T in KnownTag]: T }>();
  // @ts-expect-error a Tag this version does not model has no JobOf
  expectTypeOf<JobOf<'SomeNewTag'>>();

  expectTypeOf(KNOWN_TAGS).toEqualTypeOf<readonly KnownTag[]>();
  // @ts-expect-error the list is read-only (and frozen)
  KNOWN_TAGS.push('Transcode');

  if (isKnownTag(tag)) expectTypeOf(tag).toEqualTypeOf<KnownTag>();
  else expectTypeOf(tag).toEqualTypeOf<string>();
  const decoded = detail.Tag;
  if (isKnownTag(decoded)) expectTypeOf(decoded).toEqualTypeOf<KnownTag>();
  else expectTypeOf(decoded).toEqualTypeOf<UnknownTag>();
}

/** Every public name of 0.1 that was renamed still works, as the very type of its new name. */
export function renamedNamesKeepTheirOldOnes(): void {
  expectTypeOf<OutputFiles>().toEqualTypeOf<OutputFileBase>();
}

describe('type-level tests', () => {
  it('are checked by tsc -p . (this file compiles only if they hold)', () => {
    expect(typeof narrowsByTag).toBe('function');
  });

  it('the audit lists every module under src/codecs/ that declares a codec', () => {
    const dir = resolve(__dirname, '../src/codecs');
    const builder = /^import \{[^}]*\b(?:struct|job|knownJob)\b[^}]*\} from '\.\.?\/(?:struct|job)';$/m;
    const declaring = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && builder.test(readFileSync(join(dir, file), 'utf8')))
      .map((file) => file.replace(/\\/g, '/').replace(/\.ts$/, ''));
    expect(Object.keys(modelModules).sort()).toEqual(declaring.sort());
  });
});
