import * as fc from 'fast-check';
import type * as t from 'io-ts';
import { CallbackCodec } from '../src/codecs/callback';
import { childOf, shapeFor, shapeOf } from '../src/codecs/shape';
import { decodeCallback, encodeCallback, formatCallbackError } from '../src/index';
import { arbitraryCallback } from '../src/testing';
import { expectLeft } from './helpers';

const format = (body: string): string => formatCallbackError(expectLeft(decodeCallback(body)));

const xmlJob = (inner: string): string =>
  `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId>` +
  `<Tag>ExtractDigitalWatermark</Tag>${inner}</JobsDetail></Response>`;

describe('formatCallbackError on realistic mistakes', () => {
  test('an EventName this version does not decode', () => {
    expect(format('<Response><EventName>TaskStart</EventName></Response>')).toMatchInlineSnapshot(
      `"Unsupported event "TaskStart": expected TaskFinish, WorkflowFinish, ReviewImage, ReviewVideo, ReviewAudio, ReviewText, ReviewDocument or ReviewHtml."`,
    );
  });

  test('no EventName at all', () => {
    expect(format('<Response><JobsDetail><JobId>j1</JobId></JobsDetail></Response>')).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       EventName: expected "TaskFinish" or "WorkflowFinish" or "ReviewImage" or "ReviewVideo" or "ReviewAudio" or "ReviewText" or "ReviewDocument" or "ReviewHtml", got nothing"
    `);
  });

  test('EventName as a list', () => {
    expect(format('{"EventName":["TaskFinish"],"JobsDetail":{"JobId":"j1","Tag":"Transcode"}}'))
      .toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       EventName: expected "TaskFinish" or "WorkflowFinish" or "ReviewImage" or "ReviewVideo" or "ReviewAudio" or "ReviewText" or "ReviewDocument" or "ReviewHtml", got a list of 1 ("TaskFinish")"
    `);
  });

  test('JobsDetail as text', () => {
    expect(format('{"EventName":"TaskFinish","JobsDetail":"j1"}')).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail: expected an object (JobsDetail), got "j1""
    `);
  });

  test('JobsDetail as null', () => {
    expect(format('{"EventName":"TaskFinish","JobsDetail":null}')).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail: expected an object (JobsDetail), got null"
    `);
  });

  test('a list of several JobsDetail', () => {
    expect(
      format(
        '{"EventName":"TaskFinish","JobsDetail":[{"JobId":"a","Tag":"Transcode"},{"JobId":"b","Tag":"Transcode"}]}',
      ),
    ).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail: expected a single JobsDetail, got a list of 2"
    `);
  });

  test('a missing JobId and Tag', () => {
    expect(
      format(
        '<Response><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code></JobsDetail></Response>',
      ),
    ).toMatchInlineSnapshot(`
     "Invalid callback (2 issues):
       JobsDetail.JobId: expected text, got nothing
       JobsDetail.Tag: expected text, got nothing"
    `);
  });

  test('a missing JobId and a bad time: the missing node first', () => {
    expect(
      format(
        '<Response><EventName>TaskFinish</EventName><JobsDetail><CreationTime>x</CreationTime>' +
          '<Tag>Transcode</Tag></JobsDetail></Response>',
      ),
    ).toMatchInlineSnapshot(`
     "Invalid callback (2 issues):
       JobsDetail.JobId: expected text, got nothing
       JobsDetail.CreationTime: expected a time such as 2022-06-30T18:42:20+0800, got "x""
    `);
  });

  test('a missing JobId behind 100 bad headers: listed, not omitted', () => {
    const headers = '<CosHeaders><Value>v</Value></CosHeaders>'.repeat(100);
    const body = `<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>Transcode</Tag><Input>${headers}</Input></JobsDetail></Response>`;
    const error = expectLeft(decodeCallback(body));
    if (error._tag !== 'InvalidCallback') throw new Error(`expected InvalidCallback, got ${error._tag}`);
    expect(error.issues[0]).toEqual({ path: 'JobsDetail.JobId', expected: 'text', actual: 'nothing' });
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]?.path).toBe('JobsDetail.Input.CosHeaders[98].Key');
    expect(error.omitted).toBe(1); // CosHeaders[99].Key
  });

  test('an impossible date', () => {
    expect(format(xmlJob('<CreationTime>2022-06-31T18:42:20+0800</CreationTime>'))).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail.CreationTime: expected a time such as 2022-06-30T18:42:20+0800, got "2022-06-31T18:42:20+0800""
    `);
  });

  test('a Unix timestamp where a time belongs', () => {
    expect(
      format('{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","Tag":"Transcode","EndTime":1656585740}}'),
    ).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail.EndTime: expected a time such as 2022-06-30T18:42:20+0800, got "1656585740""
    `);
  });

  test('a workflow task with a bad time, second in its list', () => {
    expect(
      format(
        '{"EventName":"WorkflowFinish","WorkflowExecution":{"RunId":"r1","Tasks":[' +
          '{"CreateTime":"2022-08-09 14:54:17+0800"},{"CreateTime":"yesterday"}]}}',
      ),
    ).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       WorkflowExecution.Tasks[1].CreateTime: expected a time such as 2022-06-30 18:42:20+0800, got "yesterday""
    `);
  });

  test('CosHeaders without Key', () => {
    expect(
      format(
        xmlJob(
          '<Input><CosHeaders><Key>Content-Type</Key><Value>video/mp4</Value></CosHeaders>' +
            '<CosHeaders><Value>NjJiZDYw</Value></CosHeaders></Input>',
        ),
      ),
    ).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail.Input.CosHeaders[1].Key: expected text, got nothing"
    `);
  });

  test('an object where text belongs', () => {
    expect(format(xmlJob('<Operation><UserData><Note>hi</Note></UserData></Operation>')))
      .toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail.Operation.UserData: expected text, got an object"
    `);
  });

  test('text where an object belongs', () => {
    expect(format(xmlJob('<Input>input/demo.mp4</Input>'))).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail.Input: expected an object (JobInput), got "input/demo.mp4""
    `);
    expect(format(xmlJob('<Operation><ExtractDigitalWatermark>123</ExtractDigitalWatermark></Operation>')))
      .toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       JobsDetail.Operation.ExtractDigitalWatermark: expected an object (ExtractDigitalWatermark), got "123""
    `);
  });

  test('a workflow callback without RunId', () => {
    expect(format('{"EventName":"WorkflowFinish","WorkflowExecution":{"WorkflowId":"w1","State":"Success"}}'))
      .toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       WorkflowExecution.RunId: expected text, got nothing"
    `);
  });

  test('a JSON body that is a list', () => {
    expect(format('[{"EventName":"TaskFinish"}]')).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       (root): expected an object with EventName TaskFinish, WorkflowFinish, ReviewImage, ReviewVideo, ReviewAudio, ReviewText, ReviewDocument or ReviewHtml, or the Simple form (code, data), got a list of 1 (an object)"
    `);
  });

  test('an XML root other than Response', () => {
    expect(format('<Callback><EventName>TaskFinish</EventName></Callback>')).toMatchInlineSnapshot(`
     "Invalid callback (1 issue):
       (root): expected a <Response> root element, got <Callback>"
    `);
  });

  test('several mistakes at once, each at its own path', () => {
    expect(
      format(
        xmlJob(
          '<StartTime>soon</StartTime><Input><Region><A/><B>1</B></Region></Input>' +
            '<Workflow>wf</Workflow>',
        ),
      ),
    ).toMatchInlineSnapshot(`
     "Invalid callback (3 issues):
       JobsDetail.StartTime: expected a time such as 2022-06-30T18:42:20+0800, got "soon"
       JobsDetail.Input.Region: expected text, got an object
       JobsDetail.Workflow: expected an object (Workflow), got "wf""
    `);
  });
});

/** The modelled places of an encoded callback, each with a way to break it and the path its issue must name. */
interface Slot {
  readonly path: string;
  readonly breakIt: () => void;
}

function slotsOf(codec: t.Mixed | undefined, value: unknown, path: string, out: Slot[]): void {
  const shape = shapeFor(codec, value);
  if (shape?.kind !== 'struct' || typeof value !== 'object' || value === null) return;
  const node = value as Record<string, unknown>;
  for (const key of Object.keys(node)) {
    const field = childOf(shape, key);
    if (field === undefined) continue;
    const at = path === '' ? key : `${path}.${key}`;
    const kind = shapeOf(field)?.kind;
    if (kind === 'text') out.push({ path: at, breakIt: () => (node[key] = { Oops: { Deeper: 'x' } }) });
    else if (kind === 'time') out.push({ path: at, breakIt: () => (node[key] = 'yesterday') });
    else if (kind === 'struct' || kind === 'one' || kind === 'dispatch') {
      out.push({ path: at, breakIt: () => (node[key] = 'oops') });
      slotsOf(field, node[key], at, out);
    } else if (kind === 'many' && Array.isArray(node[key])) {
      const list = node[key] as unknown[];
      const item = (shapeOf(field) as { item: t.Mixed }).item;
      list.forEach((entry, index) => {
        if (shapeOf(item)?.kind === 'struct')
          out.push({ path: `${at}[${index}]`, breakIt: () => (list[index] = 'oops') });
        else if (shapeOf(item)?.kind === 'text')
          out.push({ path: `${at}[${index}]`, breakIt: () => (list[index] = { Oops: 'x' }) });
        slotsOf(item, entry, `${at}[${index}]`, out);
      });
    }
  }
}

test('breaking any one modelled node gives exactly one issue, at that node (1,000 runs)', () => {
  fc.assert(
    fc.property(arbitraryCallback(), fc.nat(), (x, pick) => {
      const data = JSON.parse(encodeCallback(x, 'json')) as unknown;
      const slots: Slot[] = [];
      slotsOf(CallbackCodec, data, '', slots);
      const slot = slots[pick % slots.length];
      if (slot === undefined) return;
      slot.breakIt();
      const error = expectLeft(decodeCallback(JSON.stringify(data)));
      expect(error._tag).toBe('InvalidCallback');
      if (error._tag === 'InvalidCallback')
        expect(error.issues.map((issue) => issue.path)).toEqual([slot.path]);
    }),
    { numRuns: 1000 },
  );
});
