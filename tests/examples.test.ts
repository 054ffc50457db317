import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { startExample, type ExampleName } from '../examples/start';
import { listFiles, readBytes, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';

const samples = [
  ...listFiles(SAMPLES_DIR).map((name) => [name, readBytes(SAMPLES_DIR, name)] as const),
  ...listFiles(TENCENT_SAMPLES_DIR).map((name) => [name, readBytes(TENCENT_SAMPLES_DIR, name)] as const),
];
const [, seed] = samples.find(([name]) => name.endsWith('.xml')) ?? ['', new Uint8Array()];
const LIMIT = 256 * 1024; // what every example passes as maxBytes

interface Reply {
  readonly status: number;
  readonly type: string | undefined;
  readonly text: string;
}

/**
 * POSTs over loopback with node:http, so that a server answering before it read the whole body (TooLarge) is
 * seen as the client sees it. `chunked` sends without Content-Length, so only the stream limit can stop it.
 */
function post(
  url: string,
  body: Uint8Array,
  chunked = false,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          ...(chunked
            ? { 'content-type': 'application/xml', 'transfer-encoding': 'chunked' }
            : { 'content-type': 'application/xml', 'content-length': body.byteLength }),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: res.headers['content-type'],
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // A server that answers early may close the socket while we still write: the answer is what counts.
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ECONNRESET') reject(e);
    });
    if (chunked) {
      for (let offset = 0; offset < body.byteLength; offset += 16 * 1024) {
        req.write(body.subarray(offset, offset + 16 * 1024));
      }
      req.end();
    } else req.end(body);
  });
}

const expected = (bytes: Uint8Array): RegExp => {
  const text = new TextDecoder().decode(bytes);
  const id = /"?(JobId|RunId)"?\s*[>:]\s*"?([A-Za-z0-9]+)/.exec(text);
  return new RegExp(`^(TaskFinish|WorkflowFinish) .*${id?.[2] ?? '(no id)'}`);
};

const oversized = (() => {
  const padding = new TextEncoder().encode(`<!-- ${'x'.repeat(LIMIT)} -->`);
  const out = new Uint8Array(seed.byteLength + padding.byteLength);
  out.set(seed);
  out.set(padding, seed.byteLength);
  return out;
})();

describe.each<ExampleName>(['node-http', 'express', 'next', 'hono', 'worker'])('the %s example', (name) => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await startExample(name));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('has samples to post', () => {
    expect(samples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(samples)('answers 200 for %s', async (_file, bytes) => {
    const reply = await post(url, bytes);
    expect(reply).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/plain/) });
    expect(reply.text).toMatch(expected(bytes));
  });

  it('answers 200 for a body sent chunked, without Content-Length', async () => {
    expect(await post(url, seed, true)).toMatchObject({
      status: 200,
      text: expect.stringMatching(/^TaskFinish/),
    });
  });

  it('answers 400 TooLarge for a body over maxBytes with Content-Length', async () => {
    const reply = await post(url, oversized);
    expect(reply).toMatchObject({ status: 400, type: expect.stringMatching(/^text\/plain/) });
    expect(reply.text).toBe(`Body too large: ${oversized.byteLength} bytes, the limit is ${LIMIT}.`);
  });

  it('answers 400 TooLarge for a chunked body over maxBytes: more than the limit, its size unknown', async () => {
    const reply = await post(url, oversized, true);
    expect(reply.status).toBe(400);
    expect(reply.text).toBe(`Body too large: more than ${LIMIT} bytes, the limit is ${LIMIT}.`);
  });

  it('answers 400 for a compressed body, saying compressed bodies are not decoded', async () => {
    const reply = await post(url, gzipSync(seed), false, { 'content-encoding': 'gzip' });
    expect(reply).toMatchObject({ status: 400, type: expect.stringMatching(/^text\/plain/) });
    expect(reply.text).toMatch(
      /^Unsupported format: the request body is compressed \(Content-Encoding: gzip\) and compressed bodies are not decoded/,
    );
    // and keeps serving
    expect((await post(url, seed)).status).toBe(200);
  });

  it('answers 400 for a truncated body', async () => {
    const reply = await post(url, seed.subarray(0, seed.byteLength - 20));
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(/^Malformed XML/);
  });

  it('answers 400 for garbage', async () => {
    const reply = await post(url, new TextEncoder().encode('hello'));
    expect(reply).toEqual({
      status: 400,
      type: expect.stringMatching(/^text\/plain/),
      text: 'Unsupported format: the body starts with "h", neither XML (<) nor JSON ({ or [)',
    });
  });
});

describe('the express example, other routes', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await startExample('express'));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each(samples)('decodes %s after express.text()', async (_file, bytes) => {
    const reply = await post(`${url}/text`, bytes);
    expect(reply.status).toBe(200);
    expect(reply.text).toMatch(expected(bytes));
  });

  it('decodes a gzip body express.text() inflated', async () => {
    const reply = await post(`${url}/text`, gzipSync(seed), false, { 'content-encoding': 'gzip' });
    expect(reply.status).toBe(200);
    expect(reply.text).toMatch(expected(seed));
  });

  it('answers 400 with how to fix it when express.json() parsed the body first', async () => {
    const json = samples.find(([file]) => file.endsWith('.json'));
    const reply = await post(`${url}/json-parsed`, json?.[1] ?? new Uint8Array());
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(
      /^Unsupported format: the request body was already parsed into an object .*express\.text/,
    );
  });
});

describe('the node-http example, slow clients', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    let url: string;
    ({ server, url } = await startExample('node-http'));
    port = Number(new URL(url).port);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('bounds a request and its headers in time', () => {
    expect(server.requestTimeout).toBe(10_000);
    expect(server.headersTimeout).toBe(5_000);
  });

  it('answers 408 and closes the connection of a client that stops sending its body', async () => {
    const { requestTimeout, headersTimeout } = server;
    server.requestTimeout = 500; // the example's bound, shortened so that the test is quick
    server.headersTimeout = 500;
    try {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1');
      socket.write(`POST /cos-callback HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n<Response>`);
      const answer = await new Promise<string>((resolve, reject) => {
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(Date.now() - started).toBeLessThan(3_000); // 500 ms, checked every second
    } finally {
      server.requestTimeout = requestTimeout;
      server.headersTimeout = headersTimeout;
    }
  });
});
