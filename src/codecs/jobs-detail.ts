import type * as t from 'io-ts';
import {
  MediaInfoJobCodec,
  QualityEstimateJobCodec,
  type MediaInfoJob,
  type QualityEstimateJob,
} from './analysis';
import { dispatch } from './dispatch';
import { DocProcessJobCodec, type DocProcessJob } from './doc-process';
import {
  SegmentJobCodec,
  SmartCoverJobCodec,
  StreamExtractJobCodec,
  VideoMontageJobCodec,
  VoiceSeparateJobCodec,
  type SegmentJob,
  type SmartCoverJob,
  type StreamExtractJob,
  type VideoMontageJob,
  type VoiceSeparateJob,
} from './editing';
import {
  NoiseReductionJobCodec,
  SDRtoHDRJobCodec,
  SuperResolutionJobCodec,
  VideoProcessJobCodec,
  type NoiseReductionJob,
  type SDRtoHDRJob,
  type SuperResolutionJob,
  type VideoProcessJob,
} from './enhance';
import {
  FileCompressJobCodec,
  FileHashCodeJobCodec,
  FileUncompressJobCodec,
  type FileCompressJob,
  type FileHashCodeJob,
  type FileUncompressJob,
} from './file-process';
import { job, type JobsDetailBase } from './job';
import {
  TranslationJobCodec,
  WordsGeneralizeJobCodec,
  type TranslationJob,
  type WordsGeneralizeJob,
} from './language';
import { UnknownNodesCodec, type UnknownNodes } from './node';
import { PicProcessJobCodec, type PicProcessJob } from './picture';
import { SpeechRecognitionJobCodec, TtsJobCodec, type SpeechRecognitionJob, type TtsJob } from './speech';
import { Text } from './text';
import {
  AnimationJobCodec,
  ConcatJobCodec,
  SnapshotJobCodec,
  TranscodeJobCodec,
  type AnimationJob,
  type ConcatJob,
  type SnapshotJob,
  type TranscodeJob,
} from './transcode';
import { VideoTagJobCodec, type VideoTagJob } from './video-tag';
import {
  DigitalWatermarkJobCodec,
  ExtractDigitalWatermarkJobCodec,
  type DigitalWatermarkJob,
  type ExtractDigitalWatermarkJob,
} from './watermark';

declare const unknownTag: unique symbol;

/**
 * A `Tag` this version does not model; at run time a plain string (use `String(d.Tag)` to get it as one).
 * Typed as a branded `String` object so that `switch (d.Tag)` narrows: TypeScript finds a string literal
 * comparable to any type that contains the `string` primitive (`string`, `string & {}`, `string & Brand`,
 * `Lowercase<string>`), and one such member in the union stops every `case` from narrowing.
 */
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- the wrapper type is the point, see above
export type UnknownTag = String & { readonly [unknownTag]: true };

/** The `JobsDetail` of a job type this version does not model; its `Operation` is kept as plain data. */
export interface UnknownJob extends JobsDetailBase {
  readonly Tag: UnknownTag;
  readonly Operation?: UnknownNodes;
}

const UnknownJobCodec: t.Type<UnknownJob, unknown> = job(
  'unknown Tag',
  Text as unknown as t.Type<UnknownTag, string, unknown>,
  UnknownNodesCodec,
);

/** The `JobsDetail` of a job type this version models, one member per `Tag`. */
export type KnownJob =
  | ExtractDigitalWatermarkJob
  | DigitalWatermarkJob
  | TranscodeJob
  | SnapshotJob
  | AnimationJob
  | ConcatJob
  | SmartCoverJob
  | VoiceSeparateJob
  | VideoMontageJob
  | SegmentJob
  | SDRtoHDRJob
  | VideoProcessJob
  | SuperResolutionJob
  | StreamExtractJob
  | MediaInfoJob
  | QualityEstimateJob
  | NoiseReductionJob
  | TtsJob
  | VideoTagJob
  | PicProcessJob
  | SpeechRecognitionJob
  | TranslationJob
  | WordsGeneralizeJob
  | FileCompressJob
  | FileUncompressJob
  | FileHashCodeJob
  | DocProcessJob;

/** A `Tag` this version models. */
export type KnownTag = KnownJob['Tag'];

/** The detail of a finished job, narrowed by `Tag`: `switch (d.Tag)` types each job's `Operation`. */
export type JobsDetail = KnownJob | UnknownJob;

/** The codec of each known Tag; the `satisfies` makes the compiler insist on one entry per {@link KnownTag}. */
const knownCodecs = {
  ExtractDigitalWatermark: ExtractDigitalWatermarkJobCodec,
  DigitalWatermark: DigitalWatermarkJobCodec,
  Transcode: TranscodeJobCodec,
  Snapshot: SnapshotJobCodec,
  Animation: AnimationJobCodec,
  Concat: ConcatJobCodec,
  SmartCover: SmartCoverJobCodec,
  VoiceSeparate: VoiceSeparateJobCodec,
  VideoMontage: VideoMontageJobCodec,
  Segment: SegmentJobCodec,
  SDRtoHDR: SDRtoHDRJobCodec,
  VideoProcess: VideoProcessJobCodec,
  SuperResolution: SuperResolutionJobCodec,
  StreamExtract: StreamExtractJobCodec,
  MediaInfo: MediaInfoJobCodec,
  QualityEstimate: QualityEstimateJobCodec,
  NoiseReduction: NoiseReductionJobCodec,
  Tts: TtsJobCodec,
  VideoTag: VideoTagJobCodec,
  PicProcess: PicProcessJobCodec,
  SpeechRecognition: SpeechRecognitionJobCodec,
  Translation: TranslationJobCodec,
  WordsGeneralize: WordsGeneralizeJobCodec,
  FileCompress: FileCompressJobCodec,
  FileUncompress: FileUncompressJobCodec,
  FileHashCode: FileHashCodeJobCodec,
  DocProcess: DocProcessJobCodec,
} satisfies { readonly [Tag in KnownTag]: t.Type<Extract<KnownJob, { Tag: Tag }>, unknown> };

/** The Tags this version models, in SPEC.md's order. */
export const KNOWN_TAGS = Object.keys(knownCodecs) as readonly KnownTag[];

const known = new Map<string, t.Mixed>(Object.entries(knownCodecs));

const tagOf = (u: unknown): unknown =>
  typeof u === 'object' && u !== null ? (u as { Tag?: unknown }).Tag : undefined;

export const JobsDetailCodec = dispatch<JobsDetail>(
  'JobsDetail',
  (u) => {
    const tag = tagOf(u);
    if (typeof tag !== 'string' || tag === '') return UnknownJobCodec; // reports the missing Tag with the rest
    return known.get(tag) ?? UnknownJobCodec;
  },
  'an object (JobsDetail)',
  () => [...known.values(), UnknownJobCodec],
);
