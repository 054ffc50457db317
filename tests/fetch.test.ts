import { expectTypeOf } from 'expect-type';
import fc from 'fast-check';
import {
  decodeRequest,
  type CallbackError,
  type CallbackResponse,
  type RequestError,
  type RequestOptions,
  type Result,
} from '../src/fetch';
import { decodeCallback } from '../src/index';
import { expectLeft, expectRight, listFiles, readBytes, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';

const samples = [
  ...listFiles(SAMPLES_DIR).map((name) => [name, readBytes(SAMPLES_DIR, name)] as const),
  ...listFiles(TENCENT_SAMPLES_DIR).map((name) => [name, readBytes(TENCENT_SAMPLES_DIR, name)] as const),
];
const [, seed] = samples.find(([name]) => name.endsWith('.xml')) ?? ['', new Uint8Array()];

const post = (
  body: Uint8Array | string | ReadableStream<Uint8Array> | null,
  headers?: Record<string, string>,
): Request =>
  new Request('http://127.0.0.1/cos-callback', {
    method: 'POST',
    body: body as BodyInit | null,
    headers,
    duplex: 'half',
  } as RequestInit);

/** A stream of `chunks`, recording how many were pulled and whether it was cancelled. */
function chunkStream(chunks: readonly Uint8Array[]): {
  stream: ReadableStream<Uint8Array>;
  pulled: () => number;
  cancelled: () => boolean;
} {
  let index = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[index++];
        if (chunk === undefined) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => index, cancelled: () => cancelled };
}

describe('decodeRequest', () => {
  it('has samples to decode', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it.each(samples)('decodes %s from a Request, whatever its Content-Type says', async (_name, bytes) => {
    for (const type of [undefined, 'application/xml', 'application/json', 'text/plain']) {
      const value = expectRight(
        await decodeRequest(post(bytes, type === undefined ? {} : { 'content-type': type })),
      );
      expect(value).toStrictEqual(expectRight(decodeCallback(bytes))); // either family
    }
  });

  it('decodes a body that arrives in many small chunks', async () => {
    const chunks = Array.from({ length: Math.ceil(seed.length / 7) }, (_, i) =>
      seed.subarray(i * 7, i * 7 + 7),
    );
    const { stream } = chunkStream(chunks);
    const fromChunks = expectRight(await decodeRequest(post(stream)));
    expect(fromChunks).toEqual(expectRight(await decodeRequest(post(seed))));
  });

  it('refuses a declared Content-Length over maxBytes without reading the body', async () => {
    const { stream, pulled, cancelled } = chunkStream([seed]);
    const request = new Request('http://127.0.0.1/', {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-length': '5000000' },
    } as RequestInit);
    expect(await decodeRequest(request)).toEqual({
      _tag: 'Left',
      left: { _tag: 'TooLarge', size: 5000000, limit: 1024 * 1024 },
    });
    expect(pulled()).toBe(0);
    expect(cancelled()).toBe(true);
  });

  it('stops a stream at maxBytes: TooLarge with the size seen so far as a lower bound, the rest never pulled, the stream cancelled', async () => {
    const chunk = new Uint8Array(1000).fill(0x20);
    const { stream, pulled, cancelled } = chunkStream(Array.from({ length: 100 }, () => chunk));
    expect(await decodeRequest(post(stream), { maxBytes: 2500 })).toEqual({
      _tag: 'Left',
      left: { _tag: 'TooLarge', size: 3000, limit: 2500, sizeIsLowerBound: true },
    });
    expect(pulled()).toBeLessThanOrEqual(4);
    expect(cancelled()).toBe(true);
  });

  it.each(['gzip', 'br', 'deflate', 'GZIP', 'identity, gzip'])(
    'refuses a body sent with Content-Encoding: %s, without reading it',
    async (encoding) => {
      const { stream, pulled, cancelled } = chunkStream([seed]);
      expect(expectLeft(await decodeRequest(post(stream, { 'content-encoding': encoding })))).toEqual({
        _tag: 'UnsupportedFormat',
        message: expect.stringMatching(
          /^the request body is compressed \(Content-Encoding: \S+\) and compressed bodies are not decoded; CI sends its callbacks uncompressed/,
        ),
      });
      expect(pulled()).toBe(0);
      expect(cancelled()).toBe(true);
    },
  );

  it('reads a body whose Content-Encoding is identity', async () => {
    expectRight(await decodeRequest(post(seed, { 'content-encoding': 'identity' })));
  });

  it.each([NaN, -1, 0.5, Infinity])(
    'reads at most the default 1 MiB when maxBytes is %p, which is no byte limit',
    async (maxBytes) => {
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      const { stream, pulled, cancelled } = chunkStream(Array.from({ length: 100 }, () => chunk));
      expect(await decodeRequest(post(stream), { maxBytes })).toEqual({
        _tag: 'Left',
        left: { _tag: 'TooLarge', size: 17 * 64 * 1024, limit: 1024 * 1024, sizeIsLowerBound: true },
      });
      expect(pulled()).toBeLessThanOrEqual(18);
      expect(cancelled()).toBe(true);
    },
  );

  it('accepts a body of exactly maxBytes', async () => {
    expectRight(await decodeRequest(post(seed), { maxBytes: seed.byteLength }));
    expect(expectLeft(await decodeRequest(post(seed), { maxBytes: seed.byteLength - 1 }))._tag).toBe(
      'TooLarge',
    );
  });

  it('passes the format option on', async () => {
    expect(expectLeft(await decodeRequest(post(seed), { format: 'json' }))._tag).toBe('MalformedJson');
  });

  it('answers a truncated body with the parse error', async () => {
    expect(expectLeft(await decodeRequest(post(seed.subarray(0, seed.length >> 1))))._tag).toBe(
      'MalformedXml',
    );
  });

  it('answers a request without a body as an empty body', async () => {
    expect(expectLeft(await decodeRequest(new Request('http://127.0.0.1/')))).toEqual({
      _tag: 'UnsupportedFormat',
      message: 'the body is empty',
    });
  });

  it('does not reject for a body already used', async () => {
    const request = post('<Response/>');
    await request.text();
    expect(expectLeft(await decodeRequest(request))).toEqual({
      _tag: 'UnsupportedFormat',
      message: 'the request body could not be read: the body was already used (read it once, here)',
    });
  });

  it('does not reject for a stream that errors', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('<Response>'));
        controller.error(new Error('connection reset'));
      },
    });
    expect(expectLeft(await decodeRequest(post(stream)))).toEqual({
      _tag: 'UnsupportedFormat',
      message: 'the request body could not be read: connection reset',
    });
  });

  it('ignores a Content-Length that is not a number and reads the stream', async () => {
    const request = {
      bodyUsed: false,
      body: chunkStream([seed]).stream,
      headers: new Headers({ 'content-length': 'lots' }),
    };
    expectRight(await decodeRequest(request as unknown as Request, { maxBytes: seed.byteLength }));
  });

  it('never rejects, whatever the bytes and however they are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }),
        fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        async (chunks, maxBytes) => {
          const { stream } = chunkStream(chunks);
          const result = await decodeRequest(post(stream), maxBytes === undefined ? {} : { maxBytes });
          expect(['Left', 'Right']).toContain(result._tag);
          const size = chunks.reduce((n, c) => n + c.byteLength, 0);
          if (maxBytes !== undefined && size > maxBytes)
            expect(result).toMatchObject({ left: { _tag: 'TooLarge' } });
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('decodeRequest with a token', () => {
  const token = { secret: 'c2VjcmV0LXRva2Vu' };
  const at = (query: string, body: Uint8Array | ReadableStream<Uint8Array>): Request =>
    new Request(`https://receiver.example/cos-callback${query}`, {
      method: 'POST',
      body: body as BodyInit,
      duplex: 'half',
    } as RequestInit);

  /** A body that never ends: one chunk, then a pull that never settles. Nothing is pulled until read. */
  function endless(): { stream: ReadableStream<Uint8Array>; pulls: () => number } {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulls++;
          if (pulls === 1) controller.enqueue(new TextEncoder().encode('<Response>'));
          return new Promise<void>(() => undefined);
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, pulls: () => pulls };
  }

  it('reads the endless body when no token is asked for (the control for the test below)', async () => {
    const { stream, pulls } = endless();
    const pending = decodeRequest(at('', stream));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(pulls()).toBeGreaterThan(0);
    void pending; // never settles: the body never ends
  });

  it('decodes a request whose URL carries the secret', async () => {
    const value = expectRight(await decodeRequest(at(`?token=${token.secret}`, seed), { token }));
    expect(value).toEqual(expectRight(await decodeRequest(post(seed))));
  });

  it('refuses a wrong or missing token with Unauthorized, never reading a body that never ends', async () => {
    for (const query of ['?token=wrong', '', '?token=', `?token=${token.secret}&token=${token.secret}`]) {
      const { stream, pulls } = endless();
      const request = at(query, stream);
      const result = await decodeRequest(request, { token });
      expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'Unauthorized' } });
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(request.bodyUsed).toBe(false);
      expect(pulls()).toBe(0);
    }
    expect(await decodeRequest(at('?token=wrong', endless().stream), { token })).toMatchInlineSnapshot(`
      {
        "_tag": "Left",
        "left": {
          "_tag": "Unauthorized",
          "message": "the "token" query parameter is wrong",
        },
      }
    `);
  });

  it('reads the token from another parameter when told', async () => {
    expectRight(await decodeRequest(at(`?s=${token.secret}`, seed), { token: { ...token, param: 's' } }));
    expect(
      expectLeft(
        await decodeRequest(at(`?token=${token.secret}`, seed), { token: { ...token, param: 's' } }),
      ),
    ).toEqual({ _tag: 'Unauthorized', message: 'the URL has no "s" query parameter' });
  });

  it('refuses every request, without rejecting, when the secret is empty', async () => {
    expect(
      expectLeft(await decodeRequest(at('?token=', endless().stream), { token: { secret: '' } })),
    ).toEqual({
      _tag: 'Unauthorized',
      message: 'no secret is configured (token.secret is empty), so no request is authorized',
    });
  });

  it('types the error as RequestError with a token, CallbackError without', async () => {
    expectTypeOf(await decodeRequest(post(seed))).toEqualTypeOf<Result<CallbackError, CallbackResponse>>();
    expectTypeOf(await decodeRequest(post(seed), { maxBytes: 1 })).toEqualTypeOf<
      Result<CallbackError, CallbackResponse>
    >();
    expectTypeOf(await decodeRequest(post(seed), { token })).toEqualTypeOf<
      Result<RequestError, CallbackResponse>
    >();
    const options: RequestOptions = {};
    expectTypeOf(await decodeRequest(post(seed), options)).toEqualTypeOf<
      Result<RequestError, CallbackResponse>
    >();
  });
});
