/**
 * The laws of encoding and decoding, as fast-check properties: run at 1,000 cases each by `npm test`
 * (tests/laws.test.ts) and at 100,000 or more by `npm run fuzz` (scripts/fuzz.ts). Kept free of jest and of
 * `__dirname` so both runners can load it.
 */
import * as fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { familyOfCallback } from '../src/codecs/families';
import { formatTime, parseTime } from '../src/codecs/time';
import {
  CallbackDecodeError,
  decodeCallback,
  decodeJsonCallback,
  decodeMediaCallback,
  decodeModerationCallback,
  decodeXmlCallback,
  encodeCallback,
  formatCallbackError,
  parseCallback,
  type CallbackError,
  type CallbackFamily,
  type CallbackResponse,
  type EncodeOptions,
  type Result,
} from '../src/index';
import {
  decodeJsonCallback as decodeJsonOnly,
  decodeMediaCallback as decodeJsonMedia,
  decodeModerationCallback as decodeJsonModeration,
} from '../src/json';
import { arbitraryCallback, knownTags } from '../src/testing';

/** No size limit while checking laws: a pretty re-encoding of a large body may outgrow the default. */
const NO_LIMIT = { maxBytes: Number.MAX_SAFE_INTEGER };

/** Every decoder, by name; each family's decoders by the family they read. */
const DECODERS: ReadonlyArray<
  readonly [string, (body: string | Uint8Array) => Result<CallbackError, CallbackResponse>, CallbackFamily?]
> = [
  ['decodeCallback', (body) => decodeCallback(body)],
  ['decodeXmlCallback', (body) => decodeXmlCallback(body)],
  ['decodeJsonCallback', (body) => decodeJsonCallback(body)],
  ['json entry decodeJsonCallback', (body) => decodeJsonOnly(body)],
  ['decodeMediaCallback', (body) => decodeMediaCallback(body), 'media'],
  ['decodeModerationCallback', (body) => decodeModerationCallback(body), 'moderation'],
  ['json entry decodeMediaCallback', (body) => decodeJsonMedia(body), 'media'],
  ['json entry decodeModerationCallback', (body) => decodeJsonModeration(body), 'moderation'],
];

const encodeOptions: fc.Arbitrary<EncodeOptions> = fc.record(
  { pretty: fc.boolean(), declaration: fc.boolean() },
  { requiredKeys: [] },
);

/** Fails with both sides printed when two values differ. */
function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`${what}\nexpected: ${show(expected)}\nactual:   ${show(actual)}`);
  }
}

function show(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Date ? `Date(${v.getTime()})` : v));
}

function right(result: Result<CallbackError, CallbackResponse>, body: string): CallbackResponse {
  if (result._tag === 'Left') {
    throw new Error(
      `expected Right, got:\n${formatCallbackError(result.left)}\nbody: ${JSON.stringify(body)}`,
    );
  }
  return result.right;
}

/** Do all the times of a value have a CI form (years 0000-9999 at +08:00)? */
function timesEncodable(value: unknown): boolean {
  if (value instanceof Date) return parseTime(formatTime(value, 'T'))?.getTime() === value.getTime();
  if (typeof value !== 'object' || value === null) return true;
  return Object.values(value).every(timesEncodable);
}

/**
 * `encodeCallback(x, format)` either refuses with a `RangeError` or writes a body that decodes back to `x`.
 * `mustWrite` says the refusal is not allowed.
 */
function reencodes(x: CallbackResponse, format: 'xml' | 'json', mustWrite: boolean): void {
  let body: string;
  try {
    body = encodeCallback(x, format, { pretty: false });
  } catch (e) {
    if (e instanceof RangeError && !mustWrite) return;
    throw e;
  }
  expectEqual(right(decodeCallback(body, NO_LIMIT), body), x, `${format} re-encoding changed the value`);
}

/**
 * Every decoder answers a Result (never throws), every error formats and stays small (at most 100 issues, under
 * 64 KiB as JSON and as text), `parseCallback` throws only `CallbackDecodeError`, `decodeCallback` and each family's
 * decoders agree both ways (the same value, or the other family's `UnsupportedEvent`), and whatever decodes re-encodes: JSON always (times
 * permitting), XML whenever the body was XML.
 */
export function checkDecoders(body: string | Uint8Array): void {
  const results = new Map<string, Result<CallbackError, CallbackResponse>>();
  for (const [name, decode] of DECODERS) {
    const result = decode(body);
    results.set(name, result);
    if (result._tag === 'Left') {
      const text = formatCallbackError(result.left);
      if (typeof text !== 'string') throw new Error(`${name}: bad error text`);
      const { left } = result;
      if (left._tag === 'InvalidCallback' && (left.issues.length > 100 || !Number.isInteger(left.omitted)))
        throw new Error(`${name}: ${left.issues.length} issues, omitted ${left.omitted}`);
      if (text.length > 64 * 1024 || JSON.stringify(left).length > 64 * 1024)
        throw new Error(`${name}: an error of ${JSON.stringify(left).length} characters`);
    } else if (result._tag !== 'Right') throw new Error(`${name} returned ${show(result)}`);
  }
  try {
    parseCallback(body);
  } catch (e) {
    if (!(e instanceof CallbackDecodeError)) throw e;
  }
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const fromXml = /^\s*</.test(text.replace(/^\uFEFF/, ''));
  const all = results.get('decodeCallback');
  // Both ways: what a family's decoder reads, decodeCallback reads alike; what decodeCallback reads, its family's
  // decoders read alike (the JSON entry's: from JSON), and the other family's refuse as an UnsupportedEvent that
  // names the family.
  for (const [name, , family] of DECODERS) {
    const own = results.get(name);
    if (family === undefined || own === undefined || (name.startsWith('json entry') && fromXml)) continue;
    if (own._tag === 'Right') {
      expectEqual(all?._tag === 'Right' ? all.right : all, own.right, `decodeCallback differs from ${name}`);
    } else if (all?._tag === 'Right') {
      const expected =
        family === familyOfCallback(all.right)
          ? all
          : { _tag: 'UnsupportedEvent', family: familyOfCallback(all.right) };
      const actual =
        own.left._tag === 'UnsupportedEvent' ? { _tag: own.left._tag, family: own.left.family } : own;
      expectEqual(actual, expected, `${name} on what decodeCallback reads`);
    }
  }
  if (all?._tag !== 'Right') return;
  const decoded = all.right;
  const times = timesEncodable(decoded);
  reencodes(decoded, 'json', times);
  reencodes(decoded, 'xml', times && fromXml); // the XML decoder refuses characters XML cannot carry
}

// ----- mutations ------------------------------------------------------------------------------------------

type Mutation = (text: string) => string;

const position = (text: string, at: number): number => (text.length === 0 ? 0 : at % (text.length + 1));

/** Character-level: insert, delete and duplicate a span. */
const characterMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(
      fc.nat(),
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 4 }),
        fc.constantFrom(
          '<',
          '>',
          '&',
          '"',
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          '</',
          '/>',
          '<!--',
          '<![CDATA[',
          '&#0;',
          '\\u0000',
          '\u0000',
          '\uD800',
          '-',
          ' ',
        ),
      ),
    )
    .map(([at, insert]): Mutation => (text) => {
      const i = position(text, at);
      return text.slice(0, i) + insert + text.slice(i);
    }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 16 })).map(([at, length]): Mutation => (text) => {
    const i = position(text, at);
    return text.slice(0, i) + text.slice(i + length);
  }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 32 })).map(([at, length]): Mutation => (text) => {
    const i = position(text, at);
    return text.slice(0, i + length) + text.slice(i);
  }),
);

/** The span of the `n`-th XML element (first occurrence of its end tag), if any. */
function elementSpan(text: string, n: number): readonly [number, number] | undefined {
  const opens = [...text.matchAll(/<([A-Za-z_][\w.:-]*)>/g)];
  if (opens.length === 0) return undefined;
  const open = opens[n % opens.length] as RegExpMatchArray;
  const start = open.index ?? 0;
  const close = `</${open[1] ?? ''}>`;
  const end = text.indexOf(close, start);
  return end === -1 ? undefined : [start, end + close.length];
}

/** Element-level, XML: duplicate, delete, or move an element; empty it. */
const xmlElementMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.nat(), fc.constantFrom('duplicate', 'delete', 'move', 'empty'))
  .map(([n, m, kind]): Mutation => (text) => {
    const span = elementSpan(text, n);
    if (span === undefined) return text;
    const [start, end] = span;
    const element = text.slice(start, end);
    switch (kind) {
      case 'duplicate':
        return text.slice(0, end) + element + text.slice(end);
      case 'delete':
        return text.slice(0, start) + text.slice(end);
      case 'move': {
        const rest = text.slice(0, start) + text.slice(end);
        const target = elementSpan(rest, m)?.[0] ?? 0;
        return rest.slice(0, target) + element + rest.slice(target);
      }
      case 'empty':
        return text.slice(0, start) + element.replace(/>[\s\S]*<\//, '></') + text.slice(end);
    }
  });

type Json = unknown;

/** Element-level, JSON: on the parsed value, duplicate a list item, wrap a value in a list, drop a key, replace a value. */
const jsonElementMutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.nat(),
    fc.constantFrom('duplicate', 'wrap', 'delete', 'replace', 'unwrap'),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([n, kind, replacement]): Mutation => (text) => {
    let root: Json;
    try {
      root = JSON.parse(text);
    } catch {
      return text;
    }
    const slots: Array<{ parent: Record<string, Json> | Json[]; key: string | number }> = [];
    const walk = (value: Json): void => {
      if (Array.isArray(value))
        value.forEach((item, i) => (slots.push({ parent: value, key: i }), walk(item)));
      else if (typeof value === 'object' && value !== null) {
        for (const key of Object.keys(value)) {
          slots.push({ parent: value as Record<string, Json>, key });
          walk((value as Record<string, Json>)[key]);
        }
      }
    };
    walk(root);
    const slot = slots[n % Math.max(slots.length, 1)];
    if (slot === undefined) return text;
    const parent = slot.parent as Record<string | number, Json>;
    const current = parent[slot.key];
    switch (kind) {
      case 'duplicate':
        if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 0, current);
        else parent[slot.key] = [current, current];
        break;
      case 'wrap':
        parent[slot.key] = [current];
        break;
      case 'unwrap':
        if (Array.isArray(current)) parent[slot.key] = current[0] ?? null;
        break;
      case 'delete':
        if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
        else Reflect.deleteProperty(parent, slot.key);
        break;
      case 'replace':
        parent[slot.key] = replacement;
        break;
    }
    return JSON.stringify(root);
  });

const mutations: fc.Arbitrary<readonly Mutation[]> = fc.array(
  fc.oneof(characterMutation, xmlElementMutation, jsonElementMutation),
  { minLength: 1, maxLength: 3 },
);

/** Bodies to mutate: the given samples, and encodings of generated callbacks (so every Tag is covered). */
function seedBodies(samples: readonly string[]): fc.Arbitrary<string> {
  const generated = fc
    .tuple(arbitraryCallback(), fc.constantFrom('xml' as const, 'json' as const), encodeOptions)
    .map(([x, format, options]) => encodeCallback(x, format, options));
  return samples.length === 0
    ? generated
    : fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...samples) }, { weight: 1, arbitrary: generated });
}

// ----- the laws -------------------------------------------------------------------------------------------

/** A property, built fresh for each run. */
export type Law = () => fc.IRawProperty<unknown, false>;

/**
 * The laws, by name. `samples` are real bodies (the shared Tencent samples and the project's `samples/`) that
 * the mutation law starts from.
 */
export function laws(samples: readonly string[]): Readonly<Record<string, Law>> {
  return {
    /** decodeCallback(encodeCallback(x, 'xml')) is Right(x), for text and for UTF-8 bytes. */
    'xml round trip': () =>
      fc.property(arbitraryCallback(), encodeOptions, (x, options) => {
        const body = encodeCallback(x, 'xml', options);
        expectEqual(right(decodeCallback(body), body), x, 'decodeCallback(encodeCallback(x, xml))');
        expectEqual(
          right(decodeXmlCallback(new TextEncoder().encode(body)), body),
          x,
          'decoded from UTF-8 bytes',
        );
      }),

    /** decodeCallback(encodeCallback(x, 'json')) is Right(x), also for what only JSON carries. */
    'json round trip': () =>
      fc.property(arbitraryCallback({ format: 'json' }), encodeOptions, (x, options) => {
        const body = encodeCallback(x, 'json', options);
        expectEqual(right(decodeCallback(body), body), x, 'decodeCallback(encodeCallback(x, json))');
        expectEqual(right(decodeJsonOnly(body), body), x, 'the JSON-only entry');
      }),

    /** The XML and JSON encodings of the same x decode to deep-equal values. */
    'xml and json agree': () =>
      fc.property(arbitraryCallback(), (x) => {
        const xml = encodeCallback(x, 'xml');
        const json = encodeCallback(x, 'json');
        expectEqual(
          right(decodeCallback(xml), xml),
          right(decodeCallback(json), json),
          'XML and JSON differ',
        );
      }),

    /** On what only JSON carries, the XML encoder refuses with a RangeError or round-trips exactly. */
    'xml refuses or round-trips': () =>
      fc.property(arbitraryCallback({ format: 'json' }), (x) => reencodes(x, 'xml', false)),

    /** No decoder throws on arbitrary text. */
    'decoders never throw on strings': () =>
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({
            unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
            maxLength: 100,
          }),
          fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `<Response>${s}</Response>`),
          fc.string({ maxLength: 200 }).map((s) => `{"EventName":"TaskFinish",${s}`),
        ),
        checkDecoders,
      ),

    /** No decoder throws on arbitrary bytes, nor on valid bodies with bytes flipped. */
    'decoders never throw on bytes': () =>
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc
            .tuple(
              seedBodies(samples),
              fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
            )
            .map(([body, flips]) => {
              const bytes = new TextEncoder().encode(body);
              for (const [at, byte] of flips) if (bytes.length > 0) bytes[at % bytes.length] = byte;
              return bytes;
            }),
        ),
        checkDecoders,
      ),

    /** No decoder throws on any JSON value, as a body or in the callbacks' own places, of both families. */
    'decoders never throw on json values': () =>
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom(...knownTags(), 'SomeNewTag'),
        fc.constantFrom(
          'body',
          'JobsDetail',
          'Operation',
          'Input',
          'WorkflowExecution',
          'Tasks',
          'ReviewVideo',
          'Snapshot',
          'CosHeaders',
          'data',
        ),
        (value, tag, place) => {
          const job = (extra: object) => ({
            EventName: 'TaskFinish',
            JobsDetail: { JobId: 'j1', Tag: tag, ...extra },
          });
          const body = {
            body: value,
            JobsDetail: { EventName: 'TaskFinish', JobsDetail: value },
            Operation: job({ Operation: value }),
            Input: job({ Input: value }),
            WorkflowExecution: { EventName: 'WorkflowFinish', WorkflowExecution: value },
            Tasks: { EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'r', Tasks: value } },
            ReviewVideo: { EventName: 'ReviewVideo', JobsDetail: value },
            Snapshot: { EventName: 'ReviewVideo', JobsDetail: { JobId: 'v', Snapshot: value } },
            CosHeaders: { EventName: 'ReviewImage', JobsDetail: { JobId: 'i', CosHeaders: value } },
            data: { code: 0, data: value },
          }[place];
          checkDecoders(JSON.stringify(body));
        },
      ),

    /** No decoder throws on samples mutated by inserting, deleting and duplicating characters and elements. */
    'decoders never throw on mutated samples': () =>
      fc.property(seedBodies(samples), mutations, (body, changes) => {
        checkDecoders(changes.reduce((text, change) => change(text), body));
      }),
  };
}
