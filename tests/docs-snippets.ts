/**
 * The code in the docs, read the same way by the docs test (against src/) and by the packed-package test
 * (against the tarball): every ```ts block of README.md, CONTRIBUTING.md and docs/*.md, with its hidden preamble.
 *
 * A block's context (your own functions, a `body`, an `app` from an earlier block) goes in an HTML comment right
 * before it, which GitHub does not show:
 *
 *     <!-- preamble
 *     declare const body: string;
 *     -->
 *     ```ts
 *     const result = decodeCallback(body);
 *     ```
 *
 * Imports of the package belong in the block itself, so that it compiles as pasted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');

/** One ```ts block: where it is, its preamble and its code. */
export interface Snippet {
  /** The Markdown file, relative to the project root. */
  readonly file: string;
  /** The line of the block's first code line (1-based). */
  readonly line: number;
  readonly preamble: string;
  readonly code: string;
}

/** The Markdown files whose code is checked. */
export function docFiles(): string[] {
  const docs = existsSync(join(ROOT, 'docs'))
    ? readdirSync(join(ROOT, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => `docs/${name}`)
    : [];
  return ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...docs].filter((file) =>
    existsSync(join(ROOT, file)),
  );
}

const FENCE = /^```(\w*)[^\n]*\n([\s\S]*?)^```$/gm;
const PREAMBLE = /<!-- preamble\n((?:(?!-->)[\s\S])*)-->\s*$/;

/** Every ```ts block of a Markdown text. */
export function snippetsOf(file: string, text: string): Snippet[] {
  const out: Snippet[] = [];
  for (const match of text.matchAll(FENCE)) {
    if (match[1] !== 'ts') continue;
    const before = text.slice(0, match.index);
    out.push({
      file,
      line: before.split('\n').length + 1,
      preamble: PREAMBLE.exec(before)?.[1] ?? '',
      code: match[2] ?? '',
    });
  }
  return out;
}

/** Every ```ts block of the docs. */
export function docSnippets(): Snippet[] {
  return docFiles().flatMap((file) => snippetsOf(file, readFileSync(join(ROOT, file), 'utf8')));
}

/** A snippet as a module of its own: the preamble, the block, and `export {}` so that names stay in it. */
export function moduleOf(snippet: Snippet): string {
  return `${snippet.preamble}${snippet.code}\nexport {};\n`;
}

/** Where a line of {@link moduleOf}'s text comes from, as `file:line`. */
export function sourceLine(snippet: Snippet, line: number): string {
  const preambleLines = snippet.preamble === '' ? 0 : snippet.preamble.split('\n').length - 1;
  return line < preambleLines
    ? `${snippet.file}:${snippet.line - 1} (preamble line ${line + 1})`
    : `${snippet.file}:${snippet.line + line - preambleLines}`;
}

/** The file name a snippet gets when compiled: one per block, named after where it is. */
export function snippetFileName(snippet: Snippet): string {
  return `${snippet.file.replace(/[^\w]+/g, '-')}-${snippet.line}.ts`;
}

/**
 * The relative paths a Markdown text names: link targets (`[x](path)`), and paths into the project's own folders
 * in code (`samples/x.xml`, `@samples/x.xml` in a curl line). Placeholders (`<file>`), globs, and what the build
 * writes (`dist/`, `docs/api/`) are left out.
 */
export function relativePathsOf(file: string, text: string): { path: string; resolved: string }[] {
  const base = dirname(join(ROOT, file));
  const paths = new Map<string, string>();
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const path = (target ?? '').replace(/#.*$/, '');
    if (path === '' || /^[a-z][a-z+.-]*:/i.test(path)) continue;
    paths.set(path, resolve(base, path));
  }
  for (const [, path] of text.matchAll(
    /(?<![\w./-])@?((?:samples|examples|src|tests|scripts|docs)\/[\w./-]*\w)/g,
  )) {
    if (path !== undefined && !path.startsWith('docs/api')) paths.set(path, resolve(ROOT, path));
  }
  return [...paths].map(([path, resolved]) => ({ path, resolved }));
}

/** The URL paths code posts to a local receiver: `http://localhost:3000/path` (fetch, curl) and `app.request('/path')`. */
export function postedPaths(text: string): string[] {
  const paths = new Set<string>();
  for (const [, path] of text.matchAll(/https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(\/[\w/-]*)/g)) {
    if (path !== undefined) paths.add(path);
  }
  for (const [, path] of text.matchAll(/\.request\(\s*'(\/[^']*)'/g)) if (path !== undefined) paths.add(path);
  return [...paths].sort();
}

/** The URL paths receivers register: `app.post('/x', ...)`, `scope.post(...)`, `app.all(...)`. */
export function servedPaths(text: string): string[] {
  return [...text.matchAll(/\.(?:post|all)\(\s*'(\/[^']*)'/g)].map((m) => m[1] ?? '');
}

/** The files below a folder, recursively, relative to the project root. */
export function filesBelow(dir: string, extension: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesBelow(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}
