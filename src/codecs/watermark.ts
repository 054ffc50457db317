import { DigitalWatermarkCodec, type DigitalWatermark } from './digital-watermark';
import { exactly } from './exactly';
import { knownJob, type JobsDetailBase } from './job';
import { mediaNodes, type MediaOperation } from './media';
import { operation, type JobOperation } from './operation';
import { struct } from './struct';
import { Text } from './text';

/** The digital watermark found in a file, the result of an ExtractDigitalWatermark job. */
export interface ExtractDigitalWatermark {
  /** The extracted watermark text, exactly as embedded (often digits: `123456789ab`, `000123`). */
  readonly Message?: string;
  /** The watermark's type, such as `Text`. */
  readonly Type?: string;
  /** The watermark algorithm's version, such as `V1`. */
  readonly Version?: string;
}

export const ExtractDigitalWatermarkCodec = exactly<ExtractDigitalWatermark>()(
  struct('ExtractDigitalWatermark', {}, { Message: Text, Type: Text, Version: Text }),
);

/** The `Operation` of an ExtractDigitalWatermark job. */
export interface ExtractDigitalWatermarkOperation extends JobOperation {
  /** The extracted watermark. */
  readonly ExtractDigitalWatermark?: ExtractDigitalWatermark;
}

/** The `JobsDetail` of an ExtractDigitalWatermark job. */
export interface ExtractDigitalWatermarkJob extends JobsDetailBase {
  readonly Tag: 'ExtractDigitalWatermark';
  readonly Operation?: ExtractDigitalWatermarkOperation;
}

export const ExtractDigitalWatermarkJobCodec = exactly<ExtractDigitalWatermarkJob>()(
  knownJob(
    'ExtractDigitalWatermark',
    operation('ExtractDigitalWatermark', { ExtractDigitalWatermark: ExtractDigitalWatermarkCodec }),
  ),
);

/** The `Operation` nodes of a DigitalWatermark job, beyond the shared media nodes. */
export const digitalWatermarkOperationNodes = { ...mediaNodes, DigitalWatermark: DigitalWatermarkCodec };

/** The `Operation` of a DigitalWatermark job. */
export interface DigitalWatermarkOperation extends MediaOperation {
  /** The watermark embedded, with its own `State`. */
  readonly DigitalWatermark?: DigitalWatermark;
}

/** The `JobsDetail` of a DigitalWatermark job (embeds a watermark into a video). */
export interface DigitalWatermarkJob extends JobsDetailBase {
  readonly Tag: 'DigitalWatermark';
  readonly Operation?: DigitalWatermarkOperation;
}

export const DigitalWatermarkJobCodec = exactly<DigitalWatermarkJob>()(
  knownJob('DigitalWatermark', operation('DigitalWatermark', digitalWatermarkOperationNodes)),
);
