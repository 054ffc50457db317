import { once } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { fastifyCosCallback, getCosCallback } from '../src/node';
import { readBytes, SAMPLES_DIR } from './helpers';

const seed = Buffer.from(readBytes(SAMPLES_DIR, 'extract-digital-watermark.xml'));
const json = Buffer.from(readBytes(SAMPLES_DIR, 'extract-digital-watermark.json'));

let app: FastifyInstance;
let origin: string;

/** POSTs over loopback (Fastify's inject() needs an ESM-only module that jest's CommonJS run cannot load). */
async function post(path: string, body: Uint8Array | string = '', type?: string, method = 'POST') {
  const headers = type === undefined ? {} : { 'content-type': type };
  const bytes = typeof body === 'string' ? body : new Uint8Array(body);
  const response = await fetch(origin + path, { method, body: bytes, headers });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

beforeAll(async () => {
  app = Fastify();
  app.register(async (scope) => {
    await scope.register(fastifyCosCallback, { maxBytes: 4096 });
    scope.post('/cos-callback', async (request) => {
      const callback = getCosCallback(request);
      return { same: callback === request.body, event: callback.EventName };
    });
    scope.put('/cos-callback', async (request) => ({ event: getCosCallback(request).EventName }));
    scope.get('/cos-callback/health', async () => 'ok');
    scope.delete('/cos-callback', async (request) => ({ body: request.body ?? 'none' }));
  });
  app.post('/other', async (request) => ({ body: request.body }));
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => app.close());

describe('fastifyCosCallback', () => {
  it.each([
    ['application/xml', seed],
    ['text/xml', seed],
    ['application/json', json],
    ['text/plain; charset=utf-8', json],
    ['application/octet-stream', seed],
    ['image/png', seed],
    [undefined, seed],
  ])(
    'decodes a body sent as %s; the callback is request.body and getCosCallback(request)',
    async (type, body) => {
      const reply = await post('/cos-callback', body, type);
      expect([reply.status, JSON.parse(reply.text)]).toEqual([200, { same: true, event: 'TaskFinish' }]);
    },
  );

  it('decodes moderation callbacks too, both forms: the Simple one has no EventName', async () => {
    const detail = await post(
      '/cos-callback',
      readBytes(SAMPLES_DIR, 'review-image-detail.json'),
      'application/json',
    );
    expect([detail.status, JSON.parse(detail.text)]).toEqual([200, { same: true, event: 'ReviewImage' }]);
    const simple = await post(
      '/cos-callback',
      readBytes(SAMPLES_DIR, 'review-test-request.json'),
      'application/json',
    );
    expect([simple.status, JSON.parse(simple.text)]).toEqual([200, { same: true }]);
  });

  it('answers 400 text/plain with the formatted error before the handler runs', async () => {
    const reply = await post('/cos-callback', '{"EventName":"Nope"}', 'application/json');
    expect(reply).toMatchObject({ status: 400, type: 'text/plain; charset=utf-8' });
    expect(reply.text).toMatch(/^Unsupported event/);
  });

  it('answers 400 for a request without a body', async () => {
    const reply = await post('/cos-callback');
    expect([reply.status, reply.text]).toEqual([400, 'Unsupported format: the body is empty']);
  });

  it("answers 400 TooLarge over maxBytes, below Fastify's own bodyLimit", async () => {
    const big = Buffer.concat([seed, Buffer.from(`<!-- ${'x'.repeat(4096)} -->`)]);
    const reply = await post('/cos-callback', big, 'application/xml');
    expect([reply.status, reply.text]).toEqual([
      400,
      `Body too large: ${big.byteLength} bytes, the limit is 4096.`,
    ]);
  });

  it('decodes a PUT like a POST', async () => {
    const reply = await post('/cos-callback', seed, 'application/xml', 'PUT');
    expect([reply.status, JSON.parse(reply.text)]).toEqual([200, { event: 'TaskFinish' }]);
  });

  it('leaves requests with other methods in its scope alone: a GET health check, a DELETE with a body', async () => {
    const health = await fetch(`${origin}/cos-callback/health`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
    const removed = await post('/cos-callback', '{"a":1}', 'application/json', 'DELETE');
    expect([removed.status, JSON.parse(removed.text)]).toEqual([200, { body: 'none' }]);
  });

  it("leaves the routes outside its scope to Fastify's own parsers", async () => {
    const reply = await post('/other', '{"a":1}', 'application/json');
    expect(JSON.parse(reply.text)).toEqual({ body: { a: 1 } });
  });
});

describe('fastifyCosCallback with a token', () => {
  const token = { secret: 's3cret/with spaces', param: 'key' };
  let guarded: FastifyInstance;
  let guardedOrigin: string;
  /** What the request's stream looked like when the answer was sent: never read means null and no listener. */
  let seen: { flowing: boolean | null; dataListeners: number } | undefined;

  beforeAll(async () => {
    guarded = Fastify();
    guarded.register(async (scope) => {
      await scope.register(fastifyCosCallback, { maxBytes: 4096, token });
      scope.addHook('onSend', async (request) => {
        seen = { flowing: request.raw.readableFlowing, dataListeners: request.raw.listenerCount('data') };
      });
      scope.post('/cos-callback', async (request) => ({ event: getCosCallback(request).EventName }));
      scope.get('/cos-callback/health', async () => 'ok');
    });
    guardedOrigin = await guarded.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => guarded.close());

  const at = (query: string) => `${guardedOrigin}/cos-callback${query}`;
  const send = async (url: string, body: Uint8Array | string = seed) => {
    const response = await fetch(url, {
      method: 'POST',
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  it('decodes a request whose URL carries the secret', async () => {
    const reply = await send(at(`?key=${encodeURIComponent(token.secret)}`));
    expect([reply.status, JSON.parse(reply.text)]).toEqual([200, { event: 'TaskFinish' }]);
  });

  it('answers 401 text/plain for a missing or wrong token, a 400 only after it', async () => {
    expect(await send(at(''))).toEqual({
      status: 401,
      type: 'text/plain; charset=utf-8',
      text: 'Unauthorized: the URL has no "key" query parameter',
    });
    expect(await send(at('?key=guess'))).toMatchObject({
      status: 401,
      text: 'Unauthorized: the "key" query parameter is wrong',
    });
    expect(await send(at('?key=a&key=b'))).toMatchObject({ status: 401 });
    const refused = await send(at(`?key=${encodeURIComponent(token.secret)}`), '{"EventName":"Nope"}');
    expect(refused.status).toBe(400);
  });

  it('answers 401 with Connection: close before reading a body that never ends', async () => {
    seen = undefined;
    const { port } = new URL(guardedOrigin);
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/cos-callback?key=wrong',
      method: 'POST',
      agent: false,
    });
    req.setHeader('transfer-encoding', 'chunked');
    req.write(seed.subarray(0, 100)); // and never end()
    try {
      const [res] = (await once(req, 'response')) as [IncomingMessage];
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      await once(res, 'end');
      const reply = { status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString() };
      expect(reply).toMatchObject({
        status: 401,
        headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
        text: 'Unauthorized: the "key" query parameter is wrong',
      });
      expect(seen).toEqual({ flowing: null, dataListeners: 0 });
    } finally {
      req.destroy();
    }
  });

  it('leaves a GET in its scope alone', async () => {
    const health = await fetch(`${guardedOrigin}/cos-callback/health`);
    expect([health.status, await health.text()]).toEqual([200, 'ok']);
  });

  it('makes registering reject with a TypeError when maxBytes is no byte limit (NaN: an unset variable)', async () => {
    const app = Fastify();
    app.register(async (scope) => {
      await scope.register(fastifyCosCallback, { maxBytes: Number(process.env.COS_TEST_UNSET_VARIABLE) });
    });
    const error = await app.ready().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toEqual(
      new TypeError(
        'fastifyCosCallback: maxBytes must be a whole number of bytes from 0 to 2^53 - 1, not NaN',
      ),
    );
    await app.close();
  });

  it('makes registering reject with a TypeError when the secret is empty', async () => {
    const app = Fastify();
    app.register(async (scope) => {
      await scope.register(fastifyCosCallback, { token: { secret: '' } });
    });
    const error = await app.ready().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toHaveProperty(
      'message',
      'fastifyCosCallback: no secret is configured (token.secret is empty), so no request is authorized',
    );
    await app.close();
  });
});
