import { parseXml } from '../src/xml-adapter';

const response = (inner: string): string => `<Response>${inner}</Response>`;
const value = (xml: string): unknown => {
  const result = parseXml(xml);
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return result.right;
};
const error = (xml: string): unknown => {
  const result = parseXml(xml);
  if (result._tag === 'Right') throw new Error(`expected an error, got ${JSON.stringify(result.right)}`);
  return result.left;
};

describe('parseXml: values', () => {
  it('keeps every leaf as text, exactly as written', () => {
    expect(
      value(
        response('<a>000123</a><b>0x1F</b><c>12e3</c><d>1234567890123456789012</d><e>true</e><f> 1.50 </f>'),
      ),
    ).toEqual({ a: '000123', b: '0x1F', c: '12e3', d: '1234567890123456789012', e: 'true', f: ' 1.50 ' });
  });

  it('turns repeated elements into arrays and leaves single ones alone', () => {
    expect(value(response('<H><K>a</K></H><H><K>b</K></H><One><K>c</K></One>'))).toEqual({
      H: [{ K: 'a' }, { K: 'b' }],
      One: { K: 'c' },
    });
  });

  it('reads an empty element as empty text', () => {
    expect(value(response('<Message/><Prefix></Prefix>'))).toEqual({ Message: '', Prefix: '' });
  });

  it('decodes the five XML entities and character references, and nothing else', () => {
    expect(value(response('<a>&lt;&gt;&amp;&quot;&apos; &#x4F60;&#22909; &#x1F600;</a>'))).toEqual({
      a: `<>&"' 你好 😀`,
    });
    expect(value(response('<a>&amp;lt;</a>'))).toEqual({ a: '&lt;' });
  });

  it('refuses HTML entities and references to characters XML forbids', () => {
    expect(error(response('<a>&nbsp;</a>'))).toMatchInlineSnapshot(`
      {
        "_tag": "MalformedXml",
        "message": "undefined entity &nbsp; (only the five XML entities are known)",
      }
    `);
    expect(error(response('<a>&#0;</a>'))).toMatchObject({ message: expect.stringContaining('&#0;') });
    expect(error(response('<a>&#xD800;</a>'))).toMatchObject({ _tag: 'MalformedXml' });
    expect(error(response('<a>&#x110000;</a>'))).toMatchObject({ _tag: 'MalformedXml' });
    expect(error(response('<a>x & y</a>'))).toMatchObject({ _tag: 'MalformedXml', line: 1 });
  });

  it('keeps CDATA as literal text, entities and markup included', () => {
    expect(value(response('<a><![CDATA[<b>&amp;</b>]]></a><c>x<![CDATA[]]]]><![CDATA[>]]>y</c>'))).toEqual({
      a: '<b>&amp;</b>',
      c: 'x]]>y',
    });
  });

  it('tolerates a prolog, comments, processing instructions, CRLF and pretty-printing', () => {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?>\r\n<!-- sent by CI -->\r\n<Response>\r\n  <a>1</a>\r\n  <?pi data?>\r\n  <b><!-- none --></b>\r\n</Response>\r\n<!-- end -->\r\n';
    expect(value(xml)).toEqual({ a: '1', b: '' });
  });

  it('normalizes line ends inside text as XML requires', () => {
    expect(value(response('<a>line 1\r\nline 2</a>'))).toEqual({ a: 'line 1\nline 2' });
  });

  it('ignores attributes and keeps prefixed names as written', () => {
    expect(value(response('<a x="1">v</a><ns:b>w</ns:b>'))).toEqual({ a: 'v', 'ns:b': 'w' });
  });

  it('keeps mixed content instead of dropping the text', () => {
    expect(value(response('<a>text<b>1</b>more</a>'))).toEqual({ a: { b: '1', '#text': 'textmore' } });
  });

  it('keeps element names that are JavaScript prototype keys, as own data', () => {
    const data = value(
      response(
        '<__proto__><polluted>yes</polluted></__proto__><constructor>c</constructor><toString>t</toString><hasOwnProperty>h</hasOwnProperty>',
      ),
    ) as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a root other than <Response> with InvalidCallback', () => {
    expect(error('<Request><a>1</a></Request>')).toMatchInlineSnapshot(`
      {
        "_tag": "InvalidCallback",
        "issues": [
          {
            "actual": "<Request>",
            "expected": "a <Response> root element",
            "path": "",
          },
        ],
      }
    `);
  });
});

describe('parseXml: malformed and hostile input', () => {
  it('refuses a DOCTYPE before parsing, saying where', () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\n<Response>&lol2;</Response>';
    expect(error(laughs)).toMatchInlineSnapshot(`
      {
        "_tag": "MalformedXml",
        "column": 1,
        "line": 2,
        "message": "DOCTYPE and ENTITY declarations are refused (entities are never expanded)",
      }
    `);
    expect(
      error('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response>&x;</Response>'),
    ).toMatchObject({
      _tag: 'MalformedXml',
      line: 1,
    });
  });

  it('refuses declarations hidden inside elements, but not the same text in CDATA or comments', () => {
    expect(error(response('<!ENTITY x "y"><a>1</a>'))).toMatchObject({ _tag: 'MalformedXml' });
    expect(error(response('<a><!DOCTYPE x></a>'))).toMatchObject({ _tag: 'MalformedXml' });
    expect(value(response('<a><![CDATA[<!DOCTYPE x>]]></a><!-- <!ENTITY y "z"> -->'))).toEqual({
      a: '<!DOCTYPE x>',
    });
  });

  it.each([
    ['truncated', '<Response><a>1</a>', 'Unclosed tag'],
    ['mismatched tags', '<Response><a></b></Response>', 'closing tag'],
    ['crossed tags', '<Response><a><b></a></b></Response>', 'closing tag'],
    ['text before the root', 'junk<Response/>', "char 'j'"],
  ])('refuses %s with a line and column', (_, xml, message) => {
    expect(error(xml)).toMatchObject({
      _tag: 'MalformedXml',
      message: expect.stringContaining(message),
      line: expect.any(Number),
      column: expect.any(Number),
    });
  });

  it('refuses two roots and text after the root', () => {
    expect(error('<Response/><Response/>')).toMatchObject({
      _tag: 'MalformedXml',
      message: expect.stringContaining('more than one root'),
    });
    expect(error('<Response/>junk')).toMatchObject({
      _tag: 'MalformedXml',
      message: 'text after the root element',
    });
    expect(error('<Response/>junk<!-- c -->\n')).toMatchObject({ message: 'text after the root element' });
    expect(error('<!-- only a comment -->')).toMatchObject({ _tag: 'MalformedXml' });
  });

  it('bounds nesting without overflowing the stack', () => {
    const deep = `<Response>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</Response>`;
    expect(error(deep)).toEqual({ _tag: 'MalformedXml', message: 'elements nest deeper than 64 levels' });
    const fine = `<Response>${'<a>'.repeat(62)}x${'</a>'.repeat(62)}</Response>`;
    expect(parseXml(fine)._tag).toBe('Right');
  });
});
