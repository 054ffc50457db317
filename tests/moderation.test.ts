import { existsSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { CallbackIssue } from '../src/errors';
import { parseJson } from '../src/json-adapter';
import { parseXml } from '../src/xml-adapter';
import { toIssues } from '../src/codecs/report';
import { REVIEW_EVENTS } from '../src/codecs/families';
import {
  ModerationCallbackCodec,
  type ModerationCallback,
} from '../src/codecs/moderation/moderation-callback';
import { listFiles, missingLeaves, rawLeaves, readText, REVIEW_SAMPLES_DIR, SAMPLES_DIR } from './helpers';

// The moderation family's plain-data core: bodies go in as `JSON.parse` (numbers as numbers) and as the JSON
// adapter gives them (numbers as the text they were sent as, like XML's leaves); both must decode alike.

type Decoded = { ok: true; value: ModerationCallback } | { ok: false; issues: CallbackIssue[] };

function decode(data: unknown): Decoded {
  const result = ModerationCallbackCodec.decode(data);
  return result._tag === 'Right'
    ? { ok: true, value: result.right }
    : { ok: false, issues: toIssues(result.left) };
}

function decodeRight(data: unknown): ModerationCallback {
  const result = decode(data);
  if (!result.ok) throw new Error(`expected a callback, got ${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

function issuesOf(data: unknown): CallbackIssue[] {
  const result = decode(data);
  if (result.ok) throw new Error(`expected issues, got ${JSON.stringify(result.value, null, 2)}`);
  return result.issues;
}

/** Plain data as the JSON adapter hands it over (every number as its text), or the XML adapter. */
function adapted(text: string, format: 'json' | 'xml' = 'json'): unknown {
  const result = format === 'json' ? parseJson(text) : parseXml(text);
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return result.right;
}

const samples = listFiles(REVIEW_SAMPLES_DIR, '.json');
const sample = (name: string): Record<string, unknown> =>
  JSON.parse(readText(REVIEW_SAMPLES_DIR, name)) as Record<string, unknown>;
const sampleNamed = (prefix: string): Record<string, unknown> => {
  const name = samples.find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no sample ${prefix}*`);
  return sample(name);
};

describe("Tencent's documented moderation bodies (../shared/review-samples)", () => {
  it('are present when CI runs, and cover every kind and both forms when present', () => {
    if (process.env.CI === 'true') expect(existsSync(REVIEW_SAMPLES_DIR)).toBe(true);
    if (!existsSync(REVIEW_SAMPLES_DIR)) {
      expect(REVIEW_SAMPLES_DIR.replace(/\\/g, '/')).toMatch(/\/shared\/review-samples$/);
      return;
    }
    expect(samples.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(samples.map((name) => name.split('-')[0]));
    expect([...kinds].sort()).toEqual([...REVIEW_EVENTS].sort());
  });

  for (const name of samples)
    it(`${name} decodes as its form and kind, with every leaf kept`, () => {
      const text = readText(REVIEW_SAMPLES_DIR, name);
      const raw: unknown = JSON.parse(text);
      const decoded = decodeRight(raw);
      const [kind, form] = name.split('-');
      expect(decoded.EventName).toBe(form === 'detail' ? kind : undefined);
      expect(rawLeaves(raw).length).toBeGreaterThan(5);
      expect(missingLeaves(raw, decoded)).toEqual([]);
      // Numbers as text (the JSON adapter's and XML's form) decode to the same value.
      expect(decodeRight(adapted(text))).toStrictEqual(decoded);
    });
});

// The project's own moderation bodies in samples/, every kind and form.
const ownSamples = listFiles(SAMPLES_DIR).filter((name) => /^review-.*\.(json|xml)$/.test(name));
const xml = new XMLParser({ parseTagValue: false, ignoreAttributes: true, htmlEntities: true });

describe("the project's own moderation bodies (samples/review-*)", () => {
  it('cover every kind, both forms, a live stream, the test request and XML', () => {
    const names = ownSamples.map((name) => name.replace(/\.(json|xml)$/, ''));
    for (const kind of ['image', 'video', 'audio', 'text', 'document', 'html', 'live-video'])
      expect(names).toContain(`review-${kind}-detail`);
    for (const kind of ['image', 'video', 'audio', 'text']) expect(names).toContain(`review-${kind}-simple`);
    expect(names).toContain('review-test-request');
    expect(ownSamples.filter((name) => name.endsWith('.xml')).length).toBeGreaterThanOrEqual(2);
  });

  for (const name of ownSamples)
    it(`${name} decodes with every leaf kept${name.endsWith('.xml') ? ', deep-equal to its JSON twin' : ''}`, () => {
      const text = readText(SAMPLES_DIR, name);
      const isXml = name.endsWith('.xml');
      const decoded = decodeRight(adapted(text, isXml ? 'xml' : 'json'));
      const raw: unknown = isXml ? (xml.parse(text) as { Response: unknown }).Response : JSON.parse(text);
      expect(rawLeaves(raw).length).toBeGreaterThan(5);
      expect(missingLeaves(raw, decoded)).toEqual([]);
      if (isXml) {
        const twin = readText(SAMPLES_DIR, name.replace(/\.xml$/, '.json'));
        expect(decoded).toStrictEqual(decodeRight(adapted(twin)));
      }
    });
});

describe('the decoded values', () => {
  it('ReviewVideo (Detail): integers as numbers, lists as arrays, empties absent', () => {
    if (samples.length === 0) return;
    expect(decodeRight(sampleNamed('ReviewVideo-detail'))).toMatchInlineSnapshot(`
      {
        "EventName": "ReviewVideo",
        "JobsDetail": {
          "AdsInfo": {
            "Count": 0,
            "HitFlag": 0,
          },
          "AudioSection": [
            {
              "AdsInfo": {
                "HitFlag": 0,
                "Score": 0,
              },
              "Duration": 30000,
              "Label": "Normal",
              "OffsetTime": 0,
              "PornInfo": {
                "HitFlag": 0,
                "Score": 0,
              },
              "Result": 0,
            },
          ],
          "BucketId": "examplebucket-1250000000",
          "CosHeaders": {
            "x-cos-meta-id": "xxx",
          },
          "ForbidState": 0,
          "JobId": "xxxxxx",
          "Label": "Normal",
          "PornInfo": {
            "Count": 0,
            "HitFlag": 0,
          },
          "Region": "ap-chongqing",
          "Result": 0,
          "Snapshot": [
            {
              "AdsInfo": {
                "HitFlag": 0,
                "Score": 0,
              },
              "Label": "Normal",
              "PornInfo": {
                "HitFlag": 0,
                "Score": 0,
              },
              "Result": 0,
              "SnapshotTime": 0,
            },
          ],
          "SnapshotCount": 1,
          "State": "Success",
        },
      }
    `);
  });

  it('ReviewImage (Simple): snake_case as sent, no EventName', () => {
    if (samples.length === 0) return;
    expect(decodeRight(sampleNamed('ReviewImage-simple'))).toMatchInlineSnapshot(`
      {
        "code": 0,
        "data": {
          "cos_headers": {
            "x-cos-meta-xx": "xx",
          },
          "event": "ReviewImage",
          "forbidden_status": 0,
          "porn_info": {
            "hit_flag": 0,
            "score": 9,
          },
          "result": 0,
          "trace_id": "test_trace_id",
          "url": "https://examplebucket-1250000000.cos.ap-chengdu.myqcloud.com/test.jpg",
        },
        "message": "Test request when setting callback url",
      }
    `);
  });

  it('keeps Keywords as a list in image scenes and as one comma-separated string in text scenes', () => {
    const html = decodeRight({
      EventName: 'ReviewHtml',
      JobsDetail: {
        JobId: 'h1',
        ImageResults: { Results: { PornInfo: { HitFlag: 1, OcrResults: { Keywords: 'a,b' } } } },
        TextResults: {
          Results: [{ PornInfo: { HitFlag: '1', Keywords: 'a,b', LibResults: { Keywords: 'c' } } }],
        },
      },
    });
    if (html.EventName !== 'ReviewHtml') throw new Error('expected ReviewHtml');
    expect(html.JobsDetail.ImageResults?.Results?.[0]?.PornInfo?.OcrResults?.[0]?.Keywords).toEqual(['a,b']);
    expect(html.JobsDetail.TextResults?.Results?.[0]?.PornInfo).toEqual({
      HitFlag: 1,
      Keywords: 'a,b',
      LibResults: [{ Keywords: ['c'] }],
    });
  });

  it('models a live stream: Url, Type live_video, times in milliseconds as numbers', () => {
    const live = decodeRight({
      EventName: 'ReviewVideo',
      JobsDetail: {
        JobId: 'av1',
        State: 'Snapshoting',
        Type: 'live_video',
        Url: 'rtmp://example.com/live/1',
        CreationTime: '2022-09-15T14:00:00+08:00',
        Snapshot: { SnapshotTime: '1663221657000', Result: '1', PornInfo: { HitFlag: '1', Score: '99' } },
        AudioSection: { OffsetTime: 1663221650000, Duration: 30000, Text: 'hi' },
      },
    });
    if (live.EventName !== 'ReviewVideo') throw new Error('expected ReviewVideo');
    expect(live.JobsDetail.CreationTime).toEqual(new Date('2022-09-15T06:00:00Z'));
    expect(live.JobsDetail.Snapshot).toEqual([
      { SnapshotTime: 1663221657000, Result: 1, PornInfo: { HitFlag: 1, Score: 99 } },
    ]);
    expect(live.JobsDetail.AudioSection?.[0]?.OffsetTime).toBe(1663221650000);
  });

  it('keeps scenes and nodes it does not model as plain data, with text leaves', () => {
    const image = decodeRight({
      EventName: 'ReviewImage',
      JobsDetail: {
        JobId: 'i1',
        FooInfo: { HitFlag: 1, Score: 88 },
        NewNode: ['x', ''],
        PornInfo: { New: 2 },
      },
    });
    expect(image).toEqual({
      EventName: 'ReviewImage',
      JobsDetail: {
        JobId: 'i1',
        FooInfo: { HitFlag: '1', Score: '88' },
        NewNode: ['x'],
        PornInfo: { New: '2' },
      },
    });
  });

  it('keeps every CosHeaders name as an own property, __proto__ included, and drops empty values', () => {
    const raw = JSON.parse(
      '{"EventName":"ReviewText","JobsDetail":{"JobId":"t1","CosHeaders":{"__proto__":"x","constructor":"y","x-cos-meta-e":""}}}',
    ) as unknown;
    const text = decodeRight(raw);
    if (text.EventName !== 'ReviewText') throw new Error('expected ReviewText');
    const headers = text.JobsDetail.CosHeaders ?? {};
    expect(Object.keys(headers)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(headers['__proto__']).toBe('x');
    expect(Object.getOwnPropertyDescriptor(headers, '__proto__')?.enumerable).toBe(true);
  });

  it('reports text beside the headers as an issue, in XML and in JSON alike, never as a header', () => {
    const xml =
      '<Response><EventName>ReviewImage</EventName><JobsDetail><JobId>j</JobId>' +
      '<CosHeaders>junk<x-cos-meta-a>1</x-cos-meta-a></CosHeaders></JobsDetail></Response>';
    const json =
      '{"EventName":"ReviewImage","JobsDetail":{"JobId":"j","CosHeaders":{"x-cos-meta-a":"1","#text":"junk"}}}';
    for (const data of [adapted(xml, 'xml'), adapted(json)]) {
      expect(issuesOf(data)).toEqual([
        { path: 'JobsDetail.CosHeaders.#text', expected: 'no text beside the entries', actual: '"junk"' },
      ]);
    }
  });

  it('decodes a Simple body with only a code (a failure) and one wrapped JobsDetail', () => {
    expect(decodeRight({ code: '-1', message: 'failed' })).toEqual({ code: -1, message: 'failed' });
    expect(decodeRight({ EventName: 'ReviewAudio', JobsDetail: [{ JobId: 'a1', Result: 2 }] })).toEqual({
      EventName: 'ReviewAudio',
      JobsDetail: { JobId: 'a1', Result: 2 },
    });
  });
});

describe('errors', () => {
  it('name the leaf that is not an integer, and say why', () => {
    expect(
      issuesOf({
        EventName: 'ReviewVideo',
        JobsDetail: {
          JobId: 'v1',
          Snapshot: [{}, { PornInfo: { Score: 'abc' } }],
          AudioSection: { Duration: 1.5, OffsetTime: '9007199254740993' },
          SnapshotCount: 2 ** 53 + 2,
        },
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "actual": ""abc"",
          "expected": "an integer",
          "path": "JobsDetail.Snapshot[1].PornInfo.Score",
        },
        {
          "actual": "1.5",
          "expected": "an integer",
          "path": "JobsDetail.AudioSection[0].Duration",
        },
        {
          "actual": ""9007199254740993"",
          "expected": "an integer from -9007199254740991 to 9007199254740991",
          "path": "JobsDetail.AudioSection[0].OffsetTime",
        },
        {
          "actual": "9007199254740994",
          "expected": "an integer from -9007199254740991 to 9007199254740991",
          "path": "JobsDetail.SnapshotCount",
        },
      ]
    `);
  });

  it('name the EventName when it is not a moderation event, or not text', () => {
    const expected =
      '"ReviewImage" or "ReviewVideo" or "ReviewAudio" or "ReviewText" or "ReviewDocument" or "ReviewHtml"';
    expect(issuesOf({ EventName: 'ReviewFoo', JobsDetail: { JobId: 'x' } })).toEqual([
      { path: 'EventName', expected, actual: '"ReviewFoo"' },
    ]);
    expect(issuesOf({ EventName: 5, JobsDetail: { JobId: 'x' } })).toEqual([
      { path: 'EventName', expected, actual: '5' },
    ]);
    expect(issuesOf({ EventName: 'TaskFinish', JobsDetail: { JobId: 'x' } })).toEqual([
      { path: 'EventName', expected, actual: '"TaskFinish"' },
    ]);
    expect(issuesOf('ReviewImage')).toEqual([
      {
        path: '',
        expected:
          'an object with EventName ReviewImage, ReviewVideo, ReviewAudio, ReviewText, ReviewDocument or ReviewHtml, or the Simple form (code, data)',
        actual: '"ReviewImage"',
      },
    ]);
  });

  it('name missing ids, wrong containers and headers that are not text', () => {
    expect(
      issuesOf({
        EventName: 'ReviewDocument',
        JobsDetail: { PageSegment: 'x', CosHeaders: { a: { b: 'c' } } },
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "actual": "nothing",
          "expected": "text",
          "path": "JobsDetail.JobId",
        },
        {
          "actual": ""x"",
          "expected": "an object (PageSegment)",
          "path": "JobsDetail.PageSegment",
        },
        {
          "actual": "an object",
          "expected": "text",
          "path": "JobsDetail.CosHeaders.a",
        },
      ]
    `);
    expect(issuesOf({ code: 0, data: { url: 'u', hit_flag: 1, result: 'sensitive' } }))
      .toMatchInlineSnapshot(`
      [
        {
          "actual": "nothing",
          "expected": "text",
          "path": "data.trace_id",
        },
        {
          "actual": ""sensitive"",
          "expected": "an integer",
          "path": "data.result",
        },
      ]
    `);
  });
});
