/**
 * Docs that cannot rot: every ```ts block of the docs compiles (one TypeScript program over all of them, against
 * src/ through the tsconfig paths; tests/post-build/consumer.test.ts compiles the same blocks against the packed
 * package), every relative path they name exists, every URL path they post to is one a receiver serves, and the
 * receiver code in the README and the adapters' TSDoc is an excerpt of examples/, which tests/examples.test.ts
 * runs over loopback.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { decodeCallback, formatCallbackError, KNOWN_TAGS } from '../src/index';
import {
  docFiles,
  docSnippets,
  filesBelow,
  moduleOf,
  postedPaths,
  relativePathsOf,
  ROOT,
  servedPaths,
  snippetFileName,
  sourceLine,
  type Snippet,
} from './docs-snippets';

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const snippets = docSnippets();
const examples = filesBelow('examples', '.ts').map((file) => ({ file, text: read(file) }));
const sources = filesBelow('src', '.ts').map((file) => ({ file, text: read(file) }));

/** Compiles every snippet in one program; the errors, each at its place in the docs. */
function compile(all: readonly Snippet[]): string[] {
  const { config } = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile) as { config: object };
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  // A snippet may declare what it does not use (a stand-in for the reader's code), and it imports as users do.
  Object.assign(options, {
    noUnusedLocals: false,
    noUnusedParameters: false,
    noEmit: true,
    types: ['node', 'jest'],
  });
  const files = new Map(
    all.map((snippet) => [join(ROOT, 'docs-snippets', snippetFileName(snippet)), snippet]),
  );
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => {
    const snippet = files.get(name);
    return snippet === undefined ? readFile(name) : moduleOf(snippet);
  };
  host.getSourceFile = (name, language, ...rest) => {
    const snippet = files.get(name);
    return snippet === undefined
      ? getSourceFile(name, language, ...rest)
      : ts.createSourceFile(name, moduleOf(snippet), language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const snippet = diagnostic.file === undefined ? undefined : files.get(diagnostic.file.fileName);
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const where =
      snippet === undefined ? `${diagnostic.file.fileName}:${line + 1}` : sourceLine(snippet, line);
    return `${where}: TS${diagnostic.code} ${message}`;
  });
}

/** The names a text imports, as `module: name` (`default` for a default import, `type X` kept as `X`). */
function importsOf(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, clause, module] of text.matchAll(
    /^import\s+(?:type\s+)?([^'";]*?)\s+from\s+'([^']+)';?$/gms,
  )) {
    const named = /\{([^}]*)\}/.exec(clause ?? '')?.[1] ?? '';
    for (const name of named.split(',')) {
      const trimmed = name.replace(/^\s*type\s+/, '').trim();
      if (trimmed !== '') names.add(`${module}: ${trimmed}`);
    }
    const fallback = (clause ?? '')
      .replace(/\{[^}]*\}/, '')
      .replace(/,\s*$/, '')
      .trim();
    if (fallback !== '') names.add(`${module}: default ${fallback}`);
  }
  return names;
}

/** Code lines, trimmed, without imports, blank and comment-only lines. */
const codeLines = (text: string): string[] =>
  text
    .replace(/^import\s[^;]*;$/gm, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));

/** Whether `lines` all occur in `within`, in order. */
function inOrder(lines: readonly string[], within: readonly string[]): boolean {
  let at = 0;
  for (const line of within) if (line === lines[at]) at++;
  return at === lines.length;
}

/** Whether a block's code lines all occur in a file, in order, and the file imports all that the block does. */
function isExcerpt(block: string, file: string): boolean {
  const imports = importsOf(file);
  return (
    inOrder(codeLines(block), codeLines(file)) && [...importsOf(block)].every((name) => imports.has(name))
  );
}

describe('the docs', () => {
  it('have code to check', () => {
    expect(docFiles()).toEqual(expect.arrayContaining(['README.md', 'CONTRIBUTING.md']));
    expect(snippets.length).toBeGreaterThanOrEqual(12);
  });

  it('include the API reference of every entry point (typedoc.json)', () => {
    const { exports } = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    const { entryPoints } = JSON.parse(read('typedoc.json')) as { entryPoints: string[] };
    const sources = Object.keys(exports)
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? 'src/index.ts' : `src/${key.slice(2)}.ts`));
    expect([...entryPoints].sort()).toEqual(sources.sort());
  });

  it('compile: every ts block, with its preamble, in one strict program', () => {
    expect(compile(snippets)).toEqual([]);
  });

  it('name relative paths that exist', () => {
    const missing = docFiles().flatMap((file) =>
      relativePathsOf(file, read(file))
        .filter(({ resolved }) => !existsSync(resolved))
        .map(({ path }) => `${file}: ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the paths and URL paths a text names', () => {
    const text =
      'See [the guide](CONTRIBUTING.md#setup), [site](https://x.dev/a), `samples/*` and `samples/<file>`.\n' +
      "curl --data-binary @samples/missing.xml http://127.0.0.1:3000/ci-callback\nfetch('http://localhost/a')\n";
    expect(relativePathsOf('README.md', text).map(({ path }) => path)).toEqual([
      'CONTRIBUTING.md',
      'samples/missing.xml',
    ]);
    expect(postedPaths(text)).toEqual(['/a', '/ci-callback']);
    expect(servedPaths("app.post('/x', h); scope.post('/y', h); app.get('/z', h)")).toEqual(['/x', '/y']);
  });

  it('post only to URL paths a receiver serves', () => {
    const served = new Set(
      [...examples, ...snippets.map((s) => ({ text: s.code }))].flatMap((x) => servedPaths(x.text)),
    );
    expect(served).toContain('/cos-callback');
    const posted = [
      ...docFiles().map((file) => ({ file, text: read(file) })),
      ...sources,
      ...examples,
    ].flatMap(({ file, text }) => postedPaths(text).map((path) => `${file}: ${path}`));
    expect(posted.length).toBeGreaterThanOrEqual(3);
    expect(posted.filter((entry) => !served.has(entry.replace(/^.*?: /, '')))).toEqual([]);
  });
});

describe('receiver code is code the examples run', () => {
  // The README's receiver, every block of docs/receivers.md, and the adapters' TSDoc examples.
  const readme = read('README.md');
  const sectionOf = (title: string) =>
    new RegExp(`^## ${title}\n([\\s\\S]*?)(?=^## )`, 'm').exec(readme)?.[1] ?? '';
  // The receiver for jobs and workflows, and the one for both families.
  const sections = [sectionOf('A receiver'), sectionOf('Moderation callbacks')];
  const receiverBlocks = docSnippets()
    .filter(
      (s) =>
        (s.file === 'README.md' && sections.some((section) => section.includes(s.code))) ||
        s.file === 'docs/receivers.md',
    )
    .map((s) => [s.file, s.code] as const);
  const tsdocBlocks = ['src/fetch.ts', 'src/node.ts', 'src/received.ts'].flatMap((file) =>
    [...read(file).matchAll(/^ \* ```ts\n([\s\S]*?)^ \* ```/gm)].map((m) =>
      (m[1] ?? '').replace(/^ \*(?: |$)/gm, ''),
    ),
  );

  it('finds the blocks', () => {
    expect(receiverBlocks.filter(([file]) => file === 'README.md')).toHaveLength(2);
    expect(receiverBlocks.length).toBeGreaterThanOrEqual(9);
    expect(tsdocBlocks.length).toBe(5);
  });

  it.each([...receiverBlocks, ...tsdocBlocks.map((b) => ['TSDoc', b] as const)])(
    '%s block is an excerpt of an example',
    (_where, block) => {
      expect(codeLines(block).length).toBeGreaterThan(0);
      if (!examples.some((example) => isExcerpt(block, example.text))) {
        throw new Error(`not an excerpt of any file in examples/ (imports included):\n${block}`);
      }
    },
  );

  it('tells an excerpt from code that is not one', () => {
    const example =
      "import { a, type B } from 'm';\nimport C from 'c';\n\nconst x = a();\n// note\nexport const y = C(x);\n";
    expect(isExcerpt("import { a } from 'm';\nexport const y = C(x);", example)).toBe(true);
    expect(isExcerpt("import C from 'c';\nimport type { B } from 'm';\nconst x = a();", example)).toBe(true);
    expect(isExcerpt("import { z } from 'm';\nconst x = a();", example)).toBe(false);
    expect(isExcerpt('export const y = C(x);\nconst x = a();', example)).toBe(false);
  });
});

describe("the README's other promises", () => {
  const readme = read('README.md');

  it('shows the error text formatCallbackError prints for its example', () => {
    const shown = /^```text\n(Invalid callback[\s\S]*?)\n```$/m.exec(readme)?.[1];
    const body =
      '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>Transcode</Tag>' +
      '<CreationTime>2022-02-30T00:00:00+0800</CreationTime><Input>' +
      '<CosHeaders><Key>a</Key><Value>1</Value></CosHeaders><CosHeaders><Value>2</Value></CosHeaders>' +
      '</Input></JobsDetail></Response>';
    const result = decodeCallback(body);
    expect(result._tag === 'Left' && formatCallbackError(result.left)).toBe(shown);
  });

  it('shows the property test that tests/testing.test.ts runs against examples/hono.ts', () => {
    const block = snippets.find((s) => s.file === 'README.md' && s.code.includes('arbitraryCallback()'));
    const lines = codeLines(block?.code ?? '').filter((line) => !line.startsWith('test('));
    expect(lines.length).toBeGreaterThan(5);
    expect(inOrder(lines, codeLines(read('tests/testing.test.ts')))).toBe(true);
  });

  it('states one lowest Node version, the one package.json engines sets, wherever a doc names one', () => {
    const { engines } = JSON.parse(read('package.json')) as { engines: { node: string } };
    const lowest = /^>=(\d+)$/.exec(engines.node)?.[1];
    expect(lowest).toBe('20');
    expect(readme).toContain(`Supported: Node ${lowest}+ (tested in CI)`);
    const claims = [...docFiles().map((file) => ({ file, text: read(file) })), ...sources].flatMap(
      ({ file, text }) =>
        [...text.matchAll(/\bNode(?:\.js)? ?(?:>= ?(\d+)|(\d+)\+|(\d+) and later)/g)].map(
          (m) => `${file}: ${m[1] ?? m[2] ?? m[3] ?? ''}`,
        ),
    );
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(claims.filter((claim) => !claim.endsWith(`: ${lowest ?? ''}`))).toEqual([]);
  });

  it('has a row in docs/decoded-values.md for every Tag the library models, and no other', () => {
    const rows = [...read('docs/decoded-values.md').matchAll(/^\| `(\w+)` +\|/gm)]
      .map((m) => m[1])
      .filter((name) => name !== 'Tag'); // the header
    expect(rows).toEqual([...KNOWN_TAGS]);
  });

  it('counts the modelled Tags in the CHANGELOG as KNOWN_TAGS does', () => {
    const counted = /every documented job `Tag` \((\d+)\)/.exec(
      read('CHANGELOG.md').replace(/\s+/g, ' '),
    )?.[1];
    expect(Number(counted)).toBe(KNOWN_TAGS.length);
  });
});
