import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { parseXml, parseXmlPlain } from '../src/xml-adapter';
import { reduce } from '../src/xml-reduce';
import { listFiles, readText, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';

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

  it('accepts tab, line ends and characters beyond the BMP', () => {
    expect(value(response('<a>\t😀\r\n</a>'))).toEqual({ a: '\t😀\n' });
  });

  it('bounds nesting without overflowing the stack', () => {
    const deep = `<Response>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</Response>`;
    expect(error(deep)).toEqual({ _tag: 'MalformedXml', message: 'elements nest deeper than 64 levels' });
    const fine = `<Response>${'<a>'.repeat(62)}x${'</a>'.repeat(62)}</Response>`;
    expect(parseXml(fine)._tag).toBe('Right');
  });
});

describe('fast path', () => {
  /** 1,500 in `npm test`; set FAST_PATH_RUNS for a longer hunt. */
  const RUNS = Number(process.env.FAST_PATH_RUNS ?? 1500);

  // ---------------------------------------------------------------------------------------- generators
  const names = fc.constantFrom(
    'Response',
    'EventName',
    'JobsDetail',
    'A',
    'b-c.d',
    'ns:Tag',
    '_x1',
    '名前',
    '__proto__',
    'constructor',
    'toString',
  );
  const badNames = fc.constantFrom('1bad', '-x', 'a$b', '', ' A', 'A ', '𝒜');
  const longText = fc
    .tuple(
      fc.constantFrom('transcript ', '腾讯云语音识别。', 'a&amp;b ', 'x &lt; y ', '\r\n', '\t'),
      fc.integer({ min: 8, max: 40 }),
    )
    .map(([unit, n]) => unit.repeat(n));
  const textPiece = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        'Success',
        'x',
        '0',
        ' ',
        '\n    ',
        '\r\n',
        '\r',
        '  \t ',
        '\u00a0',
        '\u3000',
      ),
    },
    { weight: 3, arbitrary: longText },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        '&amp;',
        '&lt;',
        '&gt;',
        '&quot;',
        '&apos;',
        '&#65;',
        '&#x4F60;',
        '&#x1F600;',
        '&#32;',
        '&#x0;',
        '&#xD800;',
        '&#xFFFF;',
        '&#x110000;',
        '&#x000000041;',
        '&#12345678901;',
        '&nbsp;',
        '&;',
        '&#;',
        '&#x;',
        '&#X41;',
        '&',
        '& ',
        '&abc',
        '&abcdefghijklmnopqrstu;',
        '&abcdefghijklmnopqrst;',
        '&a-b;',
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '<![CDATA[a < b & c]]>',
        '<![CDATA[]]>',
        '<![CDATA[  ]]>',
        '<![CDATA[\r\n]]>',
      ),
    },
    { weight: 2, arbitrary: fc.constantFrom('<!-- note -->', '<!---->', '<!-- a -- b -->') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(']]>', '>', '<', '< A', '</', '<?pi x?>', '\uffff', '\uffff0', '\u0000'),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  );
  const text = fc.array(textPiece, { maxLength: 4 }).map((pieces) => pieces.join(''));

  type Tree = { name: string; close: string; attrs: string; empty: boolean; children: Array<Tree | string> };
  const { tree } = fc.letrec<{ tree: Tree; item: Tree | string }>((tie) => ({
    tree: fc.record({
      name: names,
      close: fc.oneof(
        { weight: 20, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.oneof(names, badNames) },
      ),
      attrs: fc.oneof(
        { weight: 12, arbitrary: fc.constant('') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(' ', ' a="1"', " a='&'", ' a="x>y"', ' a', ' a="1" a="2"', '\t'),
        },
      ),
      empty: fc.boolean(),
      children: fc.array(tie('item'), { maxLength: 4, depthIdentifier: 'tree' }),
    }),
    item: fc.oneof({ depthSize: 'small', depthIdentifier: 'tree' }, text, tie('tree')),
  }));
  /** Renders a tree; `pretty` indents elements that hold elements, as CI does, and drops their text. */
  const render = (node: Tree | string, pretty: boolean, indent = ''): string => {
    if (typeof node === 'string') return node;
    if (node.empty && node.children.length === 0) return `<${node.name}${node.attrs}/>`;
    const close = node.close === '' ? node.name : node.close;
    const elements = node.children.filter((child) => typeof child !== 'string');
    const inner =
      pretty && elements.length > 0
        ? `${elements.map((child) => `\n${indent}    ${render(child, pretty, `${indent}    `)}`).join('')}\n${indent}`
        : node.children.map((child) => render(child, pretty, indent)).join('');
    return `<${node.name}${node.attrs}>${inner}</${close}>`;
  };
  const prolog = fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<?xml version="1.0" encoding="utf-8"?>\n',
        "<?xml version='1.0'?>",
        '<?xml?>',
        ' <?xml version="1.0"?>',
        '<?xml version="1.0?>',
        '<?xml-stylesheet href="a"?>',
        '<?xml version="&amp;"?>',
        '\ufeff',
        '<!-- lead -->\n',
        '<!DOCTYPE r [<!ENTITY x "y">]>',
        'junk',
      ),
    },
  );
  const epilog = fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '\n',
        '<!-- end -->',
        'tail',
        '<Second/>',
        '<Second></Second>',
        '<?pi?>',
        ' &amp;',
      ),
    },
  );
  const root = fc
    .record({
      root: tree,
      name: fc.oneof({ weight: 8, arbitrary: fc.constant('Response') }, { weight: 1, arbitrary: names }),
      more: fc.array(fc.oneof(tree, text), { maxLength: 4 }),
    })
    .map(({ root, name, more }) => ({ ...root, name, children: [...root.children, ...more] }));
  const document = fc
    .tuple(prolog, root, epilog, fc.boolean())
    .map(([before, node, after, pretty]) => before + render(node, pretty) + after);

  /** Random damage: cut a span, or insert markup-significant characters. */
  const damaged = fc
    .tuple(
      document,
      fc.nat(),
      fc.nat({ max: 6 }),
      fc.constantFrom('', '<', '>', '&', '/', ']]>', '\uffff', ' ', '</A>', '<A>', '"', '\r'),
    )
    .map(([doc, at, cut, insert]) => {
      const i = doc.length === 0 ? 0 : at % doc.length;
      return doc.slice(0, i) + insert + doc.slice(i + cut);
    });

  const samePath = (doc: string): void => {
    expect(parseXml(doc)).toEqual(parseXmlPlain(doc));
  };

  // ---------------------------------------------------------------------------------------- properties
  test('answers exactly what the plain path (validator + parser on the whole document) answers', () => {
    fc.assert(fc.property(document, samePath), { numRuns: RUNS });
  });

  test('answers exactly what the plain path answers on damaged documents', () => {
    fc.assert(fc.property(damaged, samePath), { numRuns: RUNS });
  });

  test('only vouches for documents the validator accepts', () => {
    fc.assert(
      fc.property(fc.oneof(document, damaged), (doc) => {
        if (reduce(doc, true) !== undefined) expect(XMLValidator.validate(doc)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test('takes the fast path for most well-formed documents, and lifts and strips text there', () => {
    let valid = 0;
    let fast = 0;
    let lifted = 0;
    let stripped = 0;
    fc.assert(
      fc.property(document, (doc) => {
        if (XMLValidator.validate(doc) !== true) return;
        valid++;
        const reduced = reduce(doc, true);
        if (reduced === undefined) return;
        fast++;
        if (reduced.lifted.length > 0) lifted++;
        if (reduced.doc !== reduce(doc, false)?.doc) stripped++;
      }),
      { numRuns: 1000 },
    );
    expect(valid).toBeGreaterThan(100);
    expect(fast / valid).toBeGreaterThan(0.3);
    expect(lifted).toBeGreaterThan(20);
    expect(stripped).toBeGreaterThan(20);
  });

  // ---------------------------------------------------------------------------------------- examples
  const sampleBodies = [
    ...listFiles(SAMPLES_DIR, '.xml').map((name) => readText(SAMPLES_DIR, name)),
    ...listFiles(TENCENT_SAMPLES_DIR, '.xml').map((name) => readText(TENCENT_SAMPLES_DIR, name)),
  ];

  test.each(sampleBodies.map((body, i) => [i, body]))(
    'sample %i takes the fast path with the same result',
    (_, body) => {
      expect(reduce(body, true)).toBeDefined();
      expect(parseXml(body)).toEqual(parseXmlPlain(body));
    },
  );

  const long = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));

  test('a long transcript is lifted out, decoded and spliced back', () => {
    const transcript = long('[0:0.020,0:2.380]  revenue &amp; margins &lt;up&gt;, 腾讯云.\r\n', 512 * 1024);
    const body = `<Response><EventName>TaskFinish</EventName><JobsDetail><Result>${transcript}</Result></JobsDetail></Response>`;
    const reduced = reduce(body, true);
    expect(reduced?.lifted).toHaveLength(1);
    expect(reduced?.doc.length).toBeLessThan(200);
    const result = parseXml(body);
    expect(result).toEqual(parseXmlPlain(body));
    expect(result).toMatchObject({
      right: { JobsDetail: { Result: expect.stringContaining('revenue & margins <up>, 腾讯云.\n[0:') } },
    });
  });

  test('a bare & in lifted text is still MalformedXml with its line and column', () => {
    const body = `<Response>\n<A>${long('words ', 200)}\n  AT&T ${long('more ', 100)}</A></Response>`;
    expect(parseXml(body)).toEqual({
      _tag: 'Left',
      left: { _tag: 'MalformedXml', message: "char '&' is not expected.", line: 3, column: 5 },
    });
    expect(parseXml(body)).toEqual(parseXmlPlain(body));
  });

  test('an undefined entity in lifted text is refused like the parser refuses it', () => {
    const body = `<Response><A>${long('words ', 200)}&nbsp;</A><B>&copy;</B></Response>`;
    expect(parseXml(body)).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'MalformedXml',
        message: 'undefined entity &nbsp; (only the five XML entities are known)',
      },
    });
    // the first bad reference in document order wins, lifted or not
    const later = `<Response><B>&copy;</B><A>${long('words ', 200)}&nbsp;</A></Response>`;
    expect(parseXml(later)).toEqual(parseXmlPlain(later));
    expect(parseXml(later)).toMatchObject({ left: { message: expect.stringContaining('&copy;') } });
  });

  test('CDATA next to long text is kept exactly, and mixed content keeps its whitespace', () => {
    const body = `<Response><A>${long('a ', 100)}<![CDATA[ <b> & ]]>  ${long('c ', 100)}</A><M>  x <N/>  y  </M></Response>`;
    expect(parseXml(body)).toEqual(parseXmlPlain(body));
    expect(parseXml(body)).toMatchObject({
      right: { A: expect.stringContaining(' <b> & '), M: { '#text': '  x   y  ' } },
    });
  });

  test('a document holding U+FFFF, the placeholder character, is refused before either path', () => {
    const body = `<Response><A>\uffff0</A><B>${long('b', 100)}</B></Response>`;
    expect(parseXml(body)).toEqual({
      _tag: 'Left',
      left: { _tag: 'MalformedXml', message: 'character U+FFFF is not allowed in XML', line: 1, column: 14 },
    });
  });

  test('nesting over the limit is reported as before', () => {
    const body = `<Response>${'<A>'.repeat(70)}${long('x', 100)}${'</A>'.repeat(70)}</Response>`;
    expect(parseXml(body)).toEqual(parseXmlPlain(body));
    expect(parseXml(body)).toMatchObject({
      left: { _tag: 'MalformedXml', message: expect.stringContaining('deeper') },
    });
  });
});
