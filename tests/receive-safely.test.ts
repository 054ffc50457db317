import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeCallback, type CallbackResponse, type TaskFinishResponse } from 'cos-ci-callback';
import { callbackUrl, dedupeKey, receiver, work } from '../examples/receive-safely';
import { expectRight, readText, SAMPLES_DIR } from './helpers';

const SECRET = 'pP2t-9_secret with spaces & symbols?=';
const body = readText(SAMPLES_DIR, 'media-info.xml');
const callback = expectRight(decodeCallback(body)) as TaskFinishResponse;

describe('examples/receive-safely.ts', () => {
  let server: Server;
  let endpoint: string;
  const queued: CallbackResponse[] = [];

  beforeAll(async () => {
    server = createServer(receiver(SECRET, (cb) => queued.push(cb)));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cos-callback`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = async (url: string, text: string): Promise<{ status: number; text: string }> => {
    const response = await fetch(url, { method: 'POST', body: text });
    return { status: response.status, text: await response.text() };
  };

  it('puts the secret in the callback URL, percent-encoded', () => {
    const url = new URL(callbackUrl('https://example.com/cos-callback?queue=a', SECRET));
    expect(url.searchParams.get('token')).toBe(SECRET);
    expect(url.searchParams.get('queue')).toBe('a');
  });

  it('answers 204 at once and queues a callback once, however often it arrives', async () => {
    const url = callbackUrl(endpoint, SECRET);
    expect(await post(url, body)).toEqual({ status: 204, text: '' });
    expect(await post(url, body)).toEqual({ status: 204, text: '' });
    expect(queued).toEqual([callback]);
    expect(dedupeKey(callback)).toBe(`job ${callback.JobsDetail.JobId} Success`);
  });

  it('answers 401 without the secret, 400 for a body CI would not send', async () => {
    expect(await post(callbackUrl(endpoint, 'guess'), body)).toEqual({
      status: 401,
      text: 'Unauthorized: the "token" query parameter is wrong',
    });
    expect(await post(endpoint, body)).toEqual({
      status: 401,
      text: 'Unauthorized: the URL has no "token" query parameter',
    });
    expect(
      (await post(callbackUrl(endpoint, SECRET), '<Response><EventName>Nope</EventName></Response>')).status,
    ).toBe(400);
    expect(queued).toHaveLength(1);
  });

  it('works on the job CI confirms, and not on a callback CI does not confirm', async () => {
    const published: (readonly string[])[] = [];
    const publish = async (outputs: readonly string[]): Promise<void> => {
      published.push(outputs);
    };
    const transcode = expectRight(decodeCallback(readText(SAMPLES_DIR, 'workflow-transcode.xml')));
    if (transcode.EventName !== 'TaskFinish') throw new Error('expected TaskFinish');
    const confirmed = async () => ({ _tag: 'Right', right: transcode.JobsDetail }) as const;
    expect(await work(transcode, confirmed, publish)).toBe('published');
    expect(await work(callback, async () => ({ _tag: 'Right', right: callback.JobsDetail }), publish)).toBe(
      'nothing to do (Success)',
    );
    expect(
      await work(
        callback,
        async () => ({ _tag: 'Left', left: { _tag: 'JobNotFound', jobId: 'j1' } }),
        publish,
      ),
    ).toBe('Job not found: CI does not report job "j1".');
    expect(published).toEqual([['transcoded/u1029/clip_8841_720p.mp4']]);
  });
});
