import { Integer } from '../integer';
import { many } from '../many';
import { struct } from '../struct';
import { Text } from '../text';
import { reviewCallback, reviewJob, type ReviewJobBase } from './common';
import {
  ReviewLabelsCodec,
  SceneInfoCodec,
  sceneNodes,
  TextSceneInfoCodec,
  type ReviewLabels,
  type SceneInfo,
  type Scenes,
  type TextSceneInfo,
} from './scenes';
import { exactly } from '../exactly';

/** What a web page's image or text result holds besides its scenes. */
interface ReviewHtmlResultBase {
  /** The highest-priority label hit. */
  readonly Label?: string;
  /** The verdict: 0 normal, 1 sensitive, 2 suspect. */
  readonly Suggestion?: number;
  /** The verdict, as some results also send it. */
  readonly Result?: number;
  /** The page's number. */
  readonly PageNumber?: number;
  /** The sheet's number. */
  readonly SheetNumber?: number;
}

const reviewHtmlResultBaseNodes = {
  Label: Text,
  Suggestion: Integer,
  Result: Integer,
  PageNumber: Integer,
  SheetNumber: Integer,
};

/** One image of a web page that was moderated. */
export interface ReviewHtmlImageResult extends ReviewHtmlResultBase, Scenes<SceneInfo> {
  /** The image's address. */
  readonly Url?: string;
  /** The text read from the image. */
  readonly Text?: string;
}

export const reviewHtmlImageResultNodes = {
  ...sceneNodes(SceneInfoCodec),
  ...reviewHtmlResultBaseNodes,
  Url: Text,
  Text: Text,
};

export const ReviewHtmlImageResultCodec = exactly<ReviewHtmlImageResult>()(
  struct('Result', {}, reviewHtmlImageResultNodes),
);

/** One stretch of a web page's text that was moderated; its scenes' `Keywords` are one comma-separated string. */
export interface ReviewHtmlTextResult extends ReviewHtmlResultBase, Scenes<TextSceneInfo> {
  /** The text. */
  readonly Text?: string;
}

export const reviewHtmlTextResultNodes = {
  ...sceneNodes(TextSceneInfoCodec),
  ...reviewHtmlResultBaseNodes,
  Text: Text,
};

export const ReviewHtmlTextResultCodec = exactly<ReviewHtmlTextResult>()(
  struct('Result', {}, reviewHtmlTextResultNodes),
);

/** The images of a web page that were moderated. */
export interface ReviewHtmlImageResults {
  /** Each image. */
  readonly Results?: readonly ReviewHtmlImageResult[];
}

export const ReviewHtmlImageResultsCodec = exactly<ReviewHtmlImageResults>()(
  struct('ImageResults', {}, { Results: many(ReviewHtmlImageResultCodec) }),
);

/** The text of a web page that was moderated. */
export interface ReviewHtmlTextResults {
  /** Each stretch of text. */
  readonly Results?: readonly ReviewHtmlTextResult[];
}

export const ReviewHtmlTextResultsCodec = exactly<ReviewHtmlTextResults>()(
  struct('TextResults', {}, { Results: many(ReviewHtmlTextResultCodec) }),
);

/** The `JobsDetail` of a web-page moderation (`ReviewHtml`): `Suggestion`, not `Result`, is the verdict. */
export interface ReviewHtmlJob extends ReviewJobBase {
  /** The verdict: 0 normal, 1 sensitive, 2 suspect (review by a person). */
  readonly Suggestion?: number;
  /** How many pages were moderated. */
  readonly PageCount?: number;
  /** The scene blocks of the whole page. */
  readonly Labels?: ReviewLabels;
  /** The page's images moderated. */
  readonly ImageResults?: ReviewHtmlImageResults;
  /** The page's text moderated. */
  readonly TextResults?: ReviewHtmlTextResults;
  /** The page with its hits highlighted, when the job asked for it. */
  readonly HighlightHtml?: string;
}

export const reviewHtmlNodes = {
  Suggestion: Integer,
  PageCount: Integer,
  Labels: ReviewLabelsCodec,
  ImageResults: ReviewHtmlImageResultsCodec,
  TextResults: ReviewHtmlTextResultsCodec,
  HighlightHtml: Text,
};

export const ReviewHtmlJobCodec = exactly<ReviewHtmlJob>()(reviewJob('ReviewHtml', reviewHtmlNodes));

/** The Detail callback of a web-page moderation. */
export interface ReviewHtmlCallback {
  readonly EventName: 'ReviewHtml';
  /** The finished moderation. */
  readonly JobsDetail: ReviewHtmlJob;
}

export const ReviewHtmlCallbackCodec = exactly<ReviewHtmlCallback>()(
  reviewCallback('ReviewHtml', ReviewHtmlJobCodec),
);
