import fc from 'fast-check';
import { isBlankText, isEmptyObjectNode } from '../src/codecs/absent';
import { isXmlWhitespace } from '../src/xml-syntax';
import { decodeCallback, decodeJobsResponse } from '../src/index';
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

describe('a node sent with only layout between its tags', () => {
  // `<X/>` and `<X>` + line breaks and indentation + `</X>` are one empty element: for a node with required
  // children as for any other, it is absent, never a node whose children are missing.
  const times =
    '<CreationTime>2022-06-30T18:42:20+0800</CreationTime><StartTime>2022-06-30T18:42:21+0800</StartTime>' +
    '<EndTime>2022-06-30T18:42:54+0800</EndTime>';
  const job = (input: string) =>
    `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>Transcode</Tag><Code>Success</Code>${times}<Input><Object>a.mp4</Object>${input}</Input></JobsDetail></Response>`;
  const layout = '\n      \t\r\n  ';
  const cases: Array<[string, (empty: string) => ReturnType<typeof decodeCallback>]> = [
    ['a CosHeaders item (required Key)', (e) => decodeCallback(job(`<CosHeaders>${e}</CosHeaders>`))],
    [
      'a CosHeaders item beside a full one',
      (e) =>
        decodeCallback(
          job(`<CosHeaders><Key>k</Key><Value>v</Value></CosHeaders><CosHeaders>${e}</CosHeaders>`),
        ),
    ],
    [
      "the Simple form's data (required trace_id)",
      (e) => decodeCallback(`{"code":0,"message":"m","data":${JSON.stringify(e)}}`),
    ],
    [
      "a job API answer's JobsDetail (required JobId and Tag)",
      (e) =>
        decodeJobsResponse(
          `<Response><JobsDetail>${e}</JobsDetail><NonExistJobIds>j1</NonExistJobIds></Response>`,
        ) as ReturnType<typeof decodeCallback>,
    ],
  ];

  it.each(cases)('decodes as the empty element does: %s', (_, decode) => {
    const empty = decode('');
    expect(empty._tag).toBe('Right');
    expect(decode(layout)).toEqual(empty);
    expect(decode(' ')).toEqual(empty);
  });

  it('is an issue where a node is required, as the empty element is', () => {
    const detail = (e: string) =>
      decodeCallback(`<Response><EventName>TaskFinish</EventName><JobsDetail>${e}</JobsDetail></Response>`);
    const empty = expectLeft(detail(''));
    const expected = empty._tag === 'InvalidCallback' ? empty.issues[0]?.expected : undefined;
    expect(expected).toBe('an object (JobsDetail)');
    expect(expectLeft(detail(layout))).toMatchObject({ issues: [{ path: 'JobsDetail', expected }] });
  });

  it('is nothing in a one-element list too, as the node sent bare is', () => {
    const detail = (json: string) => decodeCallback(`{"EventName":"TaskFinish","JobsDetail":${json}}`);
    for (const [listed, bare] of [
      ['[{}]', '{}'],
      ['[null]', 'null'],
      ['[""]', '""'],
    ] as const) {
      const issue = (json: string) => {
        const error = expectLeft(detail(json));
        return error._tag === 'InvalidCallback' ? error.issues : error;
      };
      expect(issue(listed)).toEqual([
        {
          path: 'JobsDetail',
          expected: 'an object (JobsDetail)',
          actual: expect.stringMatching(/^a list of 1 \(/),
        },
      ]);
      expect(issue(bare)).toMatchObject([{ path: 'JobsDetail', expected: 'an object (JobsDetail)' }]);
    }
  });
});
