import { Integer } from '../integer';
import { struct } from '../struct';
import { Text } from '../text';
import { reviewCallback, reviewJob, type ReviewJobBase } from './common';
import { SceneInfoCodec, sceneNodes, type SceneInfo, type Scenes } from './scenes';
import { exactly } from '../exactly';

/** How the moderated content was encrypted, as the job's submitter described it. */
export interface ReviewEncryption {
  /** The algorithm, such as `aes-256-ctr`. */
  readonly Algorithm?: string;
  /** The key, or its ciphertext. */
  readonly Key?: string;
  /** The initialisation vector. */
  readonly IV?: string;
  /** The key's ID in Tencent's key management service. */
  readonly KeyId?: string;
  /** The key's kind: 0 in the clear, 1 encrypted. */
  readonly KeyType?: number;
}

export const ReviewEncryptionCodec = exactly<ReviewEncryption>()(
  struct('Encryption', {}, { Algorithm: Text, Key: Text, IV: Text, KeyId: Text, KeyType: Integer }),
);

/** The `JobsDetail` of an image moderation (`ReviewImage`). */
export interface ReviewImageJob extends ReviewJobBase, Scenes<SceneInfo> {
  /** The verdict: 0 normal, 1 sensitive, 2 suspect (review by a person). */
  readonly Result?: number;
  /** How sure the verdict is, 0 to 100. */
  readonly Score?: number;
  /** The second-level label of the hit. */
  readonly Category?: string;
  /** The finest label of the hit. */
  readonly SubLabel?: string;
  /** The text read from the image (OCR). */
  readonly Text?: string;
  /** Whether the image was compressed before moderation: 0 no, 1 yes. */
  readonly CompressionResult?: number;
  /** How the image was encrypted. */
  readonly Encryption?: ReviewEncryption;
}

export const reviewImageNodes = {
  ...sceneNodes(SceneInfoCodec),
  Result: Integer,
  Score: Integer,
  Category: Text,
  SubLabel: Text,
  Text: Text,
  CompressionResult: Integer,
  Encryption: ReviewEncryptionCodec,
};

export const ReviewImageJobCodec = exactly<ReviewImageJob>()(reviewJob('ReviewImage', reviewImageNodes));

/** The Detail callback of an image moderation. */
export interface ReviewImageCallback {
  readonly EventName: 'ReviewImage';
  /** The finished moderation. */
  readonly JobsDetail: ReviewImageJob;
}

export const ReviewImageCallbackCodec = exactly<ReviewImageCallback>()(
  reviewCallback('ReviewImage', ReviewImageJobCodec),
);
