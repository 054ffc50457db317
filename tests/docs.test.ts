/**
 * The docs' code is the examples' code: every ```ts block of README's "Receiving callbacks" section and of the
 * adapters' TSDoc is an excerpt of a file in examples/ (its lines, in order, comments aside). examples/ is
 * type-checked by `tsc -p .` and run by tests/examples.test.ts, so the docs compile and work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesBelow(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Code lines, trimmed, without blank and comment-only lines. */
const codeLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));

const isExcerpt = (block: string[], file: string[]): boolean => {
  let at = 0;
  for (const line of file) if (line === block[at]) at++;
  return at === block.length;
};

const examples = filesBelow(join(ROOT, 'examples')).map((path) => ({
  path,
  lines: codeLines(readFileSync(path, 'utf8')),
}));

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = /^## Receiving callbacks\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
const readmeBlocks = [...section.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');

const tsdocBlocks = ['src/fetch.ts', 'src/node.ts'].flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^ \* ```ts\n([\s\S]*?)^ \* ```/gm)].map((m) =>
    (m[1] ?? '').replace(/^ \*(?: |$)/gm, ''),
  ),
);

describe('docs', () => {
  it('finds the blocks', () => {
    expect(readmeBlocks.length).toBeGreaterThanOrEqual(6);
    expect(tsdocBlocks.length).toBe(3);
  });

  it.each([...readmeBlocks.map((b) => ['README', b]), ...tsdocBlocks.map((b) => ['TSDoc', b])])(
    '%s block is an excerpt of an example',
    (_where, block) => {
      const lines = codeLines(block);
      expect(lines.length).toBeGreaterThan(2);
      const source = examples.find((file) => isExcerpt(lines, file.lines));
      if (source === undefined) throw new Error(`not an excerpt of any file in examples/:\n${block}`);
    },
  );
});
