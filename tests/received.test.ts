import { Readable } from 'node:stream';
import { expectTypeOf } from 'expect-type';
import { cosCallbackMiddleware, getCosCallback, type CallbackResponse } from '../src/node';
import { readBytes, SAMPLES_DIR } from './helpers';

const seed = readBytes(SAMPLES_DIR, 'extract-digital-watermark.xml');

const response = () => ({ statusCode: 200, setHeader: () => undefined, end: () => undefined });

describe('getCosCallback', () => {
  it('returns, typed, the callback the middleware decoded for this response', async () => {
    const res = response();
    await new Promise<void>((resolve) =>
      cosCallbackMiddleware()(Object.assign(Readable.from([Buffer.from(seed)]), { headers: {} }), res, () =>
        resolve(),
      ),
    );
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
