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
        "column": 14,
        "line": 1,
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
        "omitted": 0,
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
    ['truncated', '<Response><a>1</a>', '<Response> is not closed', 19],
    ['mismatched tags', '<Response><a></b></Response>', 'closing tag </b> does not match <a>', 14],
    ['crossed tags', '<Response><a><b></a></b></Response>', 'closing tag </a> does not match <b>', 17],
    ['text before the root', 'junk<Response/>', 'text before the root element', 1],
  ])('refuses %s with a line and column', (_, xml, message, column) => {
    expect(error(xml)).toEqual({ _tag: 'MalformedXml', message, line: 1, column });
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

  it.each(['\u0000', '\u0001', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDC00'])(
    'refuses the character %j, which XML forbids even as a reference',
    (char) => {
      expect(error(response(`\n<a>x${char}</a>`))).toMatchObject({
        _tag: 'MalformedXml',
        message: expect.stringMatching(/^character U\+[0-9A-F]{4} is not allowed in XML$/),
        line: 2,
        column: 5,
      });
    },
  );

  it.each([
    ['\uD800', 'D800'],
    ['\uDFFF', 'DFFF'],
    ['\u0001', '0001'],
    ['\uFFFF', 'FFFF'],
  ])('finds the forbidden %j after characters beyond the BMP, counting a pair as one', (char, code) => {
    expect(error(response(`<a>😀\uD83D\uDE00x${char}😀</a>`))).toEqual({
      _tag: 'MalformedXml',
      message: `character U+${code} is not allowed in XML`,
      line: 1,
      column: 19,
    });
  });

  it('counts CRLF, CR and LF as one line end each, as XML does', () => {
    expect(error('<Response>\r<a>\r\n\n&</a></Response>')).toMatchObject({ line: 4, column: 1 });
  });

  it('accepts tab, line ends and characters beyond the BMP', () => {
    expect(value(response('<a>\t😀\r\n</a>'))).toEqual({ a: '\t😀\n' });
  });

  it('bounds nesting without overflowing the stack', () => {
    const deep = `<Response>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</Response>`;
    expect(error(deep)).toEqual({
      _tag: 'MalformedXml',
      message: 'elements nest deeper than 64 levels',
      line: 1,
      column: 10 + 63 * 3 + 1,
    });
    // 64 levels, the root included, are fine; a 65th is refused, empty or not
    const nested = (inner: string): string =>
      `<Response>${'<a>'.repeat(63)}${inner}${'</a>'.repeat(63)}</Response>`;
    expect(parseXml(nested('x'))._tag).toBe('Right');
    expect(error(nested('<b/>'))).toMatchObject({ message: 'elements nest deeper than 64 levels' });
  });
});

/** One bad document per family mutation fuzzing against saxes found accepted (issue 9), and where it goes wrong. */
describe('parseXml: XML 1.0 well-formedness, family by family', () => {
  it.each([
    [
      'an unknown pseudo-attribute',
      '<?xml version="1.0" foo="bar"?><Response/>',
      'malformed XML declaration',
      1,
    ],
    ['no version', '<?xml encoding="UTF-8"?><Response/>', 'malformed XML declaration', 1],
    ['version 2.0, standalone YES', '<?xml version="2.0" standalone="YES"?><Response/>', 'malformed XML', 1],
    ['encoding before version', '<?xml encoding="UTF-8" version="1.0"?><Response/>', 'malformed XML', 1],
    ['an encoding other than UTF-8', '<?xml version="1.0" encoding="UTF-16"?><Response/>', 'UTF-16', 31],
    ['a declaration after a space', ' <?xml version="1.0"?><Response/>', 'only allowed at the very start', 2],
    [
      'a declaration inside the root',
      response('<?xml version="1.0"?>'),
      'only allowed at the very start',
      11,
    ],
    ['the PI target XML', response('<?XML x?>'), 'target XML is reserved', 11],
    ['-- inside a comment', '<!-- a -- b --><Response/>', "'--' is not allowed inside a comment", 8],
    ['a comment ending in --->', response('<!-- a --->'), "'--' is not allowed inside a comment", 18],
    ['CDATA before the root', '<![CDATA[x]]><Response/>', "'<!' must open a comment", 1],
    ['CDATA after the root', '<Response/><![CDATA[x]]>', 'text after the root element', 12],
    ['a second BOM', '\uFEFF<Response/>', 'text before the root element', 1],
    ['U+3000 after a tag name', response('<JobId\u3000>j1</JobId>'), 'expected whitespace, > or />', 17],
    [']]> in text', response('<Message>a]]>b</Message>'), "']]>' is not allowed in text", 21],
    ['a PI without a target', response('<?>'), 'expected a target name after <?', 13],
    ['a PI with ? as target', response('<??>'), 'expected a target name after <?', 13],
    ['a PI target without a space after it', response('<?pitarget+++?>'), 'expected whitespace or ?>', 21],
    ['< in an attribute value', response('<JobsDetail a="<"/>'), "'<' is not allowed in an attribute", 26],
    [
      'a bare & in an attribute value',
      response('<JobsDetail a="a & b"/>'),
      "'&' does not start a reference",
      28,
    ],
    [
      'an HTML entity in an attribute value',
      response('<JobsDetail a="&nbsp;"/>'),
      'undefined entity &nbsp;',
      26,
    ],
    ['a duplicate attribute', response('<J a="1" a="2"/>'), 'attribute a appears twice in <J>', 20],
    ['attributes without a space between', response('<J a="1"b="2"/>'), 'expected whitespace, > or />', 19],
    ['a stray end tag with a slash', response('<A></A/>'), 'expected > to end </A', 17],
    ['an element name starting with a digit', response('<1A/>'), "expected a name after '<'", 12],
  ])('refuses %s, saying where', (_, xml, message, column) => {
    expect(error(xml)).toEqual({
      _tag: 'MalformedXml',
      message: expect.stringContaining(message),
      line: 1,
      column,
    });
  });

  it('accepts names beyond the BMP, as written', () => {
    expect(value(response('<𐀀A>x</𐀀A><B𝒜/>'))).toEqual({ '𐀀A': 'x', B𝒜: '' });
  });

  it('keeps names holding U+1680 or U+FEFF whole (fast-xml-parser alone would cut them there)', () => {
    expect(value(response('<A\u1680B>x</A\u1680B><C\uFEFF/><C\uFEFF/>'))).toEqual({
      'A\u1680B': 'x',
      'C\uFEFF': ['', ''],
    });
  });

  it('accepts character references with leading zeros', () => {
    expect(value(response('<A>&#x000000041;&#00000000065;&#x0000000000001F600;</A>'))).toEqual({ A: 'AA😀' });
  });

  it('ignores what a processing instruction holds: references, markup, a lone quote', () => {
    const xml = response(`<?note &x; <!DOCTYPE <b> it's fine?><A>secret</A><?other '?><B>1</B>`);
    expect(value(xml)).toEqual({ A: 'secret', B: '1' });
  });

  it('keeps text that is only non-XML whitespace (U+3000) next to elements, as mixed content', () => {
    expect(value(response('<A>\u3000<B>1</B></A>'))).toEqual({ A: { B: '1', '#text': '\u3000' } });
  });

  it('accepts a full declaration, any 1.x version, and attributes of every shape', () => {
    const xml = `<?xml version="1.1" encoding="utf-8" standalone="no" ?>\n<Response a = '>"' b="&lt;&#60;'"\n/>`;
    expect(value(xml)).toEqual('');
  });
});
