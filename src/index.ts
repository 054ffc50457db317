/**
 * `cos-ci-callback`: decode Tencent Cloud CI callbacks (jobs, workflows and content moderation), XML or JSON,
 * into typed values.
 * @packageDocumentation
 * @module cos-ci-callback
 */
export {
  decodeCallback,
  decodeJsonCallback,
  decodeMediaCallback,
  decodeModerationCallback,
  decodeXmlCallback,
  parseCallback,
} from './decode';
export { decodeJobsResponse } from './decode-jobs';
export { asList } from './as-list';
export { confirmCallback } from './confirm';
export type { AbortSignalLike, ConfirmOptions, FetchJob, FetchJobContext } from './confirm';
export { CallbackDecodeError, isCallbackDecodeError } from './decode-error';
export { formatCallbackError } from './format-error';
export { checkCallbackToken } from './token';
export type { RequestOptions, TokenOptions, UrlLike } from './token';
export { encodeCallback } from './encode';
export type { EncodeOptions } from './encode';

export type { DecodeOptions } from './options';
export type {
  CallbackError,
  CallbackFamily,
  CallbackIssue,
  ConfirmError,
  ConfirmedField,
  FetchFailed,
  InvalidCallback,
  InvalidEncoding,
  JobMismatch,
  JobNotFound,
  MalformedJson,
  MalformedXml,
  RequestError,
  TooLarge,
  Unauthorized,
  UnsupportedEvent,
  UnsupportedFormat,
} from './errors';
export type { Result } from './result';

export type { CallbackResponse } from './codecs/callback';
export type { MediaCallback, TaskFinishResponse, WorkflowFinishResponse } from './codecs/response';
export { isKnownTag, KNOWN_TAGS } from './codecs/jobs-detail';
export type { JobOf, JobsDetail, KnownJob, KnownTag, UnknownJob, UnknownTag } from './codecs/jobs-detail';
export type { JobsResponse } from './codecs/jobs-response';
export type { CosHeader, CosHeaders, JobInput, JobsDetailBase, Workflow } from './codecs/job';
export type { JobOperation } from './codecs/operation';
export type { UnknownNode, UnknownNodes } from './codecs/unknown-node';
export type {
  DigitalWatermarkJob,
  DigitalWatermarkOperation,
  ExtractDigitalWatermark,
  ExtractDigitalWatermarkJob,
  ExtractDigitalWatermarkOperation,
} from './codecs/watermark';
export type { DigitalWatermark } from './codecs/digital-watermark';
export type { MediaOperation, TemplateIds } from './codecs/media';
export type {
  AudioStream,
  MediaFormat,
  MediaInfo,
  MediaStreams,
  SubtitleStream,
  VideoStream,
} from './codecs/media-info';
export type { Md5Info, MediaResult, OutputFile, OutputFileBase, OutputFiles } from './codecs/media-result';
export type { JobOutput, StreamExtract } from './codecs/output';
export type {
  AnimationJob,
  AnimationOperation,
  ConcatJob,
  ConcatOperation,
  SnapshotJob,
  SnapshotOperation,
  TranscodeJob,
  TranscodeOperation,
} from './codecs/transcode';
export type {
  HlsEncrypt,
  Segment,
  SegmentJob,
  SegmentOperation,
  SmartCover,
  SmartCoverJob,
  SmartCoverOperation,
  StreamExtractJob,
  VideoMontageJob,
  VideoMontageOperation,
  VoiceSeparate,
  VoiceSeparateAudioConfig,
  VoiceSeparateJob,
  VoiceSeparateOperation,
} from './codecs/editing';
export type {
  ColorEnhance,
  MsSharpen,
  NoiseReduction,
  NoiseReductionJob,
  NoiseReductionOperation,
  SDRtoHDR,
  SDRtoHDRJob,
  SDRtoHDROperation,
  SuperResolution,
  SuperResolutionJob,
  SuperResolutionOperation,
  VideoProcess,
  VideoProcessJob,
  VideoProcessOperation,
} from './codecs/enhance';
export type {
  MediaInfoJob,
  MediaInfoOperation,
  QualityEstimate,
  QualityEstimateConfig,
  QualityEstimateDetail,
  QualityEstimateItem,
  QualityEstimateJob,
  QualityEstimateOperation,
  VqaPlusResult,
} from './codecs/analysis';
export type {
  VideoTag,
  VideoTagBBox,
  VideoTagData,
  VideoTagDetection,
  VideoTagJob,
  VideoTagLabel,
  VideoTagObjects,
  VideoTagOperation,
  VideoTagPerson,
  VideoTagResult,
  VideoTagSpan,
  VideoTagStreamData,
  VideoTagTag,
  VideoTagTimeInfo,
} from './codecs/video-tag';
export type {
  SpeechRecognitionJob,
  SpeechRecognitionOperation,
  SpeechRecognitionResult,
  TtsConfig,
  TtsJob,
  TtsOperation,
  TtsTpl,
} from './codecs/speech';
export type {
  ImageInfo,
  PicOriginalInfo,
  PicProcess,
  PicProcessJob,
  PicProcessOperation,
  PicProcessOutput,
  PicProcessResult,
} from './codecs/picture';
export type {
  Translation,
  TranslationJob,
  TranslationOperation,
  WordsGeneralize,
  WordsGeneralizeJob,
  WordsGeneralizeLable,
  WordsGeneralizeOperation,
  WordsGeneralizeResult,
  WordsGeneralizeToken,
} from './codecs/language';
export type {
  FileCompressConfig,
  FileCompressJob,
  FileCompressKeyConfig,
  FileCompressOperation,
  FileCompressPrefixConfig,
  FileCompressResult,
  FileHashCodeConfig,
  FileHashCodeJob,
  FileHashCodeOperation,
  FileHashCodeResult,
  FileUncompressConfig,
  FileUncompressDownloadConfig,
  FileUncompressJob,
  FileUncompressOperation,
  FileUncompressResult,
} from './codecs/file-process';
export type {
  DocProcess,
  DocProcessJob,
  DocProcessOperation,
  DocProcessPageInfo,
  DocProcessResult,
} from './codecs/doc-process';
export type { WorkflowExecution, WorkflowTask } from './codecs/workflow-execution';
export type { ModerationCallback, ReviewCallback } from './codecs/moderation/moderation-callback';
export type { CosHeaderMap, ListInfo, ListResult, ReviewJobBase, UserInfo } from './codecs/moderation/common';
export type {
  LanguageResult,
  LibResult,
  ObjectResult,
  OcrResult,
  ReviewLabels,
  SceneInfo,
  SceneInfoBase,
  SceneLocation,
  Scenes,
  TextSceneInfo,
} from './codecs/moderation/scenes';
export type { ReviewEncryption, ReviewImageCallback, ReviewImageJob } from './codecs/moderation/image';
export type {
  ReviewMaskInfo,
  ReviewMaskLiveInfo,
  ReviewMaskOutput,
  ReviewMaskRecordInfo,
  ReviewSnapshot,
  ReviewVideoCallback,
  ReviewVideoJob,
} from './codecs/moderation/video';
export type { ReviewAudioCallback, ReviewAudioJob, ReviewAudioSection } from './codecs/moderation/audio';
export type { ReviewTextCallback, ReviewTextJob, ReviewTextSection } from './codecs/moderation/text';
export type {
  ReviewDocumentCallback,
  ReviewDocumentJob,
  ReviewDocumentPage,
  ReviewPageSegment,
} from './codecs/moderation/document';
export type {
  ReviewHtmlCallback,
  ReviewHtmlImageResult,
  ReviewHtmlImageResults,
  ReviewHtmlJob,
  ReviewHtmlTextResult,
  ReviewHtmlTextResults,
} from './codecs/moderation/html';
export type {
  ReviewSimpleCallback,
  ReviewSimpleData,
  ReviewSimpleSceneInfo,
} from './codecs/moderation/simple';
