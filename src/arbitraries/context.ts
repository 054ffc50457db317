/** What the arbitraries of `cos-ci-callback/testing` generate, and the context they share while built. */

import type * as fc from 'fast-check';
import type * as t from 'io-ts';

/** What the arbitraries generate. */
export interface ArbitraryOptions {
  /**
   * `'xml'` (the default): callbacks both formats carry, so `encodeCallback(x, 'xml')` and `(x, 'json')` both
   * decode back to `x`. `'json'`: also what only a JSON body carries: any character (U+0000, lone surrogates),
   * any node name (`''`, `'#text'`, `'a b'`), lists nested in lists among unmodelled nodes.
   */
  readonly format?: 'xml' | 'json';
  /** How deep unmodelled nodes nest: 0 to 16, so that every value still decodes. Defaults to 2. */
  readonly unknownDepth?: number;
}

/**
 * The deepest `unknownDepth`: a level of unmodelled nodes nests up to three JSON levels (an object, and a list of
 * lists), and the deepest modelled node is 12 levels down, so 16 stays within the decoders' 64.
 */
const MAX_UNKNOWN_DEPTH = 16;

/** What every arbitrary is built with: the options, and the arbitraries built so far (codecs repeat). */
export interface Context {
  readonly json: boolean;
  readonly depth: number;
  readonly cache: Map<t.Mixed, fc.Arbitrary<unknown>>;
}

/** The context of `options`, checked. */
export function contextOf(options: ArbitraryOptions | undefined): Context {
  const depth = options?.unknownDepth ?? 2;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_UNKNOWN_DEPTH) {
    throw new RangeError(
      `cos-ci-callback/testing: unknownDepth must be an integer from 0 to ${MAX_UNKNOWN_DEPTH}, got ${depth}`,
    );
  }
  return { json: options?.format === 'json', depth, cache: new Map() };
}
