import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { mediaNodes, type MediaOperation } from './media';
import { UnknownNodesCodec, type UnknownNodes } from './unknown-node';
import { operation } from './operation';
import { struct } from './struct';
import { Text } from './text';

// The editing family: jobs that cut, split or pick from a media file (StreamExtract, Segment, SmartCover,
// VideoMontage, VoiceSeparate). Their results use the shared media nodes; their parameters are small nodes,
// typed where Tencent's SDKs name the leaves (unnamed children are kept as they came).

/** The `JobsDetail` of a StreamExtract job (each stream of a file written to its own file). */
export interface StreamExtractJob extends JobsDetailBase {
  readonly Tag: 'StreamExtract';
  /** The streams written are in `Output.StreamExtract`. */
  readonly Operation?: MediaOperation;
}

export const StreamExtractJobCodec = exactly<StreamExtractJob>()(
  knownJob('StreamExtract', operation('StreamExtract', mediaNodes)),
);

/** HLS encryption of a Segment job. */
export interface HlsEncrypt {
  /** `true` or `false`. */
  readonly IsHlsEncrypt?: string;
  /** The key's URI. */
  readonly UriKey?: string;
}

export const HlsEncryptCodec = exactly<HlsEncrypt>()(
  struct('HlsEncrypt', {}, { IsHlsEncrypt: Text, UriKey: Text }),
);

/** The parameters of a Segment job. `StartTime`/`EndTime` are seconds into the media, kept as text. */
export interface Segment {
  /** The segments' container, such as `hls` or `mp4`. */
  readonly Format?: string;
  /** Each segment's length in seconds. */
  readonly Duration?: string;
  /** The transcode index to segment. */
  readonly TranscodeIndex?: string;
  /** HLS encryption. */
  readonly HlsEncrypt?: HlsEncrypt;
  /** Where to start, in seconds (text, never a date). */
  readonly StartTime?: string;
  /** Where to end, in seconds (text, never a date). */
  readonly EndTime?: string;
}

export const segmentNodes = {
  Format: Text,
  Duration: Text,
  TranscodeIndex: Text,
  HlsEncrypt: HlsEncryptCodec,
  StartTime: Text,
  EndTime: Text,
};

export const SegmentCodec = exactly<Segment>()(struct('Segment', {}, segmentNodes));

/** The `Operation` of a Segment job. */
export interface SegmentOperation extends MediaOperation {
  /** The segmenting parameters. */
  readonly Segment?: Segment;
}

/** The `JobsDetail` of a Segment job (a file cut into segments). */
export interface SegmentJob extends JobsDetailBase {
  readonly Tag: 'Segment';
  readonly Operation?: SegmentOperation;
}

export const SegmentJobCodec = exactly<SegmentJob>()(
  knownJob('Segment', operation('Segment', { ...mediaNodes, Segment: SegmentCodec })),
);

/** The parameters of a SmartCover job. */
export interface SmartCover {
  /** The covers' image format, such as `jpg`. */
  readonly Format?: string;
  /** Width in pixels. */
  readonly Width?: string;
  /** Height in pixels. */
  readonly Height?: string;
  /** How many covers. */
  readonly Count?: string;
  /** `true` or `false`: drop near-identical covers. */
  readonly DeleteDuplicates?: string;
}

export const SmartCoverCodec = exactly<SmartCover>()(
  struct('SmartCover', {}, { Format: Text, Width: Text, Height: Text, Count: Text, DeleteDuplicates: Text }),
);

/** The `Operation` of a SmartCover job. */
export interface SmartCoverOperation extends MediaOperation {
  /** The cover parameters. */
  readonly SmartCover?: SmartCover;
}

/** The `JobsDetail` of a SmartCover job (the best frames picked as covers). */
export interface SmartCoverJob extends JobsDetailBase {
  readonly Tag: 'SmartCover';
  readonly Operation?: SmartCoverOperation;
}

export const SmartCoverJobCodec = exactly<SmartCoverJob>()(
  knownJob('SmartCover', operation('SmartCover', { ...mediaNodes, SmartCover: SmartCoverCodec })),
);

/** The `Operation` of a VideoMontage job. */
export interface VideoMontageOperation extends MediaOperation {
  /** The montage parameters (`Container`, `Video`, `Audio`, `Duration`, `Scene`, ...), as plain data. */
  readonly VideoMontage?: UnknownNodes;
}

/** The `JobsDetail` of a VideoMontage job (highlights cut from a video). */
export interface VideoMontageJob extends JobsDetailBase {
  readonly Tag: 'VideoMontage';
  readonly Operation?: VideoMontageOperation;
}

export const VideoMontageJobCodec = exactly<VideoMontageJob>()(
  knownJob('VideoMontage', operation('VideoMontage', { ...mediaNodes, VideoMontage: UnknownNodesCodec })),
);

/** The audio parameters of a VoiceSeparate job. */
export interface VoiceSeparateAudioConfig {
  /** The codec, such as `aac`. */
  readonly Codec?: string;
  /** Sample rate in Hz. */
  readonly Samplerate?: string;
  /** Bit rate in kbit/s. */
  readonly Bitrate?: string;
  /** Number of channels. */
  readonly Channels?: string;
}

export const VoiceSeparateAudioConfigCodec = exactly<VoiceSeparateAudioConfig>()(
  struct('AudioConfig', {}, { Codec: Text, Samplerate: Text, Bitrate: Text, Channels: Text }),
);

/** The parameters of a VoiceSeparate job. */
export interface VoiceSeparate {
  /** `IsAudio` (voice), `IsBackground` or `AudioAndBackground`. */
  readonly AudioMode?: string;
  /** The output audio's parameters. */
  readonly AudioConfig?: VoiceSeparateAudioConfig;
}

export const VoiceSeparateCodec = exactly<VoiceSeparate>()(
  struct('VoiceSeparate', {}, { AudioMode: Text, AudioConfig: VoiceSeparateAudioConfigCodec }),
);

/** The `Operation` of a VoiceSeparate job; the background track's key is `Output.AuObject`. */
export interface VoiceSeparateOperation extends MediaOperation {
  /** The separation parameters. */
  readonly VoiceSeparate?: VoiceSeparate;
}

/** The `JobsDetail` of a VoiceSeparate job (voice and background split apart). */
export interface VoiceSeparateJob extends JobsDetailBase {
  readonly Tag: 'VoiceSeparate';
  readonly Operation?: VoiceSeparateOperation;
}

export const VoiceSeparateJobCodec = exactly<VoiceSeparateJob>()(
  knownJob('VoiceSeparate', operation('VoiceSeparate', { ...mediaNodes, VoiceSeparate: VoiceSeparateCodec })),
);
