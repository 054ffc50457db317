import { DigitalWatermarkCodec, type DigitalWatermark } from './digital-watermark';
import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { mediaNodes, templateIdNodes, type MediaOperation, type TemplateIds } from './media';
import { operation } from './operation';
import { struct } from './struct';
import { Text } from './text';

// The enhancement family: jobs that improve a video or audio file (SDRtoHDR, VideoProcess, SuperResolution,
// NoiseReduction), often transcoding and watermarking the result as they go.

/** The parameters of an SDRtoHDR job. */
export interface SDRtoHDR {
  /** `HLG` or `HDR10`. */
  readonly HdrMode?: string;
}

export const SDRtoHDRCodec = exactly<SDRtoHDR>()(struct('SDRtoHDR', {}, { HdrMode: Text }));

/** The `Operation` of an SDRtoHDR job. */
export interface SDRtoHDROperation extends MediaOperation, TemplateIds {
  /** The HDR parameters. */
  readonly SDRtoHDR?: SDRtoHDR;
}

/** The `JobsDetail` of an SDRtoHDR job. */
export interface SDRtoHDRJob extends JobsDetailBase {
  readonly Tag: 'SDRtoHDR';
  readonly Operation?: SDRtoHDROperation;
}

export const SDRtoHDRJobCodec = exactly<SDRtoHDRJob>()(
  knownJob('SDRtoHDR', operation('SDRtoHDR', { ...mediaNodes, ...templateIdNodes, SDRtoHDR: SDRtoHDRCodec })),
);

/** Colour enhancement of a VideoProcess job. */
export interface ColorEnhance {
  /** `true` or `false`. */
  readonly Enable?: string;
  /** Contrast, `0` to `100`. */
  readonly Contrast?: string;
  /** Colour correction, `0` to `100`. */
  readonly Correction?: string;
  /** Saturation, `0` to `100`. */
  readonly Saturation?: string;
}

export const ColorEnhanceCodec = exactly<ColorEnhance>()(
  struct('ColorEnhance', {}, { Enable: Text, Contrast: Text, Correction: Text, Saturation: Text }),
);

/** Sharpening of a VideoProcess job. */
export interface MsSharpen {
  /** `true` or `false`. */
  readonly Enable?: string;
  /** Sharpening level, `0` to `10`. */
  readonly SharpenLevel?: string;
}

export const MsSharpenCodec = exactly<MsSharpen>()(
  struct('MsSharpen', {}, { Enable: Text, SharpenLevel: Text }),
);

/** The parameters of a VideoProcess job. */
export interface VideoProcess {
  /** Colour enhancement. */
  readonly ColorEnhance?: ColorEnhance;
  /** Sharpening. */
  readonly MsSharpen?: MsSharpen;
}

export const VideoProcessCodec = exactly<VideoProcess>()(
  struct('VideoProcess', {}, { ColorEnhance: ColorEnhanceCodec, MsSharpen: MsSharpenCodec }),
);

/** The `Operation` of a VideoProcess job. */
export interface VideoProcessOperation extends MediaOperation, TemplateIds {
  /** The enhancement parameters. */
  readonly VideoProcess?: VideoProcess;
}

/** The `JobsDetail` of a VideoProcess job (colour enhancement and sharpening). */
export interface VideoProcessJob extends JobsDetailBase {
  readonly Tag: 'VideoProcess';
  readonly Operation?: VideoProcessOperation;
}

export const VideoProcessJobCodec = exactly<VideoProcessJob>()(
  knownJob(
    'VideoProcess',
    operation('VideoProcess', { ...mediaNodes, ...templateIdNodes, VideoProcess: VideoProcessCodec }),
  ),
);

/** The parameters of a SuperResolution job. */
export interface SuperResolution {
  /** `sdtohd` or `hdto4k`. */
  readonly Resolution?: string;
  /** `true` or `false`: scale up to the target resolution. */
  readonly EnableScaleUp?: string;
  /** The algorithm's version, such as `Base` or `Enhance`. */
  readonly Version?: string;
}

export const SuperResolutionCodec = exactly<SuperResolution>()(
  struct('SuperResolution', {}, { Resolution: Text, EnableScaleUp: Text, Version: Text }),
);

/** The `Operation` nodes of a SuperResolution job, beyond the shared media nodes. */
export const superResolutionOperationNodes = {
  ...mediaNodes,
  ...templateIdNodes,
  SuperResolution: SuperResolutionCodec,
  DigitalWatermark: DigitalWatermarkCodec,
};

/** The `Operation` of a SuperResolution job. */
export interface SuperResolutionOperation extends MediaOperation, TemplateIds {
  /** The super-resolution parameters. */
  readonly SuperResolution?: SuperResolution;
  /** A digital watermark embedded as well (then `SubTag` is `DigitalWatermark`), with its own `State`. */
  readonly DigitalWatermark?: DigitalWatermark;
}

/** The `JobsDetail` of a SuperResolution job. */
export interface SuperResolutionJob extends JobsDetailBase {
  readonly Tag: 'SuperResolution';
  readonly Operation?: SuperResolutionOperation;
}

export const SuperResolutionJobCodec = exactly<SuperResolutionJob>()(
  knownJob('SuperResolution', operation('SuperResolution', superResolutionOperationNodes)),
);

/** The parameters of a NoiseReduction job. */
export interface NoiseReduction {
  /** The output's audio format, such as `wav`. */
  readonly Format?: string;
  /** The output's sample rate in Hz. */
  readonly Samplerate?: string;
}

export const NoiseReductionCodec = exactly<NoiseReduction>()(
  struct('NoiseReduction', {}, { Format: Text, Samplerate: Text }),
);

/** The `Operation` of a NoiseReduction job. */
export interface NoiseReductionOperation extends MediaOperation {
  /** The noise-reduction parameters. */
  readonly NoiseReduction?: NoiseReduction;
}

/** The `JobsDetail` of a NoiseReduction job (audio denoised). */
export interface NoiseReductionJob extends JobsDetailBase {
  readonly Tag: 'NoiseReduction';
  readonly Operation?: NoiseReductionOperation;
}

export const NoiseReductionJobCodec = exactly<NoiseReductionJob>()(
  knownJob(
    'NoiseReduction',
    operation('NoiseReduction', { ...mediaNodes, NoiseReduction: NoiseReductionCodec }),
  ),
);
