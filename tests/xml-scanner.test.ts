import fc from 'fast-check';
import { parseXml, parseXmlPlain } from '../src/xml-adapter';
import { scan } from '../src/xml-scanner';
import { listFiles, readText, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';

const FAST = { strip: true, lift: true };

describe('the fast path: whitespace stripped, long text lifted', () => {
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
    '𐀀A',
    'A\u1680B',
    'C\uFEFF',
    '__proto__',
    'constructor',
    'toString',
  );
  const badNames = fc.constantFrom('1bad', '-x', 'a$b', '', ' A', 'A ', 'A\u3000', '𝒜');
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
    { weight: 1, arbitrary: fc.constantFrom("<?pi it's?>", '<?pi &x; <!X?>', '<?xml?>', '<?>') },
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
  test('answers exactly what the plain path (the parser on the whole root element) answers', () => {
    fc.assert(fc.property(document, samePath), { numRuns: RUNS });
  });

  test('answers exactly what the plain path answers on damaged documents', () => {
    fc.assert(fc.property(damaged, samePath), { numRuns: RUNS });
  });

  test('strips and lifts text in many generated documents', () => {
    let wellFormed = 0;
    let lifted = 0;
    let stripped = 0;
    fc.assert(
      fc.property(document, (doc) => {
        const fast = scan(doc, FAST);
        if (fast._tag === 'Left') return;
        wellFormed++;
        if (fast.right.lifted.length > 0) lifted++;
        const plain = scan(doc, { strip: false, lift: true });
        if (plain._tag === 'Right' && fast.right.doc !== plain.right.doc) stripped++;
      }),
      { numRuns: 1000 },
    );
    expect(wellFormed).toBeGreaterThan(100);
    // Typically about 200, 25 and 90: the bounds leave room for the random seed.
    expect(lifted).toBeGreaterThan(10);
    expect(stripped).toBeGreaterThan(40);
  });

  // ---------------------------------------------------------------------------------------- examples
  const sampleBodies = [
    ...listFiles(SAMPLES_DIR, '.xml').map((name) => readText(SAMPLES_DIR, name)),
    ...listFiles(TENCENT_SAMPLES_DIR, '.xml').map((name) => readText(TENCENT_SAMPLES_DIR, name)),
  ];

  test.each(sampleBodies.map((body, i) => [i, body]))(
    'sample %i gives the same result both ways',
    (_, body) => {
      expect(parseXml(body)._tag).toBe('Right');
      expect(parseXml(body)).toEqual(parseXmlPlain(body));
    },
  );

  const long = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));

  test('a long transcript is lifted out, decoded and spliced back', () => {
    const transcript = long('[0:0.020,0:2.380]  revenue &amp; margins &lt;up&gt;, 腾讯云.\r\n', 512 * 1024);
    const body = `<Response><EventName>TaskFinish</EventName><JobsDetail><Result>${transcript}</Result></JobsDetail></Response>`;
    const reduced = scan(body, FAST);
    expect(reduced).toMatchObject({ right: { lifted: [expect.any(String)] } });
    expect(reduced._tag === 'Right' && reduced.right.doc.length).toBeLessThan(200);
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
      left: {
        _tag: 'MalformedXml',
        message: "'&' does not start a reference (write &amp; for a literal &)",
        line: 3,
        column: 5,
      },
    });
    expect(parseXml(body)).toEqual(parseXmlPlain(body));
  });

  test('an undefined entity in lifted text is refused, saying where', () => {
    const body = `<Response><A>${long('words ', 200)}&nbsp;</A><B>&copy;</B></Response>`;
    expect(parseXml(body)).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'MalformedXml',
        message: 'undefined entity &nbsp; (only the five XML entities are known)',
        line: 1,
        column: 218,
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

  test('nesting over the limit is reported the same way', () => {
    const body = `<Response>${'<A>'.repeat(70)}${long('x', 100)}${'</A>'.repeat(70)}</Response>`;
    expect(parseXml(body)).toEqual(parseXmlPlain(body));
    expect(parseXml(body)).toMatchObject({
      left: { _tag: 'MalformedXml', message: expect.stringContaining('deeper') },
    });
  });
});
