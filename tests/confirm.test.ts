import { expectTypeOf } from 'expect-type';
import fc from 'fast-check';
import {
  confirmCallback,
  decodeCallback,
  decodeJobsResponse,
  encodeCallback,
  type AbortSignalLike,
  type ConfirmError,
  type JobsDetail,
  type Result,
  type TaskFinishResponse,
} from '../src/index';
import { arbitraryTaskFinish } from '../src/testing';
import { expectLeft, expectRight, xmlOf } from './helpers';

const JOB_ID = 'j8d121820f5e411ec926ef19d53ba9c6f';

/** A job as CI reports it, as plain data (what the describe answer's XML holds). */
const reported = {
  Code: 'Success',
  Message: 'success',
  JobId: JOB_ID,
  State: 'Success',
  Progress: '100',
  CreationTime: '2022-06-27T15:23:11+0800',
  StartTime: '2022-06-27T15:23:12+0800',
  EndTime: '2022-06-27T15:23:20+0800',
  QueueId: 'p2242ab62c7c94486915508540933a2c6',
  Tag: 'Transcode',
  Input: { BucketId: 'test-123456789', Object: 'input/demo.mp4', Region: 'ap-chongqing' },
  Operation: { TemplateId: 't1460606b9752148c4ab182f55163ba7cd', UserData: 'order 42' },
};

/** The callback CI sends for a job: its JobsDetail in the TaskFinish envelope, decoded as a receiver would. */
function callbackOf(job: Record<string, unknown>): TaskFinishResponse {
  const decoded = expectRight(
    decodeCallback(xmlOf('Response', { EventName: 'TaskFinish', JobsDetail: job })),
  );
  if (decoded.EventName !== 'TaskFinish') throw new Error('expected TaskFinish');
  return decoded;
}

/** CI's describe answer for some jobs. */
const describeAnswer = (answer: Record<string, unknown>): string => xmlOf('Response', answer);

const genuine = callbackOf(reported);
const answerFor = describeAnswer({ JobsDetail: reported });
const ciJob = expectRight(decodeJobsResponse(answerFor)).JobsDetail[0] as JobsDetail;

/** A fetchJob that answers `body` and records the IDs it was asked for. */
function answering(body: unknown): jest.Mock<Promise<string>, [string]> {
  return jest.fn<Promise<string>, [string]>(() => Promise.resolve(body as string));
}

describe('confirmCallback', () => {
  it('confirms a genuine callback, returning the job as CI reports it', async () => {
    const fetchJob = answering(answerFor);
    expect(expectRight(await confirmCallback(genuine, fetchJob))).toStrictEqual(ciJob);
    expect(fetchJob).toHaveBeenCalledTimes(1);
    expect(fetchJob.mock.calls[0]?.[0]).toBe(JOB_ID);
  });

  it('accepts the answer as bytes, and picks the job out of a describe of several', async () => {
    const other = { ...reported, JobId: 'jother', Tag: 'Snapshot' };
    const body = new TextEncoder().encode(describeAnswer({ JobsDetail: [other, reported] }));
    expect(expectRight(await confirmCallback(genuine, answering(body))).JobId).toBe(JOB_ID);
  });

  it('refuses a forged State with JobMismatch, and lists every node that differs, in order', async () => {
    const forged = callbackOf({ ...reported, State: 'Failed' });
    expect(expectLeft(await confirmCallback(forged, answering(answerFor)))).toEqual({
      _tag: 'JobMismatch',
      jobId: JOB_ID,
      fields: ['State'],
    });
    const wrong = callbackOf({ ...reported, QueueId: 'pq', Code: 'Error', State: 'Failed', Tag: 'Snapshot' });
    expect(expectLeft(await confirmCallback(wrong, answering(answerFor)))).toMatchInlineSnapshot(`
     {
       "_tag": "JobMismatch",
       "fields": [
         "Tag",
         "State",
         "Code",
         "QueueId",
       ],
       "jobId": "j8d121820f5e411ec926ef19d53ba9c6f",
     }
    `);
  });

  it('does not compare a node the callback does not send (one WordsGeneralize callback has no State)', async () => {
    const partial = callbackOf({ ...reported, State: undefined, QueueId: undefined }); // xmlOf drops undefined
    expect(partial.JobsDetail.State).toBeUndefined();
    expect(expectRight(await confirmCallback(partial, answering(answerFor))).State).toBe('Success');
  });

  it.each([
    ['the ID in NonExistJobIds', describeAnswer({ NonExistJobIds: JOB_ID })],
    ['an empty answer', '<Response/>'],
    ['an answer about another job only', describeAnswer({ JobsDetail: { ...reported, JobId: 'jother' } })],
    [
      'the job, and the ID in NonExistJobIds too',
      describeAnswer({ JobsDetail: reported, NonExistJobIds: JOB_ID }),
    ],
  ])('answers JobNotFound for %s', async (_what, body) => {
    expect(expectLeft(await confirmCallback(genuine, answering(body)))).toEqual({
      _tag: 'JobNotFound',
      jobId: JOB_ID,
    });
  });

  it('passes on the error of an answer that is not one the job API sends', async () => {
    expect(expectLeft(await confirmCallback(genuine, answering('<Response><JobsDetail>')))._tag).toBe(
      'MalformedXml',
    );
    const error = '<Error><Code>AccessDenied</Code><Message>bad signature</Message></Error>';
    expect(expectLeft(await confirmCallback(genuine, answering(error)))).toMatchInlineSnapshot(`
     {
       "_tag": "InvalidCallback",
       "issues": [
         {
           "actual": "<Error>",
           "expected": "a <Response> root element",
           "path": "",
         },
       ],
       "omitted": 0,
     }
    `);
    expect(expectLeft(await confirmCallback(genuine, answering(answerFor), { maxBytes: 10 }))._tag).toBe(
      'TooLarge',
    );
  });

  it.each([
    ['a path', '../../queue'],
    ['several IDs', `${JOB_ID},jother`],
    ['a query', `${JOB_ID}?x=1`],
    ['a space', 'j 1'],
  ])('does not call fetchJob for a JobId holding %s', async (_what, jobId) => {
    const fetchJob = answering(answerFor);
    const result = await confirmCallback(callbackOf({ ...reported, JobId: jobId }), fetchJob);
    expect(expectLeft(result)).toMatchObject({
      _tag: 'InvalidCallback',
      issues: [{ path: 'JobsDetail.JobId', expected: 'a job ID (letters, digits, - or _)' }],
    });
    expect(fetchJob).not.toHaveBeenCalled();
  });

  it('refuses what is not a TaskFinish callback, without calling fetchJob', async () => {
    const fetchJob = answering(answerFor);
    for (const cb of [
      null,
      {},
      { EventName: 'WorkflowFinish', WorkflowExecution: {} },
      { EventName: 'TaskFinish' },
    ])
      expect(expectLeft(await confirmCallback(cb as unknown as TaskFinishResponse, fetchJob))._tag).toBe(
        'InvalidCallback',
      );
    expect(fetchJob).not.toHaveBeenCalled();
  });

  describe('whatever fetchJob does', () => {
    const messageThrows = {
      get message(): string {
        throw new Error('no message for you');
      },
    };
    it.each<[string, () => unknown]>([
      [
        'throws synchronously',
        () => {
          throw new Error('no credentials');
        },
      ],
      ['rejects with an Error', () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9'))],
      ['rejects with a string', () => Promise.reject('socket hang up')],
      ['rejects with undefined', () => Promise.reject(undefined)],
      ['rejects with an object without a prototype', () => Promise.reject(Object.create(null))],
      ['rejects with an object whose message getter throws', () => Promise.reject(messageThrows)],
      ['rejects with a very long message', () => Promise.reject(new Error('x'.repeat(10_000)))],
      [
        'returns a thenable that throws',
        () => ({
          then: () => {
            throw new Error('bad thenable');
          },
        }),
      ],
      ['resolves to a number', () => Promise.resolve(404)],
      ['resolves to an object', () => Promise.resolve({ Body: '<Response/>' })],
      ['resolves to null', () => Promise.resolve(null)],
      ['returns undefined', () => undefined],
    ])('answers FetchFailed when it %s', async (_what, behaviour) => {
      const result = await confirmCallback(genuine, behaviour as () => Promise<string>);
      const error = expectLeft(result);
      if (error._tag !== 'FetchFailed') throw new Error(`expected FetchFailed, got ${error._tag}`);
      expect(error.message.length).toBeLessThanOrEqual(330);
    });

    it('says what happened, in the message', async () => {
      const messages = await Promise.all(
        [
          () => {
            throw new Error('no credentials');
          },
          () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9')),
          () => Promise.resolve(404),
          () => Promise.reject(Object.create(null)),
        ].map(async (f) => expectLeft(await confirmCallback(genuine, f as () => Promise<never>))),
      );
      expect(messages).toMatchInlineSnapshot(`
       [
         {
           "_tag": "FetchFailed",
           "message": "fetchJob threw: no credentials",
         },
         {
           "_tag": "FetchFailed",
           "message": "fetchJob rejected: connect ECONNREFUSED 127.0.0.1:9",
         },
         {
           "_tag": "FetchFailed",
           "message": "fetchJob resolved to 404, not the answer's text or bytes",
         },
         {
           "_tag": "FetchFailed",
           "message": "fetchJob rejected: a value that cannot be shown",
         },
       ]
      `);
    });

    it('decodes a plain string returned without a promise (JavaScript callers)', async () => {
      const fetchJob = (() => answerFor) as unknown as () => Promise<string>;
      expectRight(await confirmCallback(genuine, fetchJob));
    });
  });

  describe('with an AbortSignal', () => {
    it('answers FetchFailed at the abort while fetchJob hangs, and hands fetchJob the signal', async () => {
      const controller = new AbortController();
      let seen: unknown;
      const pending = confirmCallback(
        genuine,
        (_id, { signal }) => {
          seen = signal;
          return new Promise<string>(() => undefined);
        },
        { signal: controller.signal },
      );
      setTimeout(() => controller.abort(new Error('gave up after 20 ms')), 20);
      expect(await pending).toEqual({
        _tag: 'Left',
        left: { _tag: 'FetchFailed', message: 'aborted while waiting for fetchJob: gave up after 20 ms' },
      });
      expect(seen).toBe(controller.signal);
    });

    it('answers FetchFailed at an AbortSignal.timeout', async () => {
      const result = await confirmCallback(genuine, () => new Promise<string>(() => undefined), {
        signal: AbortSignal.timeout(20),
      });
      expect(expectLeft(result)).toMatchObject({
        _tag: 'FetchFailed',
        message: expect.stringMatching(/timeout/i),
      });
    });

    it('does not call fetchJob when the signal is already aborted', async () => {
      const fetchJob = answering(answerFor);
      const result = await confirmCallback(genuine, fetchJob, { signal: AbortSignal.abort('shutting down') });
      expect(expectLeft(result)).toEqual({
        _tag: 'FetchFailed',
        message: 'aborted before fetchJob was called: shutting down',
      });
      expect(fetchJob).not.toHaveBeenCalled();
    });

    it('removes its listener once settled, and ignores a later abort', async () => {
      const listeners = new Set<() => void>();
      const signal: AbortSignalLike = {
        aborted: false,
        addEventListener: (_type, listener) => listeners.add(listener),
        removeEventListener: (_type, listener) => listeners.delete(listener),
      };
      expectRight(await confirmCallback(genuine, answering(answerFor), { signal }));
      expect(listeners.size).toBe(0);
      expect(
        expectLeft(await confirmCallback(genuine, () => Promise.reject(new Error('x')), { signal }))._tag,
      ).toBe('FetchFailed');
      expect(listeners.size).toBe(0);
    });
  });

  it('never rejects, and confirms exactly the callbacks CI reports as sent', async () => {
    const behaviour = fc.oneof(
      fc.anything().map((x) => () => Promise.resolve(x)),
      fc.anything().map((x) => () => Promise.reject(x)),
      fc.anything().map((x) => () => {
        throw x;
      }),
      fc.string().map((x) => () => Promise.resolve(x)),
      fc.constant('same'),
    );
    await fc.assert(
      fc.asyncProperty(arbitraryTaskFinish(), behaviour, async (cb, act) => {
        // The job CI reports, as a JSON describe answer: the callback's own JobsDetail.
        const { JobsDetail: job } = JSON.parse(encodeCallback(cb, 'json')) as { JobsDetail: unknown };
        const body = JSON.stringify({ JobsDetail: [job] });
        const fetchJob = act === 'same' ? () => Promise.resolve(body) : (act as () => Promise<string>);
        const result = await confirmCallback(cb, fetchJob);
        expect(['Left', 'Right']).toContain(result._tag);
        if (act === 'same' && /^[A-Za-z0-9_-]+$/.test(cb.JobsDetail.JobId)) expect(result._tag).toBe('Right');
        if (result._tag === 'Right') expect(result.right.JobId).toBe(cb.JobsDetail.JobId);
      }),
      { numRuns: 500 },
    );
  });

  it('is typed: the platform signal fits, and fetchJob receives it as given', () => {
    expectTypeOf<AbortSignal>().toMatchTypeOf<AbortSignalLike>();
    expectTypeOf(confirmCallback).returns.resolves.toEqualTypeOf<Result<ConfirmError, JobsDetail>>();
    void (() =>
      confirmCallback(
        genuine,
        (jobId, { signal }) => {
          expectTypeOf(signal).toEqualTypeOf<AbortSignal | undefined>();
          return fetch(`https://bucket-1250000000.ci.ap-chongqing.myqcloud.com/jobs/${jobId}`, {
            ...(signal === undefined ? {} : { signal }),
          }).then((response) => response.text());
        },
        { signal: AbortSignal.timeout(5000) },
      ));
    // a one-argument fetchJob, as API.md writes it, fits too
    void (() => confirmCallback(genuine, (jobId: string) => Promise.resolve(jobId)));
  });
});
