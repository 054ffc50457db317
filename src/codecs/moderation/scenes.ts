import type * as t from 'io-ts';
import { Integer } from '../integer';
import { many } from '../many';
import { struct } from '../struct';
import { Text } from '../text';
import { exactly } from '../exactly';

/**
 * Where a hit is in an image, in pixels. Tencent's SDKs type these as decimal numbers (not Integer), so they
 * stay text exactly as sent.
 */
export interface SceneLocation {
  /** The box's left edge. */
  readonly X?: string;
  /** The box's top edge. */
  readonly Y?: string;
  /** The box's width. */
  readonly Width?: string;
  /** The box's height. */
  readonly Height?: string;
  /** The box's rotation, in degrees. */
  readonly Rotate?: string;
}

export const SceneLocationCodec = exactly<SceneLocation>()(
  struct('Location', {}, { X: Text, Y: Text, Width: Text, Height: Text, Rotate: Text }),
);

/** Text found in an image (OCR) that hit the scene. */
export interface OcrResult {
  /** The text read. */
  readonly Text?: string;
  /** The keywords of the text that hit, one per item. */
  readonly Keywords?: readonly string[];
  /** The finer label of the hit. */
  readonly SubLabel?: string;
  /** Where the text is. */
  readonly Location?: SceneLocation;
}

export const OcrResultCodec = exactly<OcrResult>()(
  struct('OcrResult', {}, { Text: Text, Keywords: many(Text), SubLabel: Text, Location: SceneLocationCodec }),
);

/** An object found in an image (a logo, a QR code, a person) that hit the scene. */
export interface ObjectResult {
  /** The object's name. */
  readonly Name?: string;
  /** The finer label of the hit. */
  readonly SubLabel?: string;
  /** Where the object is. */
  readonly Location?: SceneLocation;
}

export const ObjectResultCodec = exactly<ObjectResult>()(
  struct('ObjectResult', {}, { Name: Text, SubLabel: Text, Location: SceneLocationCodec }),
);

/** A hit in a risk library (Tencent's or the user's own). */
export interface LibResult {
  /** The matching image in an image library. */
  readonly ImageId?: string;
  /** The library's kind: 1 Tencent's, 2 the user's own. */
  readonly LibType?: number;
  /** The library's name. */
  readonly LibName?: string;
  /** The library's keywords that hit, one per item. */
  readonly Keywords?: readonly string[];
  /** How sure the match is, 0 to 100. */
  readonly Score?: number;
}

export const LibResultCodec = exactly<LibResult>()(
  struct(
    'LibResult',
    {},
    { ImageId: Text, LibType: Integer, LibName: Text, Keywords: many(Text), Score: Integer },
  ),
);

/** A language or speaker recognised in audio. */
export interface LanguageResult {
  /** The language or speaker trait recognised. */
  readonly Label?: string;
  /** How sure the recognition is, 0 to 100. */
  readonly Score?: number;
  /** Where the stretch starts, in milliseconds. */
  readonly StartTime?: number;
  /** Where the stretch ends, in milliseconds. */
  readonly EndTime?: number;
}

export const LanguageResultCodec = exactly<LanguageResult>()(
  struct('LanguageResult', {}, { Label: Text, Score: Integer, StartTime: Integer, EndTime: Integer }),
);

/** What every scene block holds, whatever the kind of content. */
export interface SceneInfoBase {
  /** The scene's own error code, when its check failed. */
  readonly Code?: number;
  /** The scene's own error message. */
  readonly Msg?: string;
  /** The scene's verdict: 0 normal, 1 a confirmed hit, 2 a suspected hit. */
  readonly HitFlag?: number;
  /** How sure the verdict is, 0 to 100: [0, 60] normal, [61, 90] suspect, [91, 100] sensitive. */
  readonly Score?: number;
  /** How many snapshots, sections or pages hit the scene. */
  readonly Count?: number;
  /** The scene's label, such as `Porn`. */
  readonly Label?: string;
  /** The second-level label of the hit. */
  readonly Category?: string;
  /** The finest label of the hit, such as `SexBehavior`. */
  readonly SubLabel?: string;
  /** Hits in risk libraries. */
  readonly LibResults?: readonly LibResult[];
}

/** One scene's result (`PornInfo`, `AdsInfo` ...) for an image, a video, audio, a document or a web page. */
export interface SceneInfo extends SceneInfoBase {
  /** The keywords that hit, one per item. */
  readonly Keywords?: readonly string[];
  /** Text in the image that hit. */
  readonly OcrResults?: readonly OcrResult[];
  /** Objects in the image that hit. */
  readonly ObjectResults?: readonly ObjectResult[];
  /** Speaker traits recognised in audio. */
  readonly SpeakerResults?: readonly LanguageResult[];
  /** Languages recognised in audio. */
  readonly RecognitionResults?: readonly LanguageResult[];
}

/** One scene's result for text (a text job, its sections, a web page's text). */
export interface TextSceneInfo extends SceneInfoBase {
  /** The keywords that hit, as one comma-separated string, exactly as sent. */
  readonly Keywords?: string;
}

const sceneInfoBaseNodes = {
  Code: Integer,
  Msg: Text,
  HitFlag: Integer,
  Score: Integer,
  Count: Integer,
  Label: Text,
  Category: Text,
  SubLabel: Text,
  LibResults: many(LibResultCodec),
};

export const sceneInfoNodes = {
  ...sceneInfoBaseNodes,
  Keywords: many(Text),
  OcrResults: many(OcrResultCodec),
  ObjectResults: many(ObjectResultCodec),
  SpeakerResults: many(LanguageResultCodec),
  RecognitionResults: many(LanguageResultCodec),
};

export const textSceneInfoNodes = { ...sceneInfoBaseNodes, Keywords: Text };

export const SceneInfoCodec = exactly<SceneInfo>()(struct('SceneInfo', {}, sceneInfoNodes));

export const TextSceneInfoCodec = exactly<TextSceneInfo>()(struct('SceneInfo', {}, textSceneInfoNodes));

/**
 * The scene blocks a result can carry, each typed `I`: every scene Tencent documents for any kind. Tencent adds
 * scenes; one this version does not name is kept as plain data (text leaves), like any unmodelled node.
 */
export interface Scenes<I> {
  /** Pornography. */
  readonly PornInfo?: I;
  /** Terrorism and violence. */
  readonly TerrorismInfo?: I;
  /** Politically sensitive content. */
  readonly PoliticsInfo?: I;
  /** Advertising. */
  readonly AdsInfo?: I;
  /** Illegal content. */
  readonly IllegalInfo?: I;
  /** Abuse. */
  readonly AbuseInfo?: I;
  /** Content harmful to minors. */
  readonly TeenagerInfo?: I;
  /** Meaningless content. */
  readonly MeaninglessInfo?: I;
  /** Low-quality or unclear images. */
  readonly QualityInfo?: I;
  /** Content against social values (text). */
  readonly ValueInfo?: I;
  /** Spam (text). */
  readonly SpamInfo?: I;
}

/** The codecs of {@link Scenes}' nodes, spread into each result's nodes. */
export const sceneNodes = <C extends t.Mixed>(codec: C) => ({
  PornInfo: codec,
  TerrorismInfo: codec,
  PoliticsInfo: codec,
  AdsInfo: codec,
  IllegalInfo: codec,
  AbuseInfo: codec,
  TeenagerInfo: codec,
  MeaninglessInfo: codec,
  QualityInfo: codec,
  ValueInfo: codec,
  SpamInfo: codec,
});

/** The scene blocks of a whole document or web page (`Labels`). */
export interface ReviewLabels extends Scenes<SceneInfo> {}

export const ReviewLabelsCodec = exactly<ReviewLabels>()(struct('Labels', {}, sceneNodes(SceneInfoCodec)));
