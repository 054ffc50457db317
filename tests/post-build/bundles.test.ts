import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The files a browser bundle of one built entry pulls in. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(__dirname, '../../dist', entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('bundles', () => {
  it('cos-ci-callback/json carries no XML parser', async () => {
    const inputs = await inputsOf('json.js');
    expect(inputs.some((path) => path.includes('io-ts'))).toBe(true); // the walk does reach dependencies
    expect(inputs.filter((path) => path.includes('fast-xml-parser'))).toEqual([]);
  });

  it('no entry pulls in fastify (the plugin in cos-ci-callback/node is structural)', async () => {
    for (const entry of ['index.js', 'node.js']) {
      expect((await inputsOf(entry)).filter((path) => path.includes('fastify'))).toEqual([]);
    }
  });

  it('cos-ci-callback/fetch decodes both formats, so it carries the XML parser', async () => {
    expect((await inputsOf('fetch.js')).some((path) => path.includes('fast-xml-parser'))).toBe(true);
  });
});

/** The minified browser bundle of a module that imports `names` from a built entry (the root by default). */
async function bundleOf(names: string, entryFile = 'index.js'): Promise<string> {
  const entry = resolve(__dirname, '../../dist', entryFile).replace(/\\/g, '/');
  const result = await build({
    stdin: {
      contents: `import { ${names} } from '${entry}';\nconsole.log(${names});`,
      loader: 'js',
      resolveDir: __dirname,
    },
    bundle: true,
    write: false,
    minify: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('each family of callbacks is left out of a bundle that does not decode it', () => {
  // Node names only each family's codecs hold (minifying keeps strings; EventNames, and the nodes that tell the
  // forms without one, such as WorkflowExecution, are in every bundle, as the plain lists every decoder names the
  // other family's decoder by).
  const moderation = ['PornInfo', 'SnapshotCount', 'cos_headers', 'trace_id', 'ListResults'];
  const media = ['MediaResult', 'StreamExtract', 'WorkflowId', 'TtsConfig', 'OutputFile'];
  const found = (code: string, markers: readonly string[]) =>
    markers.filter((marker) => code.includes(marker));

  it.each([
    ['the main entry', 'index.js'],
    ['cos-ci-callback/json', 'json.js'],
  ])(
    '%s: decodeMediaCallback carries no moderation codecs, decodeModerationCallback no media codecs',
    async (_e, file) => {
      const mediaOnly = await bundleOf('decodeMediaCallback', file);
      const moderationOnly = await bundleOf('decodeModerationCallback', file);
      expect(found(mediaOnly, moderation)).toEqual([]);
      expect(found(mediaOnly, media)).toEqual(media);
      expect(found(moderationOnly, media)).toEqual([]);
      expect(found(moderationOnly, moderation)).toEqual(moderation);
    },
  );

  it('decodeCallback carries both (the markers are real)', async () => {
    for (const file of ['index.js', 'json.js']) {
      const code = await bundleOf(file === 'index.js' ? 'decodeCallback' : 'decodeJsonCallback', file);
      expect([...found(code, media), ...found(code, moderation)]).toEqual([...media, ...moderation]);
    }
  });

  it('a bundle that only formats errors carries neither', async () => {
    const code = await bundleOf('formatCallbackError');
    expect([...found(code, media), ...found(code, moderation)]).toEqual([]);
  });

  it('the build left no internal entry behind (dist/families)', () => {
    expect(existsSync(resolve(__dirname, '../../dist/families'))).toBe(false);
  });
});

describe('tree-shaking of the trust code', () => {
  // Texts only the job API decoder, confirmCallback and checkCallbackToken hold (minifying keeps strings).
  const markers = ['NonExistJobIds', 'JobMismatch', 'fetchJob rejected', 'lone surrogate'];

  it('leaves it out of a bundle that imports only decodeCallback', async () => {
    const code = await bundleOf('decodeCallback');
    expect(markers.filter((marker) => code.includes(marker))).toEqual([]);
  });

  it('keeps it in a bundle that imports it (the markers are real)', async () => {
    const code = await bundleOf('decodeCallback, confirmCallback, checkCallbackToken');
    expect(markers.filter((marker) => code.includes(marker))).toEqual(markers);
  });
});
