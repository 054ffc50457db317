import { exactly } from './exactly';
import { many } from './many';
import { struct } from './struct';
import { Text } from './text';

/** The container of a media file, as CI's probe reports it. Every leaf is text, not normalised. */
export interface MediaFormat {
  /** Overall bit rate in kbit/s, such as `8867.172000`. */
  readonly Bitrate?: string;
  /** Duration in seconds, such as `13` or `13.654000`. */
  readonly Duration?: string;
  /** The container's long name, such as `QuickTime / MOV`. */
  readonly FormatLongName?: string;
  /** The container's short names, such as `mov,mp4,m4a,3gp,3g2,mj2`. */
  readonly FormatName?: string;
  /** Number of programs. */
  readonly NumProgram?: string;
  /** Number of streams. */
  readonly NumStream?: string;
  /** Size in bytes. */
  readonly Size?: string;
  /** Start offset in seconds (text, never a date). */
  readonly StartTime?: string;
}

export const mediaFormatNodes = {
  Bitrate: Text,
  Duration: Text,
  FormatLongName: Text,
  FormatName: Text,
  NumProgram: Text,
  NumStream: Text,
  Size: Text,
  StartTime: Text,
};

export const MediaFormatCodec = exactly<MediaFormat>()(struct('Format', {}, mediaFormatNodes));

/** One audio stream of a media file. */
export interface AudioStream {
  /** Bit rate, such as `128.726000`. */
  readonly Bitrate?: string;
  /** Number of channels. */
  readonly Channel?: string;
  /** Channel layout, such as `stereo`. */
  readonly ChannelLayout?: string;
  /** Codec long name, such as `AAC (Advanced Audio Coding)`. */
  readonly CodecLongName?: string;
  /** Codec name, such as `aac`. */
  readonly CodecName?: string;
  /** Codec tag as hex, such as `0x6134706d`. */
  readonly CodecTag?: string;
  /** Codec tag as text, such as `mp4a`. */
  readonly CodecTagString?: string;
  /** Codec time base, such as `1/44100`. */
  readonly CodecTimeBase?: string;
  /** Duration in seconds. */
  readonly Duration?: string;
  /** The stream's index in the file. */
  readonly Index?: string;
  /** Language code, such as `und`. */
  readonly Language?: string;
  /** Sample format, such as `fltp`. */
  readonly SampleFmt?: string;
  /** Sample rate in Hz. */
  readonly SampleRate?: string;
  /** Start offset in seconds (text, never a date). */
  readonly StartTime?: string;
  /** Time base, such as `1/44100`. */
  readonly Timebase?: string;
}

export const audioStreamNodes = {
  Bitrate: Text,
  Channel: Text,
  ChannelLayout: Text,
  CodecLongName: Text,
  CodecName: Text,
  CodecTag: Text,
  CodecTagString: Text,
  CodecTimeBase: Text,
  Duration: Text,
  Index: Text,
  Language: Text,
  SampleFmt: Text,
  SampleRate: Text,
  StartTime: Text,
  Timebase: Text,
};

export const AudioStreamCodec = exactly<AudioStream>()(struct('Audio', {}, audioStreamNodes));

/** One video stream of a media file. */
export interface VideoStream {
  /** Average frame rate, such as `25.000000`. */
  readonly AvgFps?: string;
  /** Bit rate. */
  readonly Bitrate?: string;
  /** Codec long name, such as `H.265 / HEVC (High Efficiency Video Coding)`. */
  readonly CodecLongName?: string;
  /** Codec name, such as `hevc`. */
  readonly CodecName?: string;
  /** Codec tag as hex, such as `0x31637668`. */
  readonly CodecTag?: string;
  /** Codec tag as text, such as `hvc1`. */
  readonly CodecTagString?: string;
  /** Codec time base, such as `1/50`. */
  readonly CodecTimeBase?: string;
  /** Colour primaries, such as `bt470bg`. */
  readonly ColorPrimaries?: string;
  /** Colour range, such as `tv`. */
  readonly ColorRange?: string;
  /** Colour transfer, such as `smpte170m`. */
  readonly ColorTransfer?: string;
  /** Display aspect ratio, such as `9:16`. */
  readonly Dar?: string;
  /** Duration in seconds. */
  readonly Duration?: string;
  /** Field order, such as `progressive`. */
  readonly FieldOrder?: string;
  /** Frame rate as sent: `50/1` or `15.083333`. */
  readonly Fps?: string;
  /** Number of B-frames. */
  readonly HasBFrame?: string;
  /** Height in pixels. */
  readonly Height?: string;
  /** The stream's index in the file. */
  readonly Index?: string;
  /** Language code, such as `und`. */
  readonly Language?: string;
  /** Codec level; can be `-99`. */
  readonly Level?: string;
  /** Number of frames. */
  readonly NumFrames?: string;
  /** Pixel format, such as `yuv420p`. */
  readonly PixFormat?: string;
  /** Codec profile, such as `Main`. */
  readonly Profile?: string;
  /** Number of reference frames. */
  readonly RefFrames?: string;
  /** Rotation in degrees, such as `0` or `0.000000`. */
  readonly Rotation?: string;
  /** Sample aspect ratio, such as `1:1`. */
  readonly Sar?: string;
  /** Start offset in seconds (text, never a date). */
  readonly StartTime?: string;
  /** Time base, such as `1/12800`. */
  readonly Timebase?: string;
  /** Width in pixels. */
  readonly Width?: string;
}

export const videoStreamNodes = {
  AvgFps: Text,
  Bitrate: Text,
  CodecLongName: Text,
  CodecName: Text,
  CodecTag: Text,
  CodecTagString: Text,
  CodecTimeBase: Text,
  ColorPrimaries: Text,
  ColorRange: Text,
  ColorTransfer: Text,
  Dar: Text,
  Duration: Text,
  FieldOrder: Text,
  Fps: Text,
  HasBFrame: Text,
  Height: Text,
  Index: Text,
  Language: Text,
  Level: Text,
  NumFrames: Text,
  PixFormat: Text,
  Profile: Text,
  RefFrames: Text,
  Rotation: Text,
  Sar: Text,
  StartTime: Text,
  Timebase: Text,
  Width: Text,
};

export const VideoStreamCodec = exactly<VideoStream>()(struct('Video', {}, videoStreamNodes));

/** One subtitle stream of a media file. */
export interface SubtitleStream {
  /** The stream's index in the file. */
  readonly Index?: string;
  /** Language code, such as `eng`. */
  readonly Language?: string;
}

export const SubtitleStreamCodec = exactly<SubtitleStream>()(
  struct('Subtitle', {}, { Index: Text, Language: Text }),
);

/** The streams of a media file; each kind is a list (XML repeats the element). */
export interface MediaStreams {
  /** The audio streams. */
  readonly Audio?: readonly AudioStream[];
  /** The video streams. */
  readonly Video?: readonly VideoStream[];
  /** The subtitle streams; usually an empty element, dropped. */
  readonly Subtitle?: readonly SubtitleStream[];
}

export const mediaStreamsNodes = {
  Audio: many(AudioStreamCodec),
  Video: many(VideoStreamCodec),
  Subtitle: many(SubtitleStreamCodec),
};

export const MediaStreamsCodec = exactly<MediaStreams>()(struct('Stream', {}, mediaStreamsNodes));

/** What CI's probe found in a media file (`Operation.MediaInfo`), shared by every media job. */
export interface MediaInfo {
  /** The container. */
  readonly Format?: MediaFormat;
  /** The streams. */
  readonly Stream?: MediaStreams;
}

export const MediaInfoCodec = exactly<MediaInfo>()(
  struct('MediaInfo', {}, { Format: MediaFormatCodec, Stream: MediaStreamsCodec }),
);
