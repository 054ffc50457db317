import Fastify, { type FastifyInstance } from 'fastify';
import { fastifyCosCallback, getCosCallback } from '../src/node';
import { readBytes, SAMPLES_DIR } from './helpers';

const seed = Buffer.from(readBytes(SAMPLES_DIR, 'extract-digital-watermark.xml'));
const json = Buffer.from(readBytes(SAMPLES_DIR, 'extract-digital-watermark.json'));

let app: FastifyInstance;
let origin: string;

/** POSTs over loopback (Fastify's inject() needs an ESM-only module that jest's CommonJS run cannot load). */
async function post(path: string, body: Uint8Array | string = '', type?: string) {
  const headers = type === undefined ? {} : { 'content-type': type };
  const bytes = typeof body === 'string' ? body : new Uint8Array(body);
  const response = await fetch(origin + path, { method: 'POST', body: bytes, headers });
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

  it("leaves the routes outside its scope to Fastify's own parsers", async () => {
    const reply = await post('/other', '{"a":1}', 'application/json');
    expect(JSON.parse(reply.text)).toEqual({ body: { a: 1 } });
  });
});
