import { isDeepStrictEqual } from 'node:util';
import { expectTypeOf } from 'expect-type';
import fc from 'fast-check';
import {
  decodeJobsResponse,
  encodeCallback,
  type CallbackError,
  type JobsDetail,
  type JobsResponse,
  type Result,
} from '../src/index';
import { arbitraryTaskFinish } from '../src/testing';
import { expectLeft, expectRight, xmlOf } from './helpers';

const transcode = {
  Code: 'Success',
  JobId: 'j8d121820f5e411ec926ef19d53ba9c6f',
  State: 'Submitted',
  CreationTime: '2022-06-27T15:23:11+0800',
  StartTime: '-',
  EndTime: '-',
  QueueId: 'p2242ab62c7c94486915508540933a2c6',
  Tag: 'Transcode',
  Operation: { TemplateId: 't1460606b9752148c4ab182f55163ba7cd', WatermarkTemplateId: 't1318c5f4' },
};
const snapshot = {
  ...transcode,
  JobId: 'jbbbbccddabcddafesff',
  Tag: 'Snapshot',
  Operation: { UserData: 'u' },
};

/** An answer as XML and as JSON, from the same plain data. */
function bodies(answer: Record<string, unknown>): { xml: string; json: string } {
  return { xml: xmlOf('Response', answer), json: JSON.stringify(answer) };
}

/** Decodes both forms, checks they agree, and returns the answer. */
function decodeBoth(answer: Record<string, unknown>): JobsResponse {
  const { xml, json } = bodies(answer);
  const fromXml = expectRight(decodeJobsResponse(xml));
  expect(expectRight(decodeJobsResponse(json))).toStrictEqual(fromXml);
  return fromXml;
}

describe('decodeJobsResponse', () => {
  it('decodes a submit answer: one job, `-` times absent, Submitted, repeated nodes as lists', () => {
    const { JobsDetail: jobs } = decodeBoth({ JobsDetail: transcode });
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    expect(job).toMatchObject({ JobId: transcode.JobId, State: 'Submitted', Tag: 'Transcode' });
    expect(job?.CreationTime).toEqual(new Date('2022-06-27T07:23:11Z'));
    expect(job && 'StartTime' in job).toBe(false);
    if (job?.Tag !== 'Transcode') throw new Error('expected a Transcode job');
    expect(job.Operation?.WatermarkTemplateId).toEqual(['t1318c5f4']);
  });

  it('decodes a list answer: jobs of several Tags, each narrowed, and the NextToken', () => {
    const answer = decodeBoth({ JobsDetail: [transcode, snapshot], NextToken: '19193' });
    expect(answer.NextToken).toBe('19193');
    expect(answer.JobsDetail.map((job) => job.Tag)).toEqual(['Transcode', 'Snapshot']);
  });

  it('decodes a describe answer: NonExistJobIds always a list, JobsDetail a list even when empty', () => {
    expect(decodeBoth({ NonExistJobIds: 'jnope' })).toStrictEqual({
      JobsDetail: [],
      NonExistJobIds: ['jnope'],
    });
    expect(decodeBoth({ JobsDetail: transcode, NonExistJobIds: ['ja', 'jb'] }).NonExistJobIds).toEqual([
      'ja',
      'jb',
    ]);
    expect(expectRight(decodeJobsResponse('<Response/>'))).toStrictEqual({ JobsDetail: [] });
    expect(expectRight(decodeJobsResponse('{}'))).toStrictEqual({ JobsDetail: [] });
  });

  it('reads a leaf sent several times with the same text as that text (SpeechRecognition repeats JobLevel)', () => {
    const repeated = {
      ...transcode,
      State: ['Submitted', 'Submitted'],
      Operation: { JobLevel: ['0', '0', 0] },
    };
    const job = decodeBoth({ JobsDetail: repeated }).JobsDetail[0];
    expect(job).toMatchObject({ State: 'Submitted', Operation: { JobLevel: '0' } });
    const differing = { ...transcode, Operation: { JobLevel: ['0', '1'] } };
    expect(expectLeft(decodeJobsResponse(xmlOf('Response', { JobsDetail: differing })))).toEqual({
      _tag: 'InvalidCallback',
      issues: [{ path: 'JobsDetail[0].Operation.JobLevel', expected: 'text', actual: 'a list of 2' }],
      omitted: 0,
    });
  });

  it("takes a job's Tag from Operation.Tag when JobsDetail has none, and keeps Operation.Tag as sent", () => {
    const untagged = { ...transcode, Tag: undefined }; // dropped by xmlOf and JSON.stringify
    const [job] = decodeBoth({
      JobsDetail: { ...untagged, Operation: { ...transcode.Operation, Tag: 'Transcode' } },
    }).JobsDetail;
    expect(job?.Tag).toBe('Transcode');
    expect(job?.Operation).toMatchObject({ Tag: 'Transcode', TemplateId: transcode.Operation.TemplateId });
    if (job?.Tag === 'Transcode') expect(job.Operation?.WatermarkTemplateId).toEqual(['t1318c5f4']);
  });

  it('never replaces a Tag JobsDetail sends, whatever Operation.Tag says', () => {
    const [job] = decodeBoth({ JobsDetail: { ...transcode, Operation: { Tag: 'Snapshot' } } }).JobsDetail;
    expect(job?.Tag).toBe('Transcode');
    expect(job?.Operation).toEqual({ Tag: 'Snapshot' });
  });

  it('refuses a job without any Tag, at its path', () => {
    const untagged = { ...transcode, Tag: undefined }; // dropped by xmlOf and JSON.stringify
    const { xml, json } = bodies({ JobsDetail: [transcode, { ...untagged, Operation: {} }] });
    expect(expectLeft(decodeJobsResponse(json))).toEqual(expectLeft(decodeJobsResponse(xml)));
    expect(expectLeft(decodeJobsResponse(xml))).toMatchInlineSnapshot(`
     {
       "_tag": "InvalidCallback",
       "issues": [
         {
           "actual": "nothing",
           "expected": "text",
           "path": "JobsDetail[1].Tag",
         },
       ],
       "omitted": 0,
     }
    `);
  });

  it('refuses a callback, which has an EventName', () => {
    const callback = xmlOf('Response', { EventName: 'TaskFinish', JobsDetail: transcode });
    expect(expectLeft(decodeJobsResponse(callback))).toMatchInlineSnapshot(`
     {
       "_tag": "InvalidCallback",
       "issues": [
         {
           "actual": ""TaskFinish"",
           "expected": "nothing: a job API answer has no EventName (decode callbacks with decodeCallback)",
           "path": "EventName",
         },
       ],
       "omitted": 0,
     }
    `);
  });

  it("refuses CI's error document, whose root is not <Response>", () => {
    const error =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidArgument</Code><Message>bad</Message></Error>';
    expect(expectLeft(decodeJobsResponse(error))).toMatchInlineSnapshot(`
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
  });

  it('refuses what the callback decoders refuse: size, entities, garbage', () => {
    const body = xmlOf('Response', { JobsDetail: transcode });
    expect(expectLeft(decodeJobsResponse(body, { maxBytes: 10 }))._tag).toBe('TooLarge');
    expect(expectLeft(decodeJobsResponse(`<!DOCTYPE x [<!ENTITY a "b">]>${body}`))._tag).toBe('MalformedXml');
    expect(expectLeft(decodeJobsResponse('hello'))._tag).toBe('UnsupportedFormat');
    expect(expectLeft(decodeJobsResponse(body, { format: 'json' }))._tag).toBe('MalformedJson');
  });

  it('keeps a __proto__ node as own data, never reaching Object.prototype', () => {
    const answer = expectRight(
      decodeJobsResponse('{"JobsDetail":[],"__proto__":{"polluted":"yes"},"Other":{"__proto__":"x"}}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(answer)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(answer, '__proto__')).toBe(true);
  });

  it('is typed: JobsDetail always a list of the callback union', () => {
    expectTypeOf(decodeJobsResponse).returns.toEqualTypeOf<Result<CallbackError, JobsResponse>>();
    expectTypeOf<JobsResponse['JobsDetail']>().toEqualTypeOf<readonly JobsDetail[]>();
    expectTypeOf<JobsResponse['NonExistJobIds']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<JobsResponse['NextToken']>().toEqualTypeOf<string | undefined>();
  });

  it("decodes any callback's jobs, sent as an answer, to the callbacks' own JobsDetail (one model)", () => {
    fc.assert(
      fc.property(fc.array(arbitraryTaskFinish(), { maxLength: 3 }), (callbacks) => {
        const jobs = callbacks.map((callback) => callback.JobsDetail);
        const xml = callbacks.map((callback) => {
          const body = encodeCallback(callback, 'xml', { pretty: false });
          return body.slice(body.indexOf('<JobsDetail>'), body.lastIndexOf('</JobsDetail>') + 13);
        });
        const json = callbacks.map(
          (callback) => (JSON.parse(encodeCallback(callback, 'json')) as { JobsDetail: unknown }).JobsDetail,
        );
        // isDeepStrictEqual, not toStrictEqual: jest reads an own `constructor` node as the object's class.
        const fromXml = expectRight(decodeJobsResponse(`<Response>${xml.join('')}</Response>`)).JobsDetail;
        const fromJson = expectRight(decodeJobsResponse(JSON.stringify({ JobsDetail: json }))).JobsDetail;
        expect(isDeepStrictEqual(fromXml, jobs)).toBe(true);
        expect(isDeepStrictEqual(fromJson, jobs)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(['Left', 'Right']).toContain(decodeJobsResponse(text)._tag);
        expect(['Left', 'Right']).toContain(decodeJobsResponse(`<Response>${text}</Response>`)._tag);
      }),
      { numRuns: 1000 },
    );
  });
});
