/** Arbitraries of leaves: text (realistic, tricky, any), times CI can write, and node names. */

import * as fc from 'fast-check';
import { parseTime } from '../codecs/time';
import { keepsMixedText, MIXED_TEXT } from '../xml-conventions';
import { NOT_XML_CHAR } from '../xml-syntax';
import type { Context } from './context';

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

/**
 * Text that breaks naive encoders and decoders: markup, numbers that are not numbers, odd whitespace (blank text,
 * and what `String#trim` strips but both formats carry as content: U+00A0, U+3000, U+2028, U+FEFF).
 */
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
  '\u3000',
  '\u2028',
  '\uFEFF',
  '😀',
  '𠀀',
  '👩‍👩‍👧',
  '__proto__',
  '{"a":1}',
];

const xmlText = (s: string): boolean => !NOT_XML_CHAR.test(s);

/** Text leaves: realistic, tricky and arbitrary pieces joined; in JSON mode any UTF-16 unit too. */
export function textArbitrary(ctx: Context): fc.Arbitrary<string> {
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
export const mixedTextArbitrary = (ctx: Context) => textArbitrary(ctx).filter(keepsMixedText);

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

/** Times CI can write: any instant of years 0000 to 9999 at +08:00, weighted to the edges above. */
export const timeArbitrary: fc.Arbitrary<Date> = fc
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

/**
 * Leaves documented as Integer: any safe integer (a `number` holds it exactly), weighted to small ones, zero and
 * negatives, the ends of the safe range and epoch milliseconds (a live stream's snapshot times); never `-0`, which
 * no body can send.
 */
export const integerArbitrary: fc.Arbitrary<number> = fc
  .oneof(
    { weight: 3, arbitrary: fc.integer({ min: -100, max: 100 }) },
    { weight: 2, arbitrary: fc.maxSafeInteger() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        0,
        Number.MAX_SAFE_INTEGER,
        Number.MIN_SAFE_INTEGER,
        2 ** 31,
        -(2 ** 31) - 1,
        1716206417000,
      ),
    },
  )
  .map((n) => (n === 0 ? 0 : n)); // -0 === 0: every zero becomes +0

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

/** Characters that start a name and that follow in one, beyond the BMP too (as XML allows). */
const NAME_START = [...'AZaz_:ÀΩ名𠀀'];
const NAME_CHAR = [...'aZ09-._:·𐀀'];

/** Names of unmodelled nodes: XML names (and, in JSON mode, names only JSON can carry). */
export function nameArbitrary(ctx: Context): fc.Arbitrary<string> {
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
