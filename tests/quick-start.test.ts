/**
 * examples/quick-start.ts, the README's receiver, over loopback: what the README says it answers, and the
 * README's own curl command.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { decodeCallback } from 'cos-ci-callback';
import { queued } from '../examples/queue';
import { expectRight, listFiles, readBytes, SAMPLES_DIR } from './helpers';

const SECRET = 'quick start secret/+=?&';
const README = readFileSync(join(__dirname, '../README.md'), 'utf8');

/** The curl command of the README's receiver section: the body it sends and the URL it posts to. */
function readmeCurl(): { body: string; url: string } {
  const section = /^## A receiver\n([\s\S]*?)(?=^## )/m.exec(README)?.[1] ?? '';
  const line = section.split('\n').find((l) => l.startsWith('curl ')) ?? '';
  const body = /--data-binary '([^']*)'/.exec(line)?.[1];
  const url = /"(http:\/\/[^"]*)"/.exec(line)?.[1];
  if (body === undefined || url === undefined)
    throw new Error(`no curl command in the README's receiver:\n${line}`);
  return { body, url };
}

async function listen(app: RequestListener): Promise<{ server: Server; origin: string }> {
  const server = createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: Server | undefined): Promise<void> {
  if (server === undefined) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

const withToken = (origin: string, token = SECRET): string =>
  `${origin}/cos-callback?token=${encodeURIComponent(token)}`;

async function post(
  url: string,
  body: string | Uint8Array,
  contentType = 'application/xml',
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    body: typeof body === 'string' ? body : body.slice(),
    headers: { 'content-type': contentType },
  });
  return { status: response.status, text: await response.text() };
}

describe('examples/quick-start.ts', () => {
  let server: Server | undefined;
  let origin = '';

  beforeAll(async () => {
    process.env.COS_CALLBACK_SECRET = SECRET;
    const { app } = await import('../examples/quick-start');
    ({ server, origin } = await listen(app));
  });
  afterAll(async () => {
    delete process.env.COS_CALLBACK_SECRET;
    await close(server);
  });
  beforeEach(() => {
    queued.length = 0;
  });

  const samples = listFiles(SAMPLES_DIR).map((name) => [name, readBytes(SAMPLES_DIR, name)] as const);

  it('has samples to post', () => {
    expect(samples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(samples)('answers 204 and queues %s, decoded, whatever the Content-Type says', async (_, bytes) => {
    expect(await post(withToken(origin), bytes, 'text/plain')).toEqual({ status: 204, text: '' });
    expect(queued).toEqual([expectRight(decodeCallback(bytes))]);
  });

  it("answers the README's curl command with 204", async () => {
    const { body, url } = readmeCurl();
    const target = new URL(url.replace('$COS_CALLBACK_SECRET', encodeURIComponent(SECRET)));
    expect(target.pathname).toBe('/cos-callback');
    // curl --data-binary without -H sends this Content-Type.
    const reply = await post(
      `${origin}${target.pathname}${target.search}`,
      body,
      'application/x-www-form-urlencoded',
    );
    expect(reply).toEqual({ status: 204, text: '' });
    expect(queued).toEqual([expectRight(decodeCallback(body))]);
  });

  it('answers 401 to a missing or wrong token, saying which, and queues nothing', async () => {
    const [, bytes] = samples[0] ?? ['', new Uint8Array()];
    expect(await post(`${origin}/cos-callback`, bytes)).toEqual({
      status: 401,
      text: 'Unauthorized: the URL has no "token" query parameter',
    });
    expect(await post(withToken(origin, 'guess'), bytes)).toEqual({
      status: 401,
      text: 'Unauthorized: the "token" query parameter is wrong',
    });
    expect(queued).toEqual([]);
  });

  it('answers 400 with the formatted error to a body CI would not send, and queues nothing', async () => {
    expect(await post(withToken(origin), 'this is not a callback')).toEqual({
      status: 400,
      text: 'Unsupported format: the body starts with "t", neither XML (<) nor JSON ({ or [)',
    });
    expect(await post(withToken(origin), `<Response>${' '.repeat(256 * 1024)}</Response>`)).toEqual({
      status: 400,
      text: 'Body too large: 262165 bytes, the limit is 262144.',
    });
    expect(queued).toEqual([]);
  });
});

describe('examples/quick-start.ts without COS_CALLBACK_SECRET', () => {
  let server: Server | undefined;

  afterAll(() => close(server));

  it('answers every request 401, saying no secret is configured', async () => {
    delete process.env.COS_CALLBACK_SECRET;
    let app: RequestListener | undefined;
    await jest.isolateModulesAsync(async () => {
      ({ app } = await import('../examples/quick-start'));
    });
    const started = await listen(app as RequestListener);
    server = started.server;
    const { body } = readmeCurl();
    for (const url of [`${started.origin}/cos-callback`, withToken(started.origin, '')]) {
      expect(await post(url, body)).toEqual({
        status: 401,
        text: 'Unauthorized: no secret is configured (token.secret is empty), so no request is authorized',
      });
    }
  });
});
