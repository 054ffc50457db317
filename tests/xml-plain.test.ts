import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { MAX_DEPTH, setNode, type PlainData } from '../src/plain';
import { parseXml } from '../src/xml-adapter';
import { xmlEntities } from '../src/xml-entities';

/**
 * The oracle: fast-xml-parser's own ordered tree, with the adapter's options and without its callbacks, turned
 * into plain data by the adapter's former `toPlain`. The builder (src/xml-plain.ts) must build the same data
 * while the parser keeps no tree.
 */
const GUARDED = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']);
const ordered = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
  entityDecoder: xmlEntities,
  maxNestedTags: MAX_DEPTH,
  transformTagName: (name) => (GUARDED.has(name) ? `#${name}` : name),
});

type OrderedNode = Record<string, unknown>;

function toPlain(nodes: readonly OrderedNode[]): PlainData {
  let text = '';
  let object: Record<string, PlainData> | undefined;
  for (const node of nodes) {
    const key = Object.keys(node).find((k) => k !== ':@');
    if (key === undefined) continue;
    if (key === '#text') {
      text += String(node[key]);
      continue;
    }
    const name = key.startsWith('#') ? key.slice(1) : key;
    const value = toPlain(node[key] as OrderedNode[]);
    object ??= {};
    if (!Object.prototype.hasOwnProperty.call(object, name)) setNode(object, name, value);
    else {
      const previous = object[name] as PlainData;
      if (Array.isArray(previous)) (previous as PlainData[]).push(value);
      else setNode(object, name, [previous, value]);
    }
  }
  if (object === undefined) return text;
  if (text.trim() !== '') object['#text'] = text;
  return object;
}

function oracle(doc: string): PlainData {
  const nodes = ordered.parse(doc) as OrderedNode[];
  const root = nodes.find((node) => Object.keys(node)[0] !== '#text') as OrderedNode;
  return toPlain(root['Response'] as OrderedNode[]);
}

const name = fc.constantFrom('A', 'B', 'Item', 'ns:C', '名前', '__proto__', 'constructor', 'toString');
const text = fc.oneof(
  fc.constantFrom(
    'x',
    ' ',
    '\n    ',
    '\r\n',
    '0',
    'a &amp; b',
    '&lt;&#x4F60;&#65;',
    '<![CDATA[<&>]]>',
    '<!-- c -->',
  ),
  // Runs of 64+ characters are lifted out of the parser's way and spliced back.
  fc.constantFrom('transcript, ', '腾讯云 &amp; ', 'line\r\n').map((unit) => unit.repeat(12)),
);
type Tree = { name: string; children: Array<Tree | string> };
const { tree } = fc.letrec<{ tree: Tree; item: Tree | string }>((tie) => ({
  tree: fc.record({ name, children: fc.array(tie('item'), { maxLength: 5, depthIdentifier: 'xml' }) }),
  item: fc.oneof({ depthSize: 'small', depthIdentifier: 'xml' }, text, tie('tree')),
}));
const render = (node: Tree | string, pretty: boolean, indent: string): string => {
  if (typeof node === 'string') return node;
  if (node.children.length === 0) return `<${node.name}/>`;
  const inner = node.children
    .map(
      (child) =>
        (pretty && typeof child !== 'string' ? `\n${indent}    ` : '') +
        render(child, pretty, `${indent}    `),
    )
    .join('');
  return `<${node.name}>${inner}${pretty ? `\n${indent}` : ''}</${node.name}>`;
};
const document = fc
  .tuple(fc.array(fc.oneof(tree, text), { maxLength: 6 }), fc.boolean())
  .map(([children, pretty]) => render({ name: 'Response', children }, pretty, ''));

describe('the builder', () => {
  it('builds what fast-xml-parser’s own tree says, for any well-formed document', () => {
    fc.assert(
      fc.property(document, (doc) => {
        expect(parseXml(doc)).toEqual({ _tag: 'Right', right: oracle(doc) });
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps repeated names in document order, mixed content and prototype keys as own data', () => {
    const doc = '<Response><A>1</A><B><__proto__>p</__proto__></B><A>2</A>t<A/><C>x<D/>y</C></Response>';
    const result = parseXml(doc);
    expect(result).toEqual({ _tag: 'Right', right: oracle(doc) });
    expect(result).toMatchInlineSnapshot(`
      {
        "_tag": "Right",
        "right": {
          "#text": "t",
          "A": [
            "1",
            "2",
            "",
          ],
          "B": {
            "__proto__": "p",
          },
          "C": {
            "#text": "xy",
            "D": "",
          },
        },
      }
    `);
  });

  it('builds nodes of many names as the oracle does, in its order, those copied when they end included', () => {
    // Names n0 to n1199, prototype keys and repeats: nodes of 17 to 1,000 names are copied when they end.
    const many = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 1199 }).map((i) => `n${i}`),
        fc.constantFrom('__proto__', 'constructor', 'n0'),
      ),
      { minLength: 1, maxLength: 1200, size: 'max' },
    );
    fc.assert(
      fc.property(many, fc.boolean(), (names, mixed) => {
        const children = names.map((n, i) => `<${n}>${i}</${n}>`).join(mixed ? 't' : '');
        const doc = `<Response><Node>${children}</Node><Other>x</Other></Response>`;
        const result = parseXml(doc);
        const expected = oracle(doc);
        expect(result).toEqual({ _tag: 'Right', right: expected });
        expect(JSON.stringify(result._tag === 'Right' && result.right)).toBe(JSON.stringify(expected));
        const node = result._tag === 'Right' && (result.right as Record<string, PlainData>)['Node'];
        expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
      }),
      { numRuns: 200 },
    );
  });

  it('starts clean after a document the parser gave up on', () => {
    expect(parseXml('<Response><A>1</A><B>&nbsp;</B></Response>')._tag).toBe('Left');
    expect(parseXml('<Response><C>2</C></Response>')).toEqual({ _tag: 'Right', right: { C: '2' } });
  });
});
