import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { expectTypeOf } from 'expect-type';
import { cosCallbackMiddleware, getCosCallback, type CallbackResponse } from '../src/node';
import type * as Received from '../src/received';
import { readBytes, SAMPLES_DIR } from './helpers';

const seed = readBytes(SAMPLES_DIR, 'extract-digital-watermark.xml');

const response = () => ({ statusCode: 200, setHeader: () => undefined, end: () => undefined });

/** Runs the middleware over the sample for `res`. */
const decodeFor = (res: ReturnType<typeof response>) =>
  new Promise<void>((resolve) =>
    cosCallbackMiddleware()(Object.assign(Readable.from([Buffer.from(seed)]), { headers: {} }), res, () =>
      resolve(),
    ),
  );

describe('getCosCallback', () => {
  it('returns, typed, the callback the middleware decoded for this response', async () => {
    const res = response();
    await decodeFor(res);
    const callback = getCosCallback(res);
    expectTypeOf(callback).toEqualTypeOf<CallbackResponse>();
    expect(callback).toMatchObject({
      EventName: 'TaskFinish',
      JobsDetail: { Tag: 'ExtractDigitalWatermark' },
    });
  });

  it('throws, saying what to mount, for an object no adapter decoded a callback for', () => {
    expect(() => getCosCallback(response())).toThrow(
      /^getCosCallback: no callback was decoded for this object\. Express: mount cosCallbackMiddleware\(\)/,
    );
  });

  it('does not take a value someone else put in res.locals', () => {
    const res = { ...response(), locals: { cosCallback: { EventName: 'TaskFinish' } } };
    expect(() => getCosCallback(res)).toThrow(/no callback was decoded/);
  });
});

describe('the store getCosCallback reads', () => {
  // Named for the versions whose copies share it, as a caret range reads package.json's version: the major, or
  // 0.minor below 1.0 (when the version moves past that range, the store's name in src/received.ts must follow).
  const { version } = JSON.parse(readFileSync(resolve(__dirname, '../package.json'), 'utf8')) as {
    version: string;
  };
  const [major, minor] = version.split('.');
  const registry = Symbol.for(`cos-ci-callback/received@${major === '0' ? `0.${minor}` : major}`);

  it('is shared with another copy of the module (an ESM build beside a CJS one)', async () => {
    let copy: typeof Received | undefined;
    jest.isolateModules(() => {
      copy = jest.requireActual<typeof Received>('../src/received');
    });
    if (copy === undefined || copy.getCosCallback === getCosCallback)
      throw new Error('expected a second copy');
    const res = response();
    await decodeFor(res);
    expect(copy.getCosCallback(res)).toBe(getCosCallback(res));
    const other = response();
    copy.storeCosCallback(other, getCosCallback(res));
    expect(getCosCallback(other)).toBe(getCosCallback(res));
  });

  it('is not the store of a copy of another version range, which may decode to another CallbackResponse', async () => {
    const res = response();
    await decodeFor(res);
    const other = Symbol.for(
      `cos-ci-callback/received@${major === '0' ? `0.${Number(minor) + 1}` : Number(major) + 1}`,
    );
    for (const name of [Symbol.for('cos-ci-callback/received'), other])
      expect((globalThis as Record<symbol, unknown>)[name]).toBeUndefined();
  });

  it('is one WeakMap on globalThis that cannot be replaced', async () => {
    await decodeFor(response());
    expect(Object.getOwnPropertyDescriptor(globalThis, registry)).toMatchObject({
      writable: false,
      configurable: false,
      enumerable: false,
    });
    expect((globalThis as Record<symbol, unknown>)[registry]).toBeInstanceOf(WeakMap);
  });
});
