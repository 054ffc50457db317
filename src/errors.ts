/** One place where a well-formed body does not have the shape of a callback. */
export interface CallbackIssue {
  /** Where, in Tencent's node names: `JobsDetail.Input.CosHeaders[1].Key`; empty for the root. */
  readonly path: string;
  /** What the node should have been. */
  readonly expected: string;
  /** A short description of what was found: text over 60 characters is cut, a list or object named by its kind. */
  readonly actual: string;
}

/** The body is larger than `maxBytes`; nothing was parsed. */
export interface TooLarge {
  readonly _tag: 'TooLarge';
  /** The body's size in bytes (UTF-8 for a string), or, with `sizeIsLowerBound`, the bytes read before stopping. */
  readonly size: number;
  readonly limit: number;
  /**
   * Set when the size was not declared (a chunked request body) and reading stopped once the body passed the
   * limit: the body is at least `size` bytes, and how much more was never read.
   */
  readonly sizeIsLowerBound?: true;
}

/** The bytes are not valid UTF-8. */
export interface InvalidEncoding {
  readonly _tag: 'InvalidEncoding';
  readonly message: string;
}

/** The body is neither XML nor JSON. */
export interface UnsupportedFormat {
  readonly _tag: 'UnsupportedFormat';
  readonly message: string;
}

/** The body is not well-formed XML, declares a DOCTYPE or entity, or nests too deep. */
export interface MalformedXml {
  readonly _tag: 'MalformedXml';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * The body is not valid JSON, nests too deep, or sends a key twice in one object (`JSON.parse` would keep only
 * the last value, which a reader of the first would not see).
 */
export interface MalformedJson {
  readonly _tag: 'MalformedJson';
  readonly message: string;
  /** Offset in the text where parsing failed (when the engine reports it), or where a key's second copy starts. */
  readonly position?: number;
}

/**
 * A family of callbacks: `media` (jobs and workflows: `TaskFinish`, `WorkflowFinish`) or `moderation` (content
 * moderation: the `Review*` events and the Simple form).
 */
export type CallbackFamily = 'media' | 'moderation';

/**
 * The body names an `EventName` the decoder does not decode, or is another family's callback sent without one
 * (the older workflow body to `decodeModerationCallback`, the Simple form to `decodeMediaCallback`).
 */
export interface UnsupportedEvent {
  readonly _tag: 'UnsupportedEvent';
  /**
   * The name as sent, cut to 100 characters (ending in `...`) if longer; for a body that sends none, the event it
   * is read as (`WorkflowFinish` for the older workflow body), or `''` for the Simple form, which names none.
   */
  readonly eventName: string;
  /** The `EventName`s the decoder that answered decodes. */
  readonly expected: readonly string[];
  /**
   * The family `eventName` belongs to, when it is one another decoder reads: `moderation` (decode it with
   * `decodeModerationCallback` or `decodeCallback`) or `media` (`decodeMediaCallback` or `decodeCallback`).
   */
  readonly family?: CallbackFamily;
}

/** The body is well-formed but does not have the shape of a callback. */
export interface InvalidCallback {
  readonly _tag: 'InvalidCallback';
  /**
   * The first 100 issues at most, one per path, in document order, except that a node's missing required
   * children (which have no place in the document) come first, in the model's order, before the issues found
   * inside its other children: a missing `JobId` is listed, never pushed past the cap by issues deeper down.
   */
  readonly issues: readonly [CallbackIssue, ...CallbackIssue[]];
  /** How many more issues the body has beyond `issues` (0 when every issue is listed). */
  readonly omitted: number;
}

/**
 * The `InvalidCallback` for one wrong node.
 * @internal
 */
export const invalidAt = (path: string, expected: string, actual: string): InvalidCallback => ({
  _tag: 'InvalidCallback',
  issues: [{ path, expected, actual }],
  omitted: 0,
});

/**
 * Everything that can go wrong while decoding a callback body, tagged by `_tag`. An error stays small whatever
 * the body held: at most 100 issues, and its texts are clipped (a name over 60 characters in a `message` is cut
 * and ends in `...`; a `message` or `path` holds at most a few hundred characters).
 */
export type CallbackError =
  | TooLarge
  | InvalidEncoding
  | UnsupportedFormat
  | MalformedXml
  | MalformedJson
  | UnsupportedEvent
  | InvalidCallback;

/**
 * A request to a receiver that checks a token (`{ token: { secret } }`) did not carry the right one in its URL;
 * the body was not read.
 */
export interface Unauthorized {
  readonly _tag: 'Unauthorized';
  /** Why, without the secret: the parameter is missing, repeated or wrong, or no secret is configured. */
  readonly message: string;
}

/** What the request adapters (`decodeRequest`, `decodeIncomingMessage`) answer when given a token to check. */
export type RequestError = CallbackError | Unauthorized;

/** CI does not report the job a callback names: the describe answer lists it in `NonExistJobIds`, or not at all. */
export interface JobNotFound {
  readonly _tag: 'JobNotFound';
  readonly jobId: string;
}

/** The nodes {@link JobMismatch} compares between a callback and CI's own answer. */
export type ConfirmedField = 'Tag' | 'State' | 'Code' | 'QueueId';

/** CI reports the job, but not as the callback says: `fields` lists the nodes that differ. */
export interface JobMismatch {
  readonly _tag: 'JobMismatch';
  readonly jobId: string;
  /** The nodes whose values differ, in the order `Tag`, `State`, `Code`, `QueueId`; never empty. */
  readonly fields: readonly ConfirmedField[];
}

/** The user's `fetchJob` threw, rejected, resolved to something other than text or bytes, or was aborted. */
export interface FetchFailed {
  readonly _tag: 'FetchFailed';
  readonly message: string;
}

/**
 * What `confirmCallback` answers instead of the job: the describe answer could not be decoded (a
 * {@link CallbackError}), or it does not confirm the callback, or it could not be fetched.
 */
export type ConfirmError = CallbackError | JobNotFound | JobMismatch | FetchFailed;
