/**
 * `cos-ci-callback/testing`: fast-check arbitraries of decoded callbacks, derived from the library's own codecs,
 * for property-testing callback handlers. Needs `fast-check` (an optional peer dependency) installed.
 * @packageDocumentation
 * @module cos-ci-callback/testing
 */
import * as fc from 'fast-check';
import type * as t from 'io-ts';
import { KNOWN_TAGS, type JobOf, type KnownTag } from './codecs/jobs-detail';
import type { UnknownNode, UnknownNodes } from './codecs/unknown-node';
import { UnknownNodesCodec } from './codecs/unknown-node';
import { CallbackResponseCodec, type CallbackResponse, type TaskFinishResponse } from './codecs/response';
import { discriminantOf, fieldOf, literalAt, shapeFor, shapeOf } from './codecs/shape';
import type { StructC } from './codecs/struct';
import { parseTime } from './codecs/time';
import { setNode } from './plain';
import { keepsMixedText, MIXED_TEXT } from './xml-conventions';
import { NOT_XML_CHAR } from './xml-syntax';

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

interface Context {
  readonly json: boolean;
  readonly depth: number;
  readonly cache: Map<t.Mixed, fc.Arbitrary<unknown>>;
}

function contextOf(options: ArbitraryOptions | undefined): Context {
  const depth = options?.unknownDepth ?? 2;
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_UNKNOWN_DEPTH) {
    throw new RangeError(
      `cos-ci-callback/testing: unknownDepth must be an integer from 0 to ${MAX_UNKNOWN_DEPTH}, got ${depth}`,
    );
  }
  return { json: options?.format === 'json', depth, cache: new Map() };
}

// ----- text -----------------------------------------------------------------------------------------------

/** Text as real callbacks carry it. */
const REALISTIC = [
  'Success',
  'done',
  'Failed',
  'j515a494af86111ecb8546d80f2baf56f',
  'test-123456789',
  'output/digital.mp4',
  'ap-chongqing',
  'video/mp4',
  'cos:ObjectCreated:Put',
  'snapshot_1280*720_3',
  '50/1',
  '"d5a491cd3d8d071e3212c3478e8e35a1"',
  '你好，世界',
];

/** Text that breaks naive encoders and decoders: markup, numbers that are not numbers, odd whitespace. */
const TRICKY = [
  '<',
  '>',
  '&',
  ']]>',
  '&amp;',
  '&#x4F60;',
  '<![CDATA[x]]>',
  '<JobId>j1</JobId>',
  '"',
  "'",
  '000123',
  '0x1F',
  '12e3',
  '1234567890123456789012',
  '-99',
  '1.50',
  '-0',
  'NaN',
  'true',
  'null',
  '-',
  ' ',
  '  padded  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u00A0',
  '\uFEFF',
  '😀',
  '𠀀',
  '👩‍👩‍👧',
  '__proto__',
  '{"a":1}',
];

const xmlText = (s: string): boolean => !NOT_XML_CHAR.test(s);

function textArbitrary(ctx: Context): fc.Arbitrary<string> {
  const pieces: Array<fc.WeightedArbitrary<string>> = [
    { weight: 4, arbitrary: fc.constantFrom(...REALISTIC) },
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }).filter(xmlText) },
  ];
  if (ctx.json) {
    pieces.push({
      weight: 2,
      arbitrary: fc.string({
        unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
        minLength: 1,
        maxLength: 4,
      }),
    });
  }
  return fc.array(fc.oneof(...pieces), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
}

/** Text the XML decoder keeps beside child elements: it drops XML whitespace there. */
const mixedTextArbitrary = (ctx: Context) => textArbitrary(ctx).filter(keepsMixedText);

// ----- times ----------------------------------------------------------------------------------------------

const at = (text: string): Date => parseTime(text) as Date;

/** The instants CI's time forms can write: years 0000 to 9999 at +08:00, to the millisecond. */
const FIRST = at('0000-01-01T00:00:00+0800');
const LAST = at('9999-12-31T23:59:59.999+0800');

/** Offset and calendar edges: the range's ends, the epoch, leap days, days that differ at UTC and +08:00. */
const EDGES = [
  FIRST,
  LAST,
  at('1970-01-01T00:00:00Z'),
  at('1969-12-31T23:59:59.999Z'),
  at('2022-06-30T18:42:20+0800'),
  at('2022-12-31T16:00:00Z'),
  at('2022-12-31T15:59:59.999Z'),
  at('2024-02-29T23:59:59+0800'),
  at('2000-02-29T00:00:00.001+0800'),
  at('1900-03-01T00:00:00+0800'),
  at('2100-02-28T16:00:00Z'),
  at('0099-12-31T23:59:59+0800'),
  at('0100-01-01T00:00:00+0800'),
];

const timeArbitrary: fc.Arbitrary<Date> = fc
  .oneof(
    { weight: 3, arbitrary: fc.date({ min: FIRST, max: LAST, noInvalidDate: true }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...EDGES), fc.integer({ min: -86_400_000, max: 86_400_000 }))
        .map(
          ([edge, shift]) =>
            new Date(Math.min(LAST.getTime(), Math.max(FIRST.getTime(), edge.getTime() + shift))),
        ),
    },
    { weight: 2, arbitrary: fc.constantFrom(...EDGES) },
  )
  .map((date) => new Date(date.getTime()));

// ----- unmodelled nodes -----------------------------------------------------------------------------------

/** Names of unmodelled nodes, including those that name `Object.prototype` members. */
const NAMES = [
  'Extra',
  'Result',
  'SubErrCode',
  'Data',
  'x-cos-meta-a',
  'a.b',
  'a:b',
  '_',
  '名字',
  'Été',
  'xml',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

const NAME_START = [...'AZaz_:ÀΩ名'];
const NAME_CHAR = [...'aZ09-._:·'];

function nameArbitrary(ctx: Context): fc.Arbitrary<string> {
  const xml = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...NAME_START),
          fc.string({ unit: fc.constantFrom(...NAME_CHAR), maxLength: 5 }),
        )
        .map(([start, rest]) => start + rest),
    },
  );
  return ctx.json
    ? fc.oneof(xml, fc.constantFrom('', MIXED_TEXT, ' ', '1', 'a b', '<'), fc.string({ maxLength: 4 }))
    : xml;
}

/** A value one time in `oneIn`, `undefined` otherwise. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 1, arbitrary }, { weight: oneIn - 1, arbitrary: fc.constant(undefined) });

/** An object from entries, each an own data property (even `__proto__`). */
function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) setNode(object, key, value);
  return object;
}

/** Unmodelled children for an object whose modelled children are `taken`, and maybe mixed-content text. */
function extraChildren(
  ctx: Context,
  taken: ReadonlySet<string>,
  depth: number,
): fc.Arbitrary<ReadonlyArray<readonly [string, unknown]>> {
  const value = unknownValue(ctx, depth);
  return fc.uniqueArray(
    fc.tuple(
      nameArbitrary(ctx).filter((name) => !taken.has(name)),
      value,
    ),
    { selector: ([name]) => name, maxLength: 2 },
  );
}

/** A node the library does not model: text, or an object of nodes. */
function unknownNode(ctx: Context, depth: number): fc.Arbitrary<UnknownNode> {
  if (depth <= 0) return textArbitrary(ctx);
  return fc.oneof(
    { weight: 2, arbitrary: textArbitrary(ctx) },
    { weight: 1, arbitrary: unknownObject(ctx, depth - 1) },
  );
}

/** A node's value: one node, or a list of them (in JSON, lists inside lists too). */
function unknownValue(ctx: Context, depth: number): fc.Arbitrary<UnknownNode> {
  const node = unknownNode(ctx, depth);
  const item = ctx.json
    ? fc.oneof(
        { weight: 4, arbitrary: node },
        { weight: 1, arbitrary: fc.array(node, { minLength: 1, maxLength: 2 }) },
      )
    : node;
  return fc.oneof(
    { weight: 3, arbitrary: node },
    { weight: 1, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
  );
}

/** A non-empty object of unmodelled nodes, with mixed-content text sometimes (as the XML decoder keeps it). */
function unknownObject(ctx: Context, depth: number): fc.Arbitrary<UnknownNodes> {
  const entries = fc.uniqueArray(fc.tuple(nameArbitrary(ctx), unknownValue(ctx, depth)), {
    selector: ([name]) => name,
    minLength: 1,
    maxLength: 3,
  });
  const withEntries = fc.tuple(entries, sometimes(mixedTextArbitrary(ctx), 8)).map(([pairs, text]) => {
    const withText =
      text === undefined || pairs.some(([name]) => name === MIXED_TEXT)
        ? pairs
        : [...pairs, [MIXED_TEXT, text] as const];
    return objectOf(withText) as UnknownNodes;
  });
  // What XML gives for text beside elements that were all empty: an object holding only `#text`.
  const textOnly = mixedTextArbitrary(ctx).map((text) => objectOf([[MIXED_TEXT, text]]) as UnknownNodes);
  return fc.oneof({ weight: 12, arbitrary: withEntries }, { weight: 1, arbitrary: textOnly });
}

// ----- modelled nodes, derived from the codecs --------------------------------------------------------------

function structArbitrary(
  struct: StructC<t.Props, t.Props>,
  ctx: Context,
  overrides: ReadonlyMap<string, fc.Arbitrary<unknown>> = new Map(),
): fc.Arbitrary<unknown> {
  const arbitraryFor = (key: string): fc.Arbitrary<unknown> =>
    overrides.get(key) ?? arbitraryOf(fieldOf(struct, key) as t.Mixed, ctx);
  const required = Object.keys(struct.required).map((key) =>
    arbitraryFor(key).map((value) => [key, value] as const),
  );
  const optional = Object.keys(struct.optional).map((key) =>
    fc.option(
      arbitraryFor(key).map((value) => [key, value] as const),
      { nil: undefined, freq: 2 },
    ),
  );
  const taken = new Set([...Object.keys(struct.required), ...Object.keys(struct.optional)]);
  const extras = sometimes(extraChildren(ctx, taken, ctx.depth), 4);
  const mixed = sometimes(mixedTextArbitrary(ctx), 20);
  return fc
    .tuple(fc.tuple(...required), fc.tuple(...optional), extras, mixed)
    .map(([req, opt, extra = [], text]) => {
      const entries: Array<readonly [string, unknown]> = [...req];
      for (const entry of opt) if (entry !== undefined) entries.push(entry);
      entries.push(...extra);
      if (text !== undefined && !entries.some(([name]) => name === MIXED_TEXT)) {
        entries.push([MIXED_TEXT, text]);
      }
      return objectOf(entries);
    })
    .filter((object) => Object.keys(object).length > 0); // an empty node decodes to nothing
}

function dispatchArbitrary(members: readonly t.Mixed[], ctx: Context): fc.Arbitrary<unknown> {
  const key = discriminantOf(members);
  const taken = new Set(
    key === undefined ? [] : members.map((m) => literalAt(m, key)).filter((v) => v !== undefined),
  );
  const arbitraries = members.map((member) => {
    const shape = shapeOf(member);
    if (key === undefined || literalAt(member, key) !== undefined || shape?.kind !== 'struct') {
      return arbitraryOf(member, ctx);
    }
    // The catch-all member (an unknown Tag): any value but the ones another member claims.
    const value = (arbitraryOf(fieldOf(shape, key) as t.Mixed, ctx) as fc.Arbitrary<string>).filter(
      (v) => !taken.has(v),
    );
    return structArbitrary(shape, ctx, new Map([[key, value]]));
  });
  return fc.oneof(...arbitraries);
}

function arbitraryOf(codec: t.Mixed, ctx: Context): fc.Arbitrary<unknown> {
  const cached = ctx.cache.get(codec);
  if (cached !== undefined) return cached;
  const shape = shapeOf(codec);
  let arbitrary: fc.Arbitrary<unknown>;
  switch (shape?.kind) {
    case 'text':
      arbitrary = textArbitrary(ctx);
      break;
    case 'literal':
      arbitrary = fc.constant(shape.value);
      break;
    case 'time':
      arbitrary = timeArbitrary;
      break;
    case 'unknown':
      arbitrary =
        (codec as unknown) === UnknownNodesCodec
          ? unknownObject(ctx, ctx.depth)
          : unknownValue(ctx, ctx.depth);
      break;
    case 'many':
      arbitrary = fc.array(arbitraryOf(shape.item, ctx), { minLength: 1, maxLength: 3 });
      break;
    case 'one':
      arbitrary = arbitraryOf(shape.item, ctx);
      break;
    case 'dispatch':
      arbitrary = dispatchArbitrary(shape.members(), ctx);
      break;
    case 'struct':
      arbitrary = structArbitrary(shape, ctx);
      break;
    case undefined:
      throw new Error(
        `cos-ci-callback/testing: no arbitrary for the codec "${codec.name}"; build codecs with struct, many, ` +
          `one, dispatch, Text, literal, JobTime or WorkflowTime so that they can be derived`,
      );
  }
  ctx.cache.set(codec, arbitrary);
  return arbitrary;
}

// ----- public ---------------------------------------------------------------------------------------------

/** The Response member whose `EventName` is `event`. */
function responseMember(event: CallbackResponse['EventName']): StructC<t.Props, t.Props> {
  for (const member of CallbackResponseCodec.members()) {
    const shape = shapeOf(member);
    if (shape?.kind === 'struct' && literalAt(member, 'EventName') === event) return shape;
  }
  throw new Error(`cos-ci-callback/testing: no codec for EventName ${event}`);
}

export type { KnownTag };

/** A `TaskFinish` callback whose job has the Tag `T`. */
export interface TaskFinishOf<T extends KnownTag> extends TaskFinishResponse {
  readonly JobsDetail: JobOf<T>;
}

/**
 * Any valid decoded callback: both events, every modelled Tag, unknown Tags and unmodelled nodes, lists of one
 * and several, text that needs escaping, numeric-looking text, text beyond the BMP, times at offset and
 * calendar edges. Every value decodes back from `encodeCallback(value, 'xml' | 'json')`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { encodeCallback } from 'cos-ci-callback';
 * import { arbitraryCallback } from 'cos-ci-callback/testing';
 *
 * test('the handler answers 200 to every callback', async () => {
 *   await fc.assert(
 *     fc.asyncProperty(arbitraryCallback(), fc.constantFrom('xml', 'json'), async (callback, format) => {
 *       const res = await handler(new Request('http://localhost:3000/cos-callback', { method: 'POST', body: encodeCallback(callback, format) }));
 *       expect(res.status).toBe(200);
 *     }),
 *   );
 * });
 * ```
 */
export function arbitraryCallback(options?: ArbitraryOptions): fc.Arbitrary<CallbackResponse> {
  return arbitraryOf(CallbackResponseCodec, contextOf(options)) as fc.Arbitrary<CallbackResponse>;
}

/**
 * A `TaskFinish` callback: of any Tag, or of the given one (a modelled Tag narrows the type; another Tag gives
 * an unknown-Tag job with that Tag).
 *
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbitraryTaskFinish('ExtractDigitalWatermark'), (callback) => {
 *     const message = callback.JobsDetail.Operation?.ExtractDigitalWatermark?.Message; // string | undefined
 *     expect(() => handleWatermark(callback)).not.toThrow();
 *   }),
 * );
 * ```
 */
export function arbitraryTaskFinish<T extends KnownTag>(
  tag: T,
  options?: ArbitraryOptions,
): fc.Arbitrary<TaskFinishOf<T>>;
export function arbitraryTaskFinish(
  tag?: string,
  options?: ArbitraryOptions,
): fc.Arbitrary<TaskFinishResponse>;
export function arbitraryTaskFinish(
  tag?: string,
  options?: ArbitraryOptions,
): fc.Arbitrary<TaskFinishResponse> {
  const ctx = contextOf(options);
  const member = responseMember('TaskFinish');
  if (tag === undefined) return structArbitrary(member, ctx) as fc.Arbitrary<TaskFinishResponse>;
  if (tag === '') throw new Error('cos-ci-callback/testing: a Tag cannot be empty');
  const shape = shapeFor(fieldOf(member, 'JobsDetail'), { Tag: tag });
  if (shape?.kind !== 'struct') throw new Error(`cos-ci-callback/testing: no codec for Tag ${tag}`);
  const detail = structArbitrary(shape, ctx, new Map([['Tag', fc.constant(tag)]]));
  return structArbitrary(member, ctx, new Map([['JobsDetail', detail]])) as fc.Arbitrary<TaskFinishResponse>;
}

/**
 * A `WorkflowFinish` callback.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryWorkflowFinish(), (callback) => handleWorkflow(callback) !== undefined));
 * ```
 */
export function arbitraryWorkflowFinish(
  options?: ArbitraryOptions,
): fc.Arbitrary<Extract<CallbackResponse, { readonly EventName: 'WorkflowFinish' }>> {
  return structArbitrary(responseMember('WorkflowFinish'), contextOf(options)) as fc.Arbitrary<
    Extract<CallbackResponse, { readonly EventName: 'WorkflowFinish' }>
  >;
}

/**
 * The Tags this version models (the ones with a typed `Operation`): the main entry's `KNOWN_TAGS`.
 *
 * @example
 * ```ts
 * for (const tag of knownTags()) fc.assert(fc.property(arbitraryTaskFinish(tag), handle));
 * ```
 */
export function knownTags(): readonly KnownTag[] {
  return KNOWN_TAGS;
}
