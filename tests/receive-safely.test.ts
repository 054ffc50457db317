import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  decodeCallback,
  type CallbackResponse,
  type ConfirmError,
  type JobsDetail,
  type Result,
  type TaskFinishResponse,
} from 'cos-ci-callback';
import { callbackUrl, dedupeKey, receiver, worker } from '../examples/receive-safely';
import { expectRight, readText, SAMPLES_DIR } from './helpers';

const SECRET = 'pP2t-9_secret with spaces & symbols?=';
const body = readText(SAMPLES_DIR, 'media-info.xml');
const callback = expectRight(decodeCallback(body)) as TaskFinishResponse;
const transcodeBody = readText(SAMPLES_DIR, 'workflow-transcode.xml');
const transcode = expectRight(decodeCallback(transcodeBody)) as TaskFinishResponse;
const OUTPUTS = ['transcoded/u1029/clip_8841_720p.mp4'];

type Confirm = (callback: TaskFinishResponse) => Promise<Result<ConfirmError, JobsDetail>>;
/** CI's job API as the worker sees it: the job as CI reports it now. */
const reports =
  (job: () => JobsDetail): Confirm =>
  async () => ({ _tag: 'Right', right: job() });

describe('examples/receive-safely.ts', () => {
  let server: Server;
  let endpoint: string;
  let queued: CallbackResponse[] = [];

  beforeAll(async () => {
    server = createServer(receiver(SECRET, (cb) => queued.push(cb)));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cos-callback`;
  });
  beforeEach(() => {
    queued = [];
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = async (url: string, text: string): Promise<{ status: number; text: string }> => {
    const response = await fetch(url, { method: 'POST', body: text });
    return { status: response.status, text: await response.text() };
  };

  /** A worker over `confirm`, recording what it published. */
  const workerOver = (confirm: Confirm) => {
    const published: (readonly string[])[] = [];
    const work = worker(confirm, async (outputs) => {
      published.push(outputs);
    });
    return { work, published };
  };

  it('puts the secret in the callback URL, percent-encoded', () => {
    const url = new URL(callbackUrl('https://example.com/cos-callback?queue=a', SECRET));
    expect(url.searchParams.get('token')).toBe(SECRET);
    expect(url.searchParams.get('queue')).toBe('a');
  });

  it('answers 204 at once and queues every callback, repeats included', async () => {
    const url = callbackUrl(endpoint, SECRET);
    expect(await post(url, body)).toEqual({ status: 204, text: '' });
    expect(await post(url, body)).toEqual({ status: 204, text: '' });
    expect(queued).toEqual([callback, callback]);
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
    expect(queued).toEqual([]);
  });

  it('works on the job CI confirms, and not on a callback CI does not confirm', async () => {
    const { work, published } = workerOver(reports(() => transcode.JobsDetail));
    expect(await work(transcode)).toBe('published');
    expect(
      await worker(
        reports(() => callback.JobsDetail),
        async () => undefined,
      )(callback),
    ).toBe('nothing to do (Success)');
    const notFound = worker(
      async () => ({ _tag: 'Left', left: { _tag: 'JobNotFound', jobId: 'j1' } }),
      async () => undefined,
    );
    expect(await notFound(callback)).toBe('Job not found: CI does not report job "j1".');
    expect(published).toEqual([OUTPUTS]);
  });

  it('acts once on a callback delivered twice, keyed on the job CI confirms', async () => {
    const url = callbackUrl(endpoint, SECRET);
    await post(url, transcodeBody);
    await post(url, transcodeBody);
    const { work, published } = workerOver(reports(() => transcode.JobsDetail));
    expect(await Promise.all(queued.map(work))).toEqual(['published', 'already done']);
    expect(published).toEqual([OUTPUTS]);
    expect(dedupeKey(transcode.JobsDetail)).toBe(`job ${transcode.JobsDetail.JobId} Success`);
  });

  it('publishes the genuine callback that follows a forged one for the same running job', async () => {
    // Someone who knows the URL sends Success for a real job while it still runs; CI's own callback follows.
    let ciState = 'Running';
    const { work, published } = workerOver(reports(() => ({ ...transcode.JobsDetail, State: ciState })));
    const url = callbackUrl(endpoint, SECRET);
    const forged = transcodeBody.replace(/<Operation>[\s\S]*<\/Operation>/, '');
    expect((await post(url, forged)).status).toBe(204);
    expect(await work(queued[0] as CallbackResponse)).toBe('nothing to do (Running)');
    ciState = 'Success';
    expect((await post(url, transcodeBody)).status).toBe(204);
    expect(await work(queued[1] as CallbackResponse)).toBe('published');
    expect(published).toEqual([OUTPUTS]);
  });

  it('lets a later delivery try again when publishing failed', async () => {
    let fail = true;
    const published: (readonly string[])[] = [];
    const work = worker(
      reports(() => transcode.JobsDetail),
      async (outputs) => {
        if (fail) throw new Error('storage is down');
        published.push(outputs);
      },
    );
    await expect(work(transcode)).rejects.toThrow('storage is down');
    fail = false;
    expect(await work(transcode)).toBe('published');
    expect(published).toEqual([OUTPUTS]);
  });
});
