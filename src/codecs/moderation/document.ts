import { Integer } from '../integer';
import { many } from '../many';
import { struct } from '../struct';
import { Text } from '../text';
import { reviewCallback, reviewJob, type ReviewJobBase } from './common';
import {
  ReviewLabelsCodec,
  SceneInfoCodec,
  sceneNodes,
  type ReviewLabels,
  type SceneInfo,
  type Scenes,
} from './scenes';
import { exactly } from '../exactly';

/** One page (or spreadsheet sheet) of a document that was moderated. */
export interface ReviewDocumentPage extends Scenes<SceneInfo> {
  /** Where the page's image is stored. */
  readonly Url?: string;
  /** The text read from the page. */
  readonly Text?: string;
  /** The page's number. */
  readonly PageNumber?: number;
  /** The sheet's number (spreadsheets). */
  readonly SheetNumber?: number;
  /** The highest-priority label hit. */
  readonly Label?: string;
  /** The verdict: 0 normal, 1 sensitive, 2 suspect. */
  readonly Suggestion?: number;
}

export const reviewDocumentPageNodes = {
  ...sceneNodes(SceneInfoCodec),
  Url: Text,
  Text: Text,
  PageNumber: Integer,
  SheetNumber: Integer,
  Label: Text,
  Suggestion: Integer,
};

export const ReviewDocumentPageCodec = exactly<ReviewDocumentPage>()(
  struct('Result', {}, reviewDocumentPageNodes),
);

/** The pages of a document that were moderated. */
export interface ReviewPageSegment {
  /** Each page (only those with a hit, per the docs). */
  readonly Results?: readonly ReviewDocumentPage[];
}

export const ReviewPageSegmentCodec = exactly<ReviewPageSegment>()(
  struct('PageSegment', {}, { Results: many(ReviewDocumentPageCodec) }),
);

/** The `JobsDetail` of a document moderation (`ReviewDocument`): `Suggestion`, not `Result`, is the verdict. */
export interface ReviewDocumentJob extends ReviewJobBase {
  /** The verdict: 0 normal, 1 sensitive, 2 suspect (review by a person). */
  readonly Suggestion?: number;
  /** How many pages the document has. */
  readonly PageCount?: number;
  /** The scene blocks of the whole document. */
  readonly Labels?: ReviewLabels;
  /** The pages moderated. */
  readonly PageSegment?: ReviewPageSegment;
}

export const reviewDocumentNodes = {
  Suggestion: Integer,
  PageCount: Integer,
  Labels: ReviewLabelsCodec,
  PageSegment: ReviewPageSegmentCodec,
};

export const ReviewDocumentJobCodec = exactly<ReviewDocumentJob>()(
  reviewJob('ReviewDocument', reviewDocumentNodes),
);

/** The Detail callback of a document moderation. */
export interface ReviewDocumentCallback {
  readonly EventName: 'ReviewDocument';
  /** The finished moderation. */
  readonly JobsDetail: ReviewDocumentJob;
}

export const ReviewDocumentCallbackCodec = exactly<ReviewDocumentCallback>()(
  reviewCallback('ReviewDocument', ReviewDocumentJobCodec),
);
