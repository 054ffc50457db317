/**
 * The built ESM and CJS entries loaded side by side in one Node process, as an ESM app with a CJS dependency
 * loads them: each build has its own module instances, and getCosCallback must still see what the other decoded.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAMPLES_DIR } from '../helpers';

const DIST = resolve(__dirname, '../../dist');

/** Runs `prelude`, then the ESM middleware over a sample, then the CJS getCosCallback; prints what it saw. */
function run(prelude = ''): { locals: string; own: boolean; read: string } {
  const script = `
${prelude}
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
const { cosCallbackMiddleware, getCosCallback: esmGet } = await import(${JSON.stringify(pathToFileURL(resolve(DIST, 'node.js')).href)});
const cjs = createRequire(import.meta.url)(${JSON.stringify(resolve(DIST, 'node.cjs'))});
if (cjs.getCosCallback === esmGet) throw new Error('expected two copies');
const body = readFileSync(${JSON.stringify(resolve(SAMPLES_DIR, 'extract-digital-watermark.xml'))});
const res = { statusCode: 200, setHeader() {}, end() {} };
cosCallbackMiddleware()(Object.assign(Readable.from([body]), { headers: {} }), res, () => {
  let read;
  try {
    read = cjs.getCosCallback(res) === res.locals.cosCallback ? 'same' : 'different';
  } catch (e) {
    read = 'threw: ' + e.message;
  }
  const own = esmGet(res) === res.locals.cosCallback;
  console.log(JSON.stringify({ locals: res.locals.cosCallback.EventName, own, read }));
});
`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out) as { locals: string; own: boolean; read: string };
}

describe('the ESM middleware and the CJS getCosCallback in one process', () => {
  it('reads, through the CJS accessor, the callback the ESM middleware decoded', () => {
    expect(run()).toEqual({ locals: 'TaskFinish', own: true, read: 'same' });
  });

  it('still works, each copy with its own store, when the shared name is taken by something else', () => {
    const taken = `Object.defineProperty(globalThis, Symbol.for('cos-ci-callback/received@0.1'), { value: 'taken' });`;
    expect(run(taken)).toEqual({
      locals: 'TaskFinish',
      own: true,
      read: expect.stringMatching(/^threw: getCosCallback: no callback was decoded for this object/),
    });
  });
});
