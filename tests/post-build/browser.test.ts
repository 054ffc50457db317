/**
 * Loads the BUILT ESM bundles (dist/index.js, dist/json.js, dist/fetch.js) in headless Chromium (Debian's
 * `chromium`, driven by playwright-core) from a loopback static server with an import map, and decodes samples
 * in the page. Only fast-xml-parser and io-ts, the package's dependencies, are bundled (by esbuild) for the page;
 * the package's own files are served as built. Without Chromium the test fails in CI and is skipped elsewhere.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { decodeCallback } from '../../src/index';
import { listFiles, readText, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from '../helpers';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const samples = [
  ...listFiles(SAMPLES_DIR).map((name) => ({ name, text: readText(SAMPLES_DIR, name) })),
  ...listFiles(TENCENT_SAMPLES_DIR).map((name) => ({ name, text: readText(TENCENT_SAMPLES_DIR, name) })),
];

// Runs whenever Chromium is there, and always under CI (where a missing Chromium fails in beforeAll). Only a
// developer's machine without it skips, so that the rest of `npm test` still runs: apt-get install -y chromium.
const inBrowser = CHROMIUM !== undefined || process.env.CI !== undefined ? describe : describe.skip;

inBrowser('the built ESM bundle in headless Chromium', () => {
  let server: Server;
  let origin: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const problems: string[] = [];

  beforeAll(async () => {
    if (CHROMIUM === undefined)
      throw new Error("CI is set and Chromium is missing: install Debian's chromium");
    if (!existsSync(join(DIST, 'index.js')))
      throw new Error('dist/index.js is missing: run npm run build first');
    const vendor = await vendorBundles();
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const body = route(path, vendor);
      if (process.env.DEBUG_BROWSER) problems.push(`GET ${path} ${body === undefined ? 404 : 200}`);
      if (body === undefined) {
        problems.push(`404 ${path}`);
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, {
          'content-type': TYPES[path === '/' ? '.html' : extname(path)] ?? 'text/plain; charset=utf-8',
        })
        .end(body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    profile = mkdtempSync(join(tmpdir(), 'cos-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${origin}/`);
    await page
      .waitForFunction(() => 'cos' in window, undefined, { timeout: 10_000 })
      .catch((e: Error) => {
        throw new Error(`the page did not load the bundles: ${e.message}\n${problems.join('\n')}`);
      });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((done) => server?.close(done));
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  });

  it('has XML and JSON samples', () => {
    expect(samples.some((s) => s.name.endsWith('.xml'))).toBe(true);
    expect(samples.some((s) => s.name.endsWith('.json'))).toBe(true);
  });

  it('decodes every sample in the page exactly as Node does', async () => {
    const inPage = await page.evaluate(async (bodies) => {
      const { lib } = (window as unknown as { cos: Cos }).cos;
      return bodies.map(({ text }) => JSON.stringify(lib.decodeCallback(text)));
    }, samples);
    const inNode = samples.map(({ text }) => JSON.stringify(decodeCallback(text)));
    expect(inPage).toEqual(inNode);
    for (const result of inPage) expect(JSON.parse(result)).toMatchObject({ _tag: 'Right' });
  });

  it('gives real Dates and typed errors in the page, and the JSON-only entry works too', async () => {
    const xml = samples.find((s) => s.name.endsWith('.xml'))?.text ?? '';
    const json = samples.find((s) => s.name.endsWith('.json'))?.text ?? '';
    const out = await page.evaluate(
      async ({ xml, json }) => {
        const { lib, jsonOnly } = (window as unknown as { cos: Cos }).cos;
        const decoded = lib.decodeCallback(new TextEncoder().encode(xml));
        const bytes = new Uint8Array([0x3c, 0xff, 0xfe]);
        let thrown = '';
        try {
          lib.parseCallback('<Response><EventName>Nope</EventName></Response>');
        } catch (e) {
          const error = e as { name: string; error: { _tag: string } };
          thrown = lib.isCallbackDecodeError(e) ? `${error.name}: ${error.error._tag}` : 'wrong error';
        }
        return {
          isDate: decoded.right.JobsDetail.CreationTime instanceof Date,
          creation: decoded.right.JobsDetail.CreationTime.toISOString(),
          badBytes: lib.decodeCallback(bytes).left._tag,
          tooLarge: lib.decodeCallback(xml, { maxBytes: 10 }).left._tag,
          thrown,
          jsonOnly: jsonOnly.decodeJsonCallback(json)._tag,
          jsonOnlyXml: jsonOnly.decodeJsonCallback(xml).left._tag,
        };
      },
      { xml, json },
    );
    expect(out).toEqual({
      isDate: true,
      creation: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/),
      badBytes: 'InvalidEncoding',
      tooLarge: 'TooLarge',
      thrown: 'CallbackDecodeError: UnsupportedEvent',
      jsonOnly: 'Right',
      jsonOnlyXml: 'MalformedJson',
    });
  });

  it('decodes a streamed Request with the fetch entry, and stops a stream over maxBytes', async () => {
    const xml = samples.find((s) => s.name.endsWith('.xml'))?.text ?? '';
    const out = await page.evaluate(async (xml) => {
      const { decodeRequest } = (window as unknown as { cos: Cos }).cos.fetchEntry;
      const ok = await decodeRequest(new Request('http://x/', { method: 'POST', body: xml }));
      let pulled = 0;
      const endless = new ReadableStream({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1024).fill(32));
        },
      });
      const big = await decodeRequest(
        new Request('http://x/', { method: 'POST', body: endless, duplex: 'half' } as RequestInit),
        { maxBytes: 4096 },
      );
      return { ok: ok._tag, big: big.left, pulled };
    }, xml);
    expect(out.ok).toBe('Right');
    expect(out.big).toEqual({ _tag: 'TooLarge', size: 5120, limit: 4096, sizeIsLowerBound: true });
    expect(out.pulled).toBeLessThan(10);
  });

  it('loaded without errors or missing files', () => {
    expect(problems).toEqual([]);
  });
});

/** The built entries, as the page holds them (typed loosely: the page's values are checked by the assertions). */
interface Cos {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly lib: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly jsonOnly: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly fetchEntry: any;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function route(path: string, vendor: Record<string, string>): string | Buffer | undefined {
  if (path === '/') return page();
  if (path.startsWith('/vendor/')) return vendor[path.slice('/vendor/'.length)];
  if (path.startsWith('/dist/') && path.endsWith('.js') && !path.includes('..')) {
    const file = join(DIST, path.slice('/dist/'.length));
    return existsSync(file) ? readFileSync(file) : undefined;
  }
  return undefined;
}

function page(): string {
  const imports = { 'fast-xml-parser': '/vendor/fast-xml-parser.js', 'io-ts': '/vendor/io-ts.js' };
  return `<!doctype html><html><head><meta charset="utf-8"><title>cos-ci-callback</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module">
import * as lib from '/dist/index.js';
import * as jsonOnly from '/dist/json.js';
import * as fetchEntry from '/dist/fetch.js';
window.cos = { lib, jsonOnly, fetchEntry };
</script></head><body></body></html>`;
}

/** The package's dependencies as browser ESM modules (the package itself is served as built). */
async function vendorBundles(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of ['fast-xml-parser', 'io-ts']) {
    const result = await build({
      stdin: { contents: `export * from '${name}';`, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      write: false,
      logLevel: 'silent',
    });
    out[`${name}.js`] = result.outputFiles[0]?.text ?? '';
  }
  return out;
}
