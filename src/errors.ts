/** One place where a well-formed body does not have the shape of a callback. */
export interface CallbackIssue {
  /** Where, in Tencent's node names: `JobsDetail.Input.CosHeaders[1].Key`; empty for the root. */
  readonly path: string;
  /** What the node should have been. */
  readonly expected: string;
  /** A short description of what was found. */
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

/** The body is not valid JSON, or nests too deep. */
export interface MalformedJson {
  readonly _tag: 'MalformedJson';
  readonly message: string;
  /** Offset in the text where parsing failed, when the engine reports it. */
  readonly position?: number;
}

/** The body names an `EventName` other than `TaskFinish` or `WorkflowFinish`. */
export interface UnsupportedEvent {
  readonly _tag: 'UnsupportedEvent';
  readonly eventName: string;
}

/** The body is well-formed but does not have the shape of a callback. */
export interface InvalidCallback {
  readonly _tag: 'InvalidCallback';
  readonly issues: readonly [CallbackIssue, ...CallbackIssue[]];
}

/** Everything that can go wrong while decoding a callback body, tagged by `_tag`. */
export type CallbackError =
  | TooLarge
  | InvalidEncoding
  | UnsupportedFormat
  | MalformedXml
  | MalformedJson
  | UnsupportedEvent
  | InvalidCallback;
