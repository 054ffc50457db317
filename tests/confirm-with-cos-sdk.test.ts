/**
 * examples/confirm-with-cos-sdk.ts against a local server on 127.0.0.1 that plays CI's job API: it answers
 * `GET /jobs/<id>` with recorded documented answers (../shared/jobs-api-samples, and one the library's encoder
 * writes from a project sample), and checks each request's COS signature the way COS documents it, so the test
 * proves the SDK really signed the GET. No other network is used.
 */
import { createHash, createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import COS from 'cos-nodejs-sdk-v5';
import {
  decodeCallback,
  decodeJobsResponse,
  encodeCallback,
  type JobsDetail,
  type TaskFinishResponse,
} from 'cos-ci-callback';
import { ciOrigin, confirmWithCos } from '../examples/confirm-with-cos-sdk';
import { expectLeft, expectRight, JOBS_API_SAMPLES_DIR, listFiles, readText, SAMPLES_DIR } from './helpers';

const SECRET_ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';
const SECRET_KEY = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE';

/** A body the encoder writes: a project sample's job, as CI's describe answer would hold it. */
function encodedAnswer(sample: string): string {
  const decoded = expectRight(decodeCallback(readText(SAMPLES_DIR, sample)));
  const xml = encodeCallback(decoded, 'xml', { pretty: false });
  return `<Response>${xml.slice(xml.indexOf('<JobsDetail>'), xml.lastIndexOf('</JobsDetail>') + 13)}</Response>`;
}

/** Recorded answers of one job each, by JobId. */
const recorded = new Map<string, { name: string; body: string; job: JobsDetail }>();
for (const [name, body] of [
  ['samples/failed-transcode.xml (encoded)', encodedAnswer('failed-transcode.xml')],
  ...listFiles(JOBS_API_SAMPLES_DIR)
    .map((file) => [file, readText(JOBS_API_SAMPLES_DIR, file)] as const)
    .filter(([, body]) => expectRight(decodeJobsResponse(body)).JobsDetail.length === 1),
] as const) {
  const [job] = expectRight(decodeJobsResponse(body)).JobsDetail;
  if (job !== undefined && !recorded.has(job.JobId)) recorded.set(job.JobId, { name, body, job });
}

/** RFC 3986 encoding, as COS's signature document asks for keys and values. */
const encode = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hmac = (key: string, text: string): string => createHmac('sha1', key).update(text).digest('hex');

/**
 * Why a request's `Authorization` is not a valid COS signature by SECRET_KEY, or `undefined` when it is:
 * `q-sign-algorithm=sha1&q-ak=...&q-sign-time=...&q-key-time=...&q-header-list=...&q-url-param-list=...&q-signature=...`.
 */
function signatureProblem(req: IncomingMessage): string | undefined {
  const fields = new Map(
    (req.headers.authorization ?? '').split('&').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)] as const;
    }),
  );
  if (fields.get('q-sign-algorithm') !== 'sha1') return 'no COS signature';
  if (fields.get('q-ak') !== SECRET_ID) return 'unknown SecretId';
  const keyTime = fields.get('q-key-time') ?? '';
  const [start = NaN, end = NaN] = keyTime.split(';').map(Number);
  const now = Date.now() / 1000;
  if (!(start <= now + 60 && now - 60 <= end)) return 'signature expired';
  const headers = (fields.get('q-header-list') ?? '').split(';').filter((name) => name !== '');
  if (!headers.includes('host')) return 'host not signed';
  const url = new URL(req.url ?? '/', 'http://ci.invalid');
  const params = (fields.get('q-url-param-list') ?? '').split(';').filter((name) => name !== '');
  const httpString = [
    (req.method ?? '').toLowerCase(),
    decodeURIComponent(url.pathname),
    params.map((name) => `${encode(name)}=${encode(url.searchParams.get(name) ?? '')}`).join('&'),
    headers.map((name) => `${encode(name)}=${encode(String(req.headers[name] ?? ''))}`).join('&'),
    '',
  ].join('\n');
  const stringToSign = `sha1\n${keyTime}\n${createHash('sha1').update(httpString).digest('hex')}\n`;
  return fields.get('q-signature') === hmac(hmac(SECRET_KEY, keyTime), stringToSign)
    ? undefined
    : 'signature mismatch';
}

interface Seen {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly authorization: string | undefined;
}

/** CI's job API, played from the recorded answers; every request is recorded. */
function fakeCi(): { server: Server; requests: Seen[] } {
  const requests: Seen[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
    const reply = (status: number, body: string): void => {
      res.writeHead(status, { 'content-type': 'application/xml', 'x-ci-request-id': 'NjQ1ZmFrZQ==' });
      res.end(body);
    };
    const problem = signatureProblem(req);
    if (problem !== undefined)
      return reply(403, `<Error><Code>AccessDenied</Code><Message>${problem}</Message></Error>`);
    const ids = /^\/jobs\/([^/?]+)$/.exec(req.url ?? '')?.[1];
    if (req.method !== 'GET' || ids === undefined)
      return reply(404, '<Error><Code>NoSuchResource</Code><Message>not the job API</Message></Error>');
    const known = recorded.get(ids);
    reply(200, known?.body ?? `<Response><NonExistJobIds>${ids}</NonExistJobIds></Response>`);
  });
  return { server, requests };
}

/** The first recorded job. */
function firstJob(): JobsDetail {
  const [entry] = recorded.values();
  if (entry === undefined) throw new Error('no recorded answer');
  return entry.job;
}

const callbackOf = (job: JobsDetail): TaskFinishResponse => {
  // What a receiver decodes from CI's POST for this job.
  const decoded = expectRight(
    decodeCallback(encodeCallback({ EventName: 'TaskFinish', JobsDetail: job }, 'xml')),
  );
  if (decoded.EventName !== 'TaskFinish') throw new Error('expected TaskFinish');
  return decoded;
};

describe('examples/confirm-with-cos-sdk.ts, with cos-nodejs-sdk-v5 against a local CI job API', () => {
  let ci: ReturnType<typeof fakeCi>;
  let origin: string;
  const cos = new COS({ SecretId: SECRET_ID, SecretKey: SECRET_KEY, KeepAlive: false });

  beforeAll(async () => {
    ci = fakeCi();
    ci.server.listen(0, '127.0.0.1');
    await once(ci.server, 'listening');
    origin = `http://127.0.0.1:${(ci.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    ci.server.closeAllConnections();
    await new Promise((resolve) => ci.server.close(resolve));
  });
  beforeEach(() => {
    ci.requests.length = 0;
  });

  it('has recorded answers to play, the documented ones when CI runs', () => {
    if (process.env.CI === 'true') expect(existsSync(JOBS_API_SAMPLES_DIR)).toBe(true);
    expect(recorded.size).toBeGreaterThanOrEqual(existsSync(JOBS_API_SAMPLES_DIR) ? 5 : 1);
    expect(ciOrigin('examplebucket-1250000000', 'ap-chongqing')).toBe(
      'https://examplebucket-1250000000.ci.ap-chongqing.myqcloud.com',
    );
  });

  it.each([...recorded.values()].map((entry) => [entry.name, entry] as const))(
    'confirms a genuine callback (%s), with a GET the SDK signed',
    async (_name, { job }) => {
      const result = await confirmWithCos(callbackOf(job), cos, origin);
      expect(expectRight(result)).toStrictEqual(job);
      expect(ci.requests).toEqual([
        {
          method: 'GET',
          url: `/jobs/${job.JobId}`,
          authorization: expect.stringMatching(/^q-sign-algorithm=sha1&q-ak=AKID\w+&q-sign-time=\d+;\d+&/),
        },
      ]);
    },
  );

  it('answers JobMismatch for a forged callback (a State CI does not report)', async () => {
    const job = firstJob();
    const forged = callbackOf({ ...job, State: job.State === 'Success' ? 'Failed' : 'Success' });
    expect(expectLeft(await confirmWithCos(forged, cos, origin))).toEqual({
      _tag: 'JobMismatch',
      jobId: job.JobId,
      fields: ['State'],
    });
  });

  it('answers JobNotFound for a JobId CI does not know', async () => {
    const job = firstJob();
    const unknown = callbackOf({ ...job, JobId: 'j00000000000000000000000000000000' });
    expect(expectLeft(await confirmWithCos(unknown, cos, origin))).toEqual({
      _tag: 'JobNotFound',
      jobId: 'j00000000000000000000000000000000',
    });
    expect(ci.requests.map((request) => request.url)).toEqual(['/jobs/j00000000000000000000000000000000']);
  });

  it('answers FetchFailed when CI refuses the signature (a wrong SecretKey)', async () => {
    const job = firstJob();
    const wrongKey = new COS({ SecretId: SECRET_ID, SecretKey: 'not-the-key', KeepAlive: false });
    expect(expectLeft(await confirmWithCos(callbackOf(job), wrongKey, origin))).toEqual({
      _tag: 'FetchFailed',
      message: 'fetchJob rejected: signature mismatch',
    });
  });

  it('answers FetchFailed when the server is dead', async () => {
    const dead = createServer();
    dead.listen(0, '127.0.0.1');
    await once(dead, 'listening');
    const { port } = dead.address() as AddressInfo;
    await new Promise((resolve) => dead.close(resolve));
    const job = firstJob();
    expect(expectLeft(await confirmWithCos(callbackOf(job), cos, `http://127.0.0.1:${port}`))).toEqual({
      _tag: 'FetchFailed',
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
