import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { many } from './many';
import { operation, type JobOperation } from './operation';
import { struct } from './struct';
import { Text } from './text';

// The VideoTag job and its result. Every `StartTime`/`EndTime`/`TimeStamp` here is seconds into the video,
// kept as text (never a date). Children Tencent's SDK names are typed; the rest are kept as they came.

/** A span of the video where a tag shows, in seconds. */
export interface VideoTagTimeInfo {
  /** Start, in seconds (text). */
  readonly StartTime?: string;
  /** End, in seconds (text). */
  readonly EndTime?: string;
}

export const VideoTagTimeInfoCodec = exactly<VideoTagTimeInfo>()(
  struct('TimeInfo', {}, { StartTime: Text, EndTime: Text }),
);

/** One tag found in the video. */
export interface VideoTagTag {
  /** The tag, such as `海滩`. */
  readonly Tag?: string;
  /** The tag's class. */
  readonly TagCls?: string;
  /** Confidence, as text. */
  readonly Confidence?: string;
  /** Where in the video the tag shows. */
  readonly TimeInfo?: readonly VideoTagTimeInfo[];
}

export const VideoTagTagCodec = exactly<VideoTagTag>()(
  struct('Tags', {}, { Tag: Text, TagCls: Text, Confidence: Text, TimeInfo: many(VideoTagTimeInfoCodec) }),
);

/** A bounding box in a frame. */
export interface VideoTagBBox {
  /** Left. */
  readonly X1?: string;
  /** Right. */
  readonly X2?: string;
  /** Top. */
  readonly Y1?: string;
  /** Bottom. */
  readonly Y2?: string;
}

export const VideoTagBBoxCodec = exactly<VideoTagBBox>()(
  struct('BBox', {}, { X1: Text, X2: Text, Y1: Text, Y2: Text }),
);

/** A person or object found at one moment. */
export interface VideoTagDetection {
  /** The moment, in seconds (text). */
  readonly TimeStamp?: string;
  /** Who or what. */
  readonly Name?: string;
  /** Confidence, as text. */
  readonly Confidence?: string;
  /** Where in the frame. */
  readonly BBox?: readonly VideoTagBBox[];
}

export const VideoTagDetectionCodec = exactly<VideoTagDetection>()(
  struct('Detection', {}, { TimeStamp: Text, Name: Text, Confidence: Text, BBox: many(VideoTagBBoxCodec) }),
);

/** A person found in the video. */
export interface VideoTagPerson {
  /** The person's name. */
  readonly Name?: string;
  /** Confidence, as text. */
  readonly Confidence?: string;
  /** How many times the person shows. */
  readonly Count?: string;
  /** Each sighting. */
  readonly DetailPerSecond?: readonly VideoTagDetection[];
}

export const VideoTagPersonCodec = exactly<VideoTagPerson>()(
  struct(
    'PersonTags',
    {},
    { Name: Text, Confidence: Text, Count: Text, DetailPerSecond: many(VideoTagDetectionCodec) },
  ),
);

/** A scene or an action over a span of the video. */
export interface VideoTagSpan {
  /** The tags of the span. */
  readonly Tags?: readonly VideoTagTag[];
  /** Frames of the span (scene tags). */
  readonly ClipFrameResult?: readonly string[];
  /** Start, in seconds (text, never a date). */
  readonly StartTime?: string;
  /** End, in seconds (text, never a date). */
  readonly EndTime?: string;
  /** Index of the first frame. */
  readonly StartIndex?: string;
  /** Index of the last frame. */
  readonly EndIndex?: string;
}

export const VideoTagSpanCodec = exactly<VideoTagSpan>()(
  struct(
    'PlaceTags',
    {},
    {
      Tags: many(VideoTagTagCodec),
      ClipFrameResult: many(Text),
      StartTime: Text,
      EndTime: Text,
      StartIndex: Text,
      EndIndex: Text,
    },
  ),
);

/** Objects found at one moment. */
export interface VideoTagObjects {
  /** The objects. */
  readonly Objects?: readonly VideoTagDetection[];
  /** The moment, in seconds (text). */
  readonly TimeStamp?: string;
}

export const VideoTagObjectsCodec = exactly<VideoTagObjects>()(
  struct('ObjectTags', {}, { Objects: many(VideoTagDetectionCodec), TimeStamp: Text }),
);

/** A two-level label of the whole video. */
export interface VideoTagLabel {
  /** First-level label. */
  readonly First?: string;
  /** Second-level label. */
  readonly Second?: string;
  /** Confidence, as text. */
  readonly Confidence?: string;
}

export const VideoTagLabelCodec = exactly<VideoTagLabel>()(
  struct('Labels', {}, { First: Text, Second: Text, Confidence: Text }),
);

/** The tags found, by kind; each kind is a list. Kinds this version does not name are kept as they came. */
export interface VideoTagData {
  /** Tags of the whole video. */
  readonly Tags?: readonly VideoTagTag[];
  /** People. */
  readonly PersonTags?: readonly VideoTagPerson[];
  /** Scenes, each over a span. */
  readonly PlaceTags?: readonly VideoTagSpan[];
  /** Actions, each over a span. */
  readonly ActionTags?: readonly VideoTagSpan[];
  /** Objects, by moment. */
  readonly ObjectTags?: readonly VideoTagObjects[];
  /** Two-level labels. */
  readonly Labels?: readonly VideoTagLabel[];
}

export const videoTagDataNodes = {
  Tags: many(VideoTagTagCodec),
  PersonTags: many(VideoTagPersonCodec),
  PlaceTags: many(VideoTagSpanCodec),
  ActionTags: many(VideoTagSpanCodec),
  ObjectTags: many(VideoTagObjectsCodec),
  Labels: many(VideoTagLabelCodec),
};

export const VideoTagDataCodec = exactly<VideoTagData>()(struct('Data', {}, videoTagDataNodes));

/** The result stream of a VideoTag job. */
export interface VideoTagStreamData {
  /** The tags found. */
  readonly Data?: VideoTagData;
  /** A sub error code, `0` when none. */
  readonly SubErrCode?: string;
  /** The sub error's message. */
  readonly SubErrMsg?: string;
}

export const VideoTagStreamDataCodec = exactly<VideoTagStreamData>()(
  struct('StreamData', {}, { Data: VideoTagDataCodec, SubErrCode: Text, SubErrMsg: Text }),
);

/** The result of a VideoTag job. */
export interface VideoTagResult {
  /** The result stream. */
  readonly StreamData?: VideoTagStreamData;
}

export const VideoTagResultCodec = exactly<VideoTagResult>()(
  struct('VideoTagResult', {}, { StreamData: VideoTagStreamDataCodec }),
);

/** The parameters of a VideoTag job. */
export interface VideoTag {
  /** `Stream` (video) or `ShortVideo`. */
  readonly Scenario?: string;
}

export const VideoTagCodec = exactly<VideoTag>()(struct('VideoTag', {}, { Scenario: Text }));

/** The `Operation` of a VideoTag job. */
export interface VideoTagOperation extends JobOperation {
  /** The tagging parameters. */
  readonly VideoTag?: VideoTag;
  /** The tags found. */
  readonly VideoTagResult?: VideoTagResult;
}

/** The `JobsDetail` of a VideoTag job (tags, people, scenes and actions found in a video). */
export interface VideoTagJob extends JobsDetailBase {
  readonly Tag: 'VideoTag';
  readonly Operation?: VideoTagOperation;
}

export const VideoTagJobCodec = exactly<VideoTagJob>()(
  knownJob(
    'VideoTag',
    operation('VideoTag', { VideoTag: VideoTagCodec, VideoTagResult: VideoTagResultCodec }),
  ),
);
