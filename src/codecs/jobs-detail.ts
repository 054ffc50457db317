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
import { exactly, type ExactCodec } from './exactly';
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
import { UnknownNodesCodec, type UnknownNodes } from './unknown-node';
import { PicProcessJobCodec, type PicProcessJob } from './picture';
import { SpeechRecognitionJobCodec, TtsJobCodec, type SpeechRecognitionJob, type TtsJob } from './speech';
import { SingleText } from './text';
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

const UnknownJobCodec = exactly<UnknownJob>()(
  job('unknown Tag', SingleText as unknown as t.Type<UnknownTag, string, unknown>, UnknownNodesCodec),
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

/**
 * The `JobsDetail` of a job with the Tag `Tag` (of any of them, for a union of Tags): `JobOf<'Transcode'>` is
 * {@link TranscodeJob}. For code that handles one job type after `switch (d.Tag)` has narrowed it.
 *
 * @example
 * ```ts
 * import type { JobOf } from 'cos-ci-callback';
 *
 * function outputKeys(job: JobOf<'Transcode' | 'Snapshot'>): readonly string[] {
 *   return job.Operation?.MediaResult?.OutputFile?.ObjectName ?? [];
 * }
 * ```
 */
export type JobOf<Tag extends KnownTag> = Extract<KnownJob, { readonly Tag: Tag }>;

/** The detail of a finished job, narrowed by `Tag`: `switch (d.Tag)` types each job's `Operation`. */
export type JobsDetail = KnownJob | UnknownJob;

/**
 * The codec of each known Tag; the `satisfies` makes the compiler insist on one entry per {@link KnownTag},
 * each declared through `exactly` as the codec of that Tag's job.
 */
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
} satisfies { readonly [Tag in KnownTag]: ExactCodec<JobOf<Tag>> };

/**
 * The Tags this version models, in SPEC.md's order: a job with one of them decodes to its own type, with a
 * typed `Operation`; a job with any other Tag decodes to an {@link UnknownJob}.
 *
 * @example
 * ```ts
 * import { KNOWN_TAGS } from 'cos-ci-callback';
 *
 * // Say which job types this deployment handles with typed Operations, e.g. in a health check.
 * app.get('/health', (c) => c.json({ ok: true, typedJobTypes: KNOWN_TAGS }));
 * ```
 */
export const KNOWN_TAGS: readonly KnownTag[] = Object.freeze(Object.keys(knownCodecs) as KnownTag[]);

const known = new Map<string, t.Mixed>(Object.entries(knownCodecs));

/**
 * Whether this version models `tag` (one of {@link KNOWN_TAGS}): a job with that Tag decodes to its own type
 * rather than to an {@link UnknownJob}. Takes any string, or a decoded job's `Tag` as it is.
 *
 * @example
 * ```ts
 * import { isKnownTag } from 'cos-ci-callback';
 *
 * const tag = new URL(request.url).searchParams.get('tag') ?? '';
 * if (!isKnownTag(tag)) return new Response(`no typed callbacks for job type ${tag}`, { status: 400 });
 * await submitJob(tag); // tag: KnownTag
 * ```
 */
export function isKnownTag(tag: string | UnknownTag): tag is KnownTag {
  return known.has(String(tag));
}

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
