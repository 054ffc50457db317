import { exactly } from './exactly';
import { struct } from './struct';
import { Text } from './text';

/** A digital watermark embedded by a job (`Operation.DigitalWatermark`), with its own outcome. */
export interface DigitalWatermark {
  /** The embedded text, exactly as sent (often digits: `123456789ab`). */
  readonly Message?: string;
  /** The watermark's type, such as `Text`. */
  readonly Type?: string;
  /** The algorithm's version, such as `V1`. */
  readonly Version?: string;
  /** `true` or `false`: whether the job goes on when embedding fails. */
  readonly IgnoreError?: string;
  /** The embedding's own state, `Running`, `Success` or `Failed`; a job can succeed while this failed. */
  readonly State?: string;
}

export const digitalWatermarkNodes = {
  Message: Text,
  Type: Text,
  Version: Text,
  IgnoreError: Text,
  State: Text,
};

export const DigitalWatermarkCodec = exactly<DigitalWatermark>()(
  struct('DigitalWatermark', {}, digitalWatermarkNodes),
);
