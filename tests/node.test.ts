import { EventEmitter, once } from 'node:events';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { expectTypeOf } from 'expect-type';
import {
  cosCallbackMiddleware,
  decodeIncomingMessage,
  type CallbackError,
  type CallbackResponse,
  type CosCallbackMiddleware,
  type RequestError,
  type Result,
  type ServerResponseLike,
} from '../src/node';
import { decodeCallback } from '../src/index';
import { expectLeft, expectRight, listFiles, readBytes, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';

const samples = [
  ...listFiles(SAMPLES_DIR).map((name) => [name, readBytes(SAMPLES_DIR, name)] as const),
  ...listFiles(TENCENT_SAMPLES_DIR).map((name) => [name, readBytes(TENCENT_SAMPLES_DIR, name)] as const),
];
const [, seed] = samples.find(([name]) => name.endsWith('.xml')) ?? ['', new Uint8Array()];
const seedText = new TextDecoder().decode(seed);

/** A request-like stream of `chunks`, with headers. */
function request(chunks: readonly (Uint8Array | string)[], headers: Record<string, string> = {}) {
  return Object.assign(
    Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c)))),
    {
      headers,
    },
  );
}

describe('decodeIncomingMessage', () => {
  it.each(samples)('decodes %s from a stream', async (_name, bytes) => {
    const value = expectRight(
      await decodeIncomingMessage(request([bytes.subarray(0, 10), bytes.subarray(10)])),
    );
    expect(value).toStrictEqual(expectRight(decodeCallback(bytes))); // either family
  });

  it('decodes a body a parser already read, as text or bytes, without touching the stream', async () => {
    const fromStream = expectRight(await decodeIncomingMessage(request([seed])));
    const unread = request([]);
    expect(expectRight(await decodeIncomingMessage(Object.assign(unread, { body: seedText })))).toEqual(
      fromStream,
    );
    expect(expectRight(await decodeIncomingMessage({ body: Buffer.from(seed) }))).toEqual(fromStream);
    expect(expectRight(await decodeIncomingMessage({ body: seed }))).toEqual(fromStream);
  });

  it('decodes a Fastify request: body from a buffer content parser, or the raw stream', async () => {
    const fromStream = expectRight(await decodeIncomingMessage(request([seed])));
    expect(expectRight(await decodeIncomingMessage({ body: Buffer.from(seed), raw: request([]) }))).toEqual(
      fromStream,
    );
    expect(expectRight(await decodeIncomingMessage({ raw: request([seed]) }))).toEqual(fromStream);
  });

  it('refuses a body express.json() already parsed, saying what to use instead', async () => {
    const req = Object.assign(request([]), { body: { EventName: 'TaskFinish' }, _body: true });
    await new Promise((resolve) => req.resume().on('end', resolve));
    expect(expectLeft(await decodeIncomingMessage(req))).toMatchInlineSnapshot(`
{
  "_tag": "UnsupportedFormat",
  "message": "the request body was already parsed into an object by a body parser (express.json()?), so its text is gone; for this route use express.text({ type: '*/*' }) or express.raw({ type: '*/*' }), or no body parser",
}
`);
  });

  it("reads the stream when Express 4's body parser left an empty {} and did not read it", async () => {
    const req = Object.assign(request([seed]), { body: {} });
    expectRight(await decodeIncomingMessage(req));
  });

  it('refuses a stream something else already read to its end', async () => {
    const req = request([seed]);
    await new Promise((resolve) => req.resume().on('end', resolve));
    expect(expectLeft(await decodeIncomingMessage(req))).toEqual({
      _tag: 'UnsupportedFormat',
      message:
        'the request body could not be read: the stream was already read to its end by something else (a body parser?)',
    });
  });

  it('refuses a declared Content-Length over maxBytes without reading', async () => {
    const req = request([seed], { 'content-length': String(seed.byteLength) });
    expect(await decodeIncomingMessage(req, { maxBytes: 100 })).toEqual({
      _tag: 'Left',
      left: { _tag: 'TooLarge', size: seed.byteLength, limit: 100 },
    });
    expect(req.readableFlowing).toBeNull(); // never started reading
  });

  it('stops at maxBytes: TooLarge with the size seen so far as a lower bound, the stream paused', async () => {
    const stream = new PassThrough();
    const req = Object.assign(stream, { headers: {} });
    const result = decodeIncomingMessage(req, { maxBytes: 2500 });
    for (let i = 0; i < 3; i++) stream.write(Buffer.alloc(1000, 0x20));
    expect(await result).toEqual({
      _tag: 'Left',
      left: { _tag: 'TooLarge', size: 3000, limit: 2500, sizeIsLowerBound: true },
    });
    expect(stream.isPaused()).toBe(true);
    expect(stream.listenerCount('data')).toBe(0);
  });

  it.each([NaN, -1, 0.5, Infinity])(
    'reads at most the default 1 MiB when maxBytes is %p, which is no byte limit',
    async (maxBytes) => {
      const stream = new PassThrough();
      const req = Object.assign(stream, { headers: {} });
      const result = decodeIncomingMessage(req, { maxBytes });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let i = 0; i < 17; i++) stream.write(chunk);
      stream.end(); // never reached by a reader that stops at the limit
      expect(await result).toEqual({
        _tag: 'Left',
        left: { _tag: 'TooLarge', size: 17 * 64 * 1024, limit: 1024 * 1024, sizeIsLowerBound: true },
      });
      expect(stream.isPaused()).toBe(true);
    },
  );

  it.each(['gzip', 'br', 'deflate', 'x-gzip', 'GZIP', 'identity, gzip'])(
    'refuses a body sent with Content-Encoding: %s, without reading it',
    async (encoding) => {
      const req = request([seed], { 'content-encoding': encoding });
      expect(expectLeft(await decodeIncomingMessage(req))).toEqual({
        _tag: 'UnsupportedFormat',
        message: expect.stringMatching(
          /^the request body is compressed \(Content-Encoding: \S+\) and compressed bodies are not decoded; CI sends its callbacks uncompressed/,
        ),
      });
      expect(req.readableFlowing).toBeNull(); // never started reading
    },
  );

  it('reads a body whose Content-Encoding is identity, and one a parser already read and inflated', async () => {
    expectRight(await decodeIncomingMessage(request([seed], { 'content-encoding': 'identity' })));
    expectRight(await decodeIncomingMessage(request([seed], { 'content-encoding': ' Identity ' })));
    const inflated = Object.assign(request([]), { body: Buffer.from(seed) });
    inflated.headers['content-encoding'] = 'gzip';
    expectRight(await decodeIncomingMessage(inflated));
  });

  it('answers a truncated body with the parse error', async () => {
    expect(expectLeft(await decodeIncomingMessage(request([seed.subarray(0, 100)])))._tag).toBe(
      'MalformedXml',
    );
  });

  it('does not reject when the stream errors or closes early', async () => {
    const erroring = Object.assign(new PassThrough(), { headers: {} });
    const r1 = decodeIncomingMessage(erroring);
    erroring.write('<Response>');
    erroring.destroy(new Error('socket hang up'));
    expect(expectLeft(await r1)).toEqual({
      _tag: 'UnsupportedFormat',
      message: 'the request body could not be read: socket hang up',
    });

    const closing = new EventEmitter();
    const r2 = decodeIncomingMessage(closing);
    closing.emit('data', Buffer.from('<Response>'));
    closing.emit('close');
    expect(expectLeft(await r2)).toEqual({
      _tag: 'UnsupportedFormat',
      message: 'the request body could not be read: the connection closed before the body was complete',
    });
  });

  it('does not throw when a stream errors with a value that cannot be shown as text', async () => {
    const odd = new EventEmitter();
    const result = decodeIncomingMessage(odd);
    odd.emit('error', Object.create(null));
    expect(expectLeft(await result)).toEqual({
      _tag: 'UnsupportedFormat',
      message: 'the request body could not be read: a value that cannot be shown',
    });
  });

  it('does not reject for something that is not a request', async () => {
    expect(expectLeft(await decodeIncomingMessage({}))._tag).toBe('UnsupportedFormat');
    expect(expectLeft(await decodeIncomingMessage(null as never))._tag).toBe('UnsupportedFormat');
  });

  it('reads chunks a setEncoding() turned into strings', async () => {
    const req = request([seed]);
    req.setEncoding('utf8');
    expectRight(await decodeIncomingMessage(req));
  });
});

/** A recording response. */
function response(): ServerResponseLike & { headers: Record<string, string>; body?: string } {
  const res: ServerResponseLike & { headers: Record<string, string>; body?: string } = {
    statusCode: 200,
    headers: {},
    setHeader(name, value) {
      res.headers[name.toLowerCase()] = value;
    },
    end(body) {
      res.body = body;
    },
  };
  return res;
}

describe('cosCallbackMiddleware', () => {
  it('puts the callback in res.locals.cosCallback and calls next()', async () => {
    const res = Object.assign(response(), { locals: { other: 1 } });
    const next = jest.fn();
    await new Promise<void>((resolve) => {
      next.mockImplementation(() => resolve());
      cosCallbackMiddleware()(request([seed]), res, next);
    });
    expect(next).toHaveBeenCalledWith();
    expect(res.locals).toEqual({
      other: 1,
      cosCallback: expectRight(await decodeIncomingMessage(request([seed]))),
    });
    expect(res.body).toBeUndefined();
  });

  it('creates res.locals on a plain node:http response', async () => {
    const res = response();
    await new Promise<void>((resolve) => cosCallbackMiddleware()(request([seed]), res, () => resolve()));
    expect(res.locals?.cosCallback).toMatchObject({ EventName: 'TaskFinish' });
  });

  it('answers 400 with the formatted error as text/plain, without calling next()', async () => {
    const res = response();
    const next = jest.fn();
    const done = new Promise<void>((resolve) => {
      res.end = (body) => {
        res.body = body;
        resolve();
      };
    });
    cosCallbackMiddleware({ maxBytes: 10 })(request(['<Response>  </Response>']), res, next);
    await done;
    expect(next).not.toHaveBeenCalled();
    expect(res.statusCode).toBe(400);
    expect(res.headers).toEqual({ 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    expect(res.body).toBe('Body too large: more than 10 bytes, the limit is 10.');
  });

  it.each([NaN, -1, 0.5, Infinity, '1024'])(
    'throws a TypeError at creation when maxBytes is %p, which is no byte limit',
    (maxBytes) => {
      expect(() => cosCallbackMiddleware({ maxBytes: maxBytes as number })).toThrow(
        new TypeError(
          `cosCallbackMiddleware: maxBytes must be a whole number of bytes from 0 to 2^53 - 1, not ${
            typeof maxBytes === 'string' ? JSON.stringify(maxBytes) : String(maxBytes)
          }`,
        ),
      );
      expect(cosCallbackMiddleware({ maxBytes: 0 })).toEqual(expect.any(Function));
    },
  );

  it('closes the connection when it answers 400 without reading the body, and only then', async () => {
    const answer = async (req: Parameters<CosCallbackMiddleware>[0]) => {
      const res = response();
      await new Promise<void>((resolve) => {
        res.end = (body) => {
          res.body = body;
          resolve();
        };
        cosCallbackMiddleware()(req, res, () => resolve());
      });
      return res;
    };
    const compressed = await answer(request([seed], { 'content-encoding': 'gzip' }));
    expect(compressed.statusCode).toBe(400);
    expect(compressed.headers).toEqual({ 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    expect(compressed.body).toMatch(
      /^Unsupported format: the request body is compressed \(Content-Encoding: gzip\)/,
    );
    const malformed = await answer(request(['<Response>']));
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers).toEqual({ 'content-type': 'text/plain; charset=utf-8' });
  });
});

describe('a token', () => {
  const token = { secret: 'c2VjcmV0LXRva2Vu' };
  const at = (url: string, chunks: readonly (Uint8Array | string)[]) =>
    Object.assign(request(chunks), { url });

  it('lets decodeIncomingMessage decode a request whose URL carries the secret', async () => {
    const value = expectRight(
      await decodeIncomingMessage(at(`/cos-callback?token=${token.secret}`, [seed]), { token }),
    );
    expect(value).toEqual(expectRight(await decodeIncomingMessage(request([seed]))));
    // Fastify: the URL is on the request and on request.raw
    expectRight(await decodeIncomingMessage({ raw: at(`/cb?token=${token.secret}`, [seed]) }, { token }));
  });

  it('makes decodeIncomingMessage refuse a wrong or missing token without touching the stream', async () => {
    for (const url of ['/cos-callback?token=wrong', '/cos-callback', undefined]) {
      const req = Object.assign(new PassThrough(), { headers: {}, url });
      const result = await decodeIncomingMessage(req, { token });
      expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Unauthorized' } });
      expect(req.readableFlowing).toBeNull();
      expect(req.listenerCount('data')).toBe(0);
    }
    expect(await decodeIncomingMessage(at('/cb', [seed]), { token })).toMatchInlineSnapshot(`
      {
        "_tag": "Left",
        "left": {
          "_tag": "Unauthorized",
          "message": "the URL has no "token" query parameter",
        },
      }
    `);
  });

  it('types the error as RequestError with a token, CallbackError without', async () => {
    expectTypeOf(await decodeIncomingMessage(request([seed]))).toEqualTypeOf<
      Result<CallbackError, CallbackResponse>
    >();
    expectTypeOf(await decodeIncomingMessage(request([seed]), { token })).toEqualTypeOf<
      Result<RequestError, CallbackResponse>
    >();
  });

  it('makes cosCallbackMiddleware throw at creation when the secret is empty', () => {
    expect(() => cosCallbackMiddleware({ token: { secret: '' } })).toThrow(
      new TypeError(
        'cosCallbackMiddleware: no secret is configured (token.secret is empty), so no request is authorized',
      ),
    );
  });

  it('makes cosCallbackMiddleware answer 401 over HTTP, before a body that never ends', async () => {
    let seen: { flowing: boolean | null; dataListeners: number } | undefined;
    const middleware = cosCallbackMiddleware({ token });
    const server = createServer((req, res) => {
      const end = res.end.bind(res);
      res.end = ((body: string) => {
        seen = { flowing: req.readableFlowing, dataListeners: req.listenerCount('data') };
        return end(body);
      }) as typeof res.end;
      middleware(req, res, () => res.end('next() was called'));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const reply = await new Promise<{ status: number; headers: IncomingHttpHeaders; text: string }>(
        (resolve, reject) => {
          const req = httpRequest(
            { host: '127.0.0.1', port, path: '/cos-callback?token=wrong', method: 'POST', agent: false },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () => {
                resolve({
                  status: res.statusCode ?? 0,
                  headers: res.headers,
                  text: Buffer.concat(chunks).toString(),
                });
                req.destroy();
              });
            },
          );
          req.on('error', reject);
          req.setHeader('transfer-encoding', 'chunked');
          req.write(seed.subarray(0, 100)); // and never end()
        },
      );
      expect(reply).toMatchObject({
        status: 401,
        headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
        text: 'Unauthorized: the "token" query parameter is wrong',
      });
      expect(seen).toEqual({ flowing: null, dataListeners: 0 });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
