import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { operation, type JobOperation } from './operation';
import { JobOutputCodec, type JobOutput } from './output';
import { struct } from './struct';
import { Text } from './text';

/** What CI read from an image. `Ave` (such as `0xc64847`) stays as sent. */
export interface ImageInfo {
  /** The average colour, such as `0xc64847`. */
  readonly Ave?: string;
  /** The format, such as `JPEG`. */
  readonly Format?: string;
  /** Height in pixels. */
  readonly Height?: string;
  /** EXIF orientation. */
  readonly Orientation?: string;
  /** JPEG quality. */
  readonly Quality?: string;
  /** Width in pixels. */
  readonly Width?: string;
}

export const ImageInfoCodec = exactly<ImageInfo>()(
  struct(
    'ImageInfo',
    {},
    { Ave: Text, Format: Text, Height: Text, Orientation: Text, Quality: Text, Width: Text },
  ),
);

/** The input image of a PicProcess job. */
export interface PicOriginalInfo {
  /** The input's ETag, with its literal quotes (`"d5a4..."`). */
  readonly Etag?: string;
  /** What CI read from it. */
  readonly ImageInfo?: ImageInfo;
}

export const PicOriginalInfoCodec = exactly<PicOriginalInfo>()(
  struct('OriginalInfo', {}, { Etag: Text, ImageInfo: ImageInfoCodec }),
);

/** The image a PicProcess job wrote. */
export interface PicProcessOutput {
  /** The output's ETag. */
  readonly Etag?: string;
  /** The format, such as `JPEG`. */
  readonly Format?: string;
  /** Height in pixels. */
  readonly Height?: string;
  /** Quality. */
  readonly Quality?: string;
  /** Size in bytes. */
  readonly Size?: string;
  /** Width in pixels. */
  readonly Width?: string;
}

export const PicProcessOutputCodec = exactly<PicProcessOutput>()(
  struct(
    'ProcessResult',
    {},
    { Etag: Text, Format: Text, Height: Text, Quality: Text, Size: Text, Width: Text },
  ),
);

/** The result of a PicProcess job. */
export interface PicProcessResult {
  /** The key written. */
  readonly ObjectName?: string;
  /** The input image. */
  readonly OriginalInfo?: PicOriginalInfo;
  /** The image written. */
  readonly ProcessResult?: PicProcessOutput;
}

export const PicProcessResultCodec = exactly<PicProcessResult>()(
  struct(
    'PicProcessResult',
    {},
    { ObjectName: Text, OriginalInfo: PicOriginalInfoCodec, ProcessResult: PicProcessOutputCodec },
  ),
);

/** The parameters of a PicProcess job. */
export interface PicProcess {
  /** `true` or `false`: report the image's info. */
  readonly IsPicInfo?: string;
  /** The processing rule, such as `imageMogr2/rotate/90`. */
  readonly ProcessRule?: string;
}

export const PicProcessCodec = exactly<PicProcess>()(
  struct('PicProcess', {}, { IsPicInfo: Text, ProcessRule: Text }),
);

/** The `Operation` nodes of a PicProcess job, beyond the shared ones. */
export const picProcessOperationNodes = {
  Output: JobOutputCodec,
  PicProcess: PicProcessCodec,
  PicProcessResult: PicProcessResultCodec,
};

/** The `Operation` of a PicProcess job. */
export interface PicProcessOperation extends JobOperation {
  /** Where the job was told to write. */
  readonly Output?: JobOutput;
  /** The parameters. */
  readonly PicProcess?: PicProcess;
  /** The result. */
  readonly PicProcessResult?: PicProcessResult;
}

/** The `JobsDetail` of a PicProcess job (an image processed; its JobId starts with `c`). */
export interface PicProcessJob extends JobsDetailBase {
  readonly Tag: 'PicProcess';
  readonly Operation?: PicProcessOperation;
}

export const PicProcessJobCodec = exactly<PicProcessJob>()(
  knownJob('PicProcess', operation('PicProcess', picProcessOperationNodes)),
);
