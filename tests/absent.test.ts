import fc from 'fast-check';
import { isBlankText, isEmptyObjectNode } from '../src/codecs/absent';
import { isXmlWhitespace } from '../src/xml-syntax';
import { decodeCallback } from '../src/index';
import { expectLeft, expectRight } from './helpers';

/** Characters String#trim() strips that neither format counts as whitespace: content, never blank. */
const NOT_BLANK = [
  '\u000b',
  '\u000c',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

/** Is `text` JSON's whitespace only (RFC 8259 `ws`)? Asked of the platform's parser, not of a rule of ours. */
const isJsonWhitespace = (text: string): boolean => {
  try {
    JSON.parse(`${text}0${text}`);
    return true;
  } catch {
    return false;
  }
};

describe('isBlankText', () => {
  it('is text of spaces, tabs, CRs and LFs only, the empty text included', () => {
    for (const text of ['', ' ', '\t', '\r\n', ' \n\t\r ']) expect(isBlankText(text)).toBe(true);
    for (const text of ['x', ' x ', '-']) expect(isBlankText(text)).toBe(false);
    for (const u of [undefined, null, 0, {}, []]) expect(isBlankText(u)).toBe(false);
  });

  it.each(NOT_BLANK.map((char) => [char.codePointAt(0)?.toString(16).padStart(4, '0'), char]))(
    'is false for U+%s, which trim() strips but is content',
    (_, char) => {
      expect(isBlankText(char)).toBe(false);
      expect(isBlankText(` ${char}\n`)).toBe(false);
      expect(isEmptyObjectNode(char)).toBe(false);
    },
  );

  it("is XML's whitespace (S) and JSON's (ws), whatever the text", () => {
    const space = fc.constantFrom(' ', '\t', '\r', '\n', ...NOT_BLANK, 'x');
    fc.assert(
      fc.property(fc.string({ unit: space, maxLength: 6 }), (text) => {
        expect(isBlankText(text)).toBe(isXmlWhitespace(text));
        expect(isBlankText(text)).toBe(isJsonWhitespace(text));
      }),
    );
  });
});

describe('content that trim() would drop', () => {
  const xml = (inner: string) =>
    `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>Transcode</Tag>${inner}</JobsDetail></Response>`;

  it.each(['\u3000', '\u00a0', '\ufeff', '\u2028'])(
    'is an issue where a node or a time belongs, as any other text is: %j',
    (char) => {
      expect(expectLeft(decodeCallback(xml(`<Input>${char}</Input>`)))).toEqual({
        _tag: 'InvalidCallback',
        issues: [
          { path: 'JobsDetail.Input', expected: 'an object (JobInput)', actual: JSON.stringify(char) },
        ],
        omitted: 0,
      });
      expect(expectLeft(decodeCallback(xml(`<CreationTime>${char}</CreationTime>`)))).toMatchObject({
        issues: [{ path: 'JobsDetail.CreationTime', actual: JSON.stringify(char) }],
      });
      const json = JSON.stringify({
        EventName: 'TaskFinish',
        JobsDetail: { JobId: 'j1', Tag: 'Transcode', EndTime: `${char} ` },
      });
      expect(expectLeft(decodeCallback(json))).toMatchObject({ issues: [{ path: 'JobsDetail.EndTime' }] });
    },
  );

  it('is kept where text belongs, and layout whitespace still means an empty node', () => {
    const decoded = expectRight(decodeCallback(xml('<Message>\u3000</Message><Input>\n  \t\r\n</Input>')));
    expect(decoded).toEqual({
      EventName: 'TaskFinish',
      JobsDetail: { JobId: 'j1', Tag: 'Transcode', Message: '\u3000' },
    });
  });
});
