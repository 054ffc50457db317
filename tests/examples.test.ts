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
  contentType: string | undefined = 'application/xml',
  extraHeaders: Record<string, string> = {},
): Promise<Reply> {
  const headers: Record<string, string | number> = chunked
    ? { 'transfer-encoding': 'chunked' }
    : { 'content-length': body.byteLength };
  if (contentType !== undefined) headers['content-type'] = contentType;
  Object.assign(headers, extraHeaders);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', agent: false, headers }, (res) => {
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
    });
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

/** The answer's start: the event (or Simple, for moderation's Simple form), then the ID the body holds. */
const expected = (bytes: Uint8Array): RegExp => {
  const text = new TextDecoder().decode(bytes);
  const id = /"?(JobId|RunId|trace_id)"?\s*[>:]\s*"?(\w+)/.exec(text);
  return new RegExp(`^(TaskFinish|WorkflowFinish|Review[A-Z][a-z]+|Simple) .*${id?.[2] ?? '(no id)'}`);
};

/** Issue 9's crash body: 130,000 zeros where CosHeaders belong, under the examples' limit. */
const crashBody = new TextEncoder().encode(
  `{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","Tag":"Foo","Input":{"CosHeaders":[${'0,'.repeat(129_999)}0]}}}`,
);
/** Its XML twin, 3.4 MB: over the examples' limit. */
const crashTwin = new TextEncoder().encode(
  `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>Foo</Tag><Input>` +
    `${'<CosHeaders>0</CosHeaders>'.repeat(130_000)}</Input></JobsDetail></Response>`,
);

const oversized = (() => {
  const padding = new TextEncoder().encode(`<!-- ${'x'.repeat(LIMIT)} -->`);
  const out = new Uint8Array(seed.byteLength + padding.byteLength);
  out.set(seed);
  out.set(padding, seed.byteLength);
  return out;
})();

const CONTENT_TYPES = [
  'application/xml',
  'text/xml; charset=utf-8',
  'application/json',
  'text/plain',
  'application/octet-stream',
  undefined,
];

describe.each<ExampleName>(['node-http', 'express', 'fastify', 'next', 'hono', 'worker', 'both-families'])(
  'the %s example',
  (name) => {
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

    it.each(CONTENT_TYPES)('answers 200 whatever the Content-Type: %s', async (contentType) => {
      for (const [file, bytes] of samples.filter(([file]) =>
        /^(extract-digital|workflow-finish\.)/.test(file),
      )) {
        const reply = await post(url, bytes, false, contentType);
        expect([file, reply.status, reply.text]).toEqual([file, 200, expect.stringMatching(expected(bytes))]);
      }
    });

    it('answers 400 for an empty body', async () => {
      const reply = await post(url, new Uint8Array(), false, undefined);
      expect(reply).toMatchObject({ status: 400, text: 'Unsupported format: the body is empty' });
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
      const reply = await post(url, gzipSync(seed), false, 'application/xml', { 'content-encoding': 'gzip' });
      expect(reply).toMatchObject({ status: 400, type: expect.stringMatching(/^text\/plain/) });
      expect(reply.text).toMatch(
        /^Unsupported format: the request body is compressed \(Content-Encoding: gzip\) and compressed bodies are not decoded/,
      );
      // and keeps serving
      expect((await post(url, seed)).status).toBe(200);
    });

    it('answers 400 to the crash body and its XML twin, and keeps serving', async () => {
      expect(crashBody.byteLength).toBeLessThan(LIMIT);
      const reply = await post(url, crashBody);
      expect(reply.status).toBe(400);
      const lines = reply.text.split('\n');
      expect([lines[0], lines[101], lines.length]).toEqual([
        'Invalid callback (130000 issues):',
        '  ... and 129900 more',
        102,
      ]);
      expect(await post(url, crashTwin)).toMatchObject({
        status: 400,
        text: `Body too large: ${crashTwin.byteLength} bytes, the limit is ${LIMIT}.`,
      });
      expect(await post(url, seed)).toMatchObject({
        status: 200,
        text: expect.stringMatching(/^TaskFinish/),
      });
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
  },
);

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

  it('decodes JSON callbacks on the route registered before the global express.json()', async () => {
    const json = samples.filter(([file]) => file.endsWith('.json'));
    expect(json.length).toBeGreaterThan(0);
    for (const [, bytes] of json) {
      expect(await post(url, bytes, false, 'application/json')).toMatchObject({ status: 200 });
    }
  });

  it("shows the global express.json()'s own answers: JSON parsed, and an HTML 413 over its 100 kB limit", async () => {
    const echo = url.replace('/cos-callback', '/api/echo');
    const small = await post(echo, new TextEncoder().encode('{"a":"b"}'), false, 'application/json');
    expect(small).toMatchObject({ status: 200, text: '{"a":"b"}' });
    const big = new TextEncoder().encode(JSON.stringify({ a: 'x'.repeat(100 * 1024) }));
    const refused = await post(echo, big, false, 'application/json');
    expect(refused).toMatchObject({ status: 413, type: expect.stringMatching(/^text\/html/) });
  });

  it('decodes a gzip body express.text() inflated', async () => {
    const reply = await post(`${url}/text`, gzipSync(seed), false, 'application/xml', {
      'content-encoding': 'gzip',
    });
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

describe('the fastify example, other routes', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await startExample('fastify'));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("keeps Fastify's JSON parser outside the callback route's scope", async () => {
    const reply = await post(
      url.replace('/cos-callback', '/echo'),
      new TextEncoder().encode('{"a":[1]}'),
      false,
      'application/json',
    );
    expect(reply).toMatchObject({ status: 200, text: '{"a":[1]}' });
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

describe('the both-families example', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await startExample('both-families'));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each([
    ['extract-digital-watermark.xml', 'TaskFinish ExtractDigitalWatermark j7c1e0b24e05211ee9a3f525400f1d2c8'],
    ['review-video-detail.xml', 'ReviewVideo av5c9b7e2a6d3e11ef9b7a525400c8e7f1 result=1 porn=96'],
    ['review-video-detail.json', 'ReviewVideo av5c9b7e2a6d3e11ef9b7a525400c8e7f1 result=1 porn=96'],
    ['review-document-detail.json', /^ReviewDocument \w+ suggestion=\d$/],
    ['review-test-request.json', 'Simple test_trace_id code=0 result=0'],
  ])('answers for %s with what its switch narrowed to', async (file, answer) => {
    const reply = await post(url, readBytes(SAMPLES_DIR, file));
    expect(reply.status).toBe(200);
    if (typeof answer === 'string') expect(reply.text).toBe(answer);
    else expect(reply.text).toMatch(answer);
  });
});
