import fc from 'fast-check';
import {
  CallbackDecodeError,
  decodeCallback,
  decodeJobsResponse,
  decodeJsonCallback,
  decodeMediaCallback,
  decodeModerationCallback,
  decodeXmlCallback,
  formatCallbackError,
  isCallbackDecodeError,
  parseCallback,
} from '../src/index';
import type { ExtractDigitalWatermarkOperation } from '../src/index';
import { MEDIA_EVENTS, REVIEW_EVENTS } from '../src/codecs/families';
import {
  decodeJsonCallback as jsonOnly,
  decodeMediaCallback as jsonMedia,
  decodeModerationCallback as jsonModeration,
} from '../src/json';
import { expectLeft, expectRight, readText, SAMPLES_DIR } from './helpers';

const SEED_XML = `<Response>
    <EventName>TaskFinish</EventName>
    <JobsDetail>
        <Code>Success</Code>
        <CreationTime>2022-06-30T18:42:20+0800</CreationTime>
        <EndTime>2022-06-30T18:42:54+0800</EndTime>
        <Input>
            <BucketId>test-123456789</BucketId>
            <Object>output/digital.mp4</Object>
            <Region>ap-chongqing</Region>
        </Input>
        <JobId>j515a494af86111ecb8546d80f2baf56f</JobId>
        <Message>done</Message>
        <Operation>
            <ExtractDigitalWatermark>
                <Message>123456789ab</Message>
                <Type>Text</Type>
                <Version>V1</Version>
            </ExtractDigitalWatermark>
            <UserData>This is my ExtractDigitalWatermark job.</UserData>
        </Operation>
        <QueueId>p2242ab62c7c94486915508540933a2c6</QueueId>
        <StartTime>2022-06-30T18:42:21+0800</StartTime>
        <State>Success</State>
        <Tag>ExtractDigitalWatermark</Tag>
    </JobsDetail>
</Response>`;

const SEED_VALUE = {
  EventName: 'TaskFinish',
  JobsDetail: {
    Code: 'Success',
    CreationTime: new Date('2022-06-30T10:42:20Z'),
    EndTime: new Date('2022-06-30T10:42:54Z'),
    Input: { BucketId: 'test-123456789', Object: 'output/digital.mp4', Region: 'ap-chongqing' },
    JobId: 'j515a494af86111ecb8546d80f2baf56f',
    Message: 'done',
    Operation: {
      ExtractDigitalWatermark: { Message: '123456789ab', Type: 'Text', Version: 'V1' },
      UserData: 'This is my ExtractDigitalWatermark job.',
    },
    QueueId: 'p2242ab62c7c94486915508540933a2c6',
    StartTime: new Date('2022-06-30T10:42:21Z'),
    State: 'Success',
    Tag: 'ExtractDigitalWatermark',
  },
};

/** The seed in JSON, written from the decoded value so both forms carry the same facts. */
const SEED_JSON = JSON.stringify({
  EventName: 'TaskFinish',
  JobsDetail: {
    ...SEED_VALUE.JobsDetail,
    CreationTime: '2022-06-30T18:42:20+0800',
    EndTime: '2022-06-30T18:42:54+0800',
    StartTime: '2022-06-30T18:42:21+0800',
  },
});

const withJobsDetail = (jobsDetail: unknown): string =>
  JSON.stringify({ EventName: 'TaskFinish', JobsDetail: jobsDetail });

describe('decodeCallback', () => {
  it('decodes the seed callback from XML text, XML bytes and JSON to the same value', () => {
    expect(expectRight(decodeCallback(SEED_XML))).toStrictEqual(SEED_VALUE);
    expect(expectRight(decodeCallback(new TextEncoder().encode(SEED_XML)))).toStrictEqual(SEED_VALUE);
    expect(expectRight(decodeCallback(SEED_JSON))).toStrictEqual(SEED_VALUE);
    expect(expectRight(jsonOnly(SEED_JSON))).toStrictEqual(SEED_VALUE);
  });

  it('decodes a one-element JobsDetail list as the object, and refuses several', () => {
    const [job] = [JSON.parse(SEED_JSON).JobsDetail as unknown];
    expect(expectRight(decodeCallback(withJobsDetail([job])))).toStrictEqual(SEED_VALUE);
    expect(expectLeft(decodeCallback(withJobsDetail([job, job])))).toMatchInlineSnapshot(`
      {
        "_tag": "InvalidCallback",
        "issues": [
          {
            "actual": "a list of 2",
            "expected": "a single JobsDetail",
            "path": "JobsDetail",
          },
        ],
        "omitted": 0,
      }
    `);
  });

  it('gives CosHeaders as a list from both formats, one header or many', () => {
    const one = SEED_XML.replace(
      '</Region>',
      '</Region><CosHeaders><Key>Size</Key><Value>1024</Value></CosHeaders>',
    );
    const decoded = expectRight(decodeCallback(one));
    expect(decoded.EventName === 'TaskFinish' && decoded.JobsDetail.Input?.CosHeaders).toEqual([
      { Key: 'Size', Value: '1024' },
    ]);
    const json = JSON.parse(SEED_JSON) as { JobsDetail: { Input: Record<string, unknown> } };
    json.JobsDetail.Input.CosHeaders = { Key: 'Size', Value: 1024 };
    expect(expectRight(decodeCallback(JSON.stringify(json)))).toStrictEqual(decoded);
  });

  it('reads an empty XML element like a missing JSON key, and `-` times as absent', () => {
    const xml = SEED_XML.replace('<Message>done</Message>', '<Message/>').replace(
      /<EndTime>[^<]*<\/EndTime>/,
      '<EndTime>-</EndTime>',
    );
    const json = JSON.parse(SEED_JSON) as { JobsDetail: Record<string, unknown> };
    delete json.JobsDetail.Message;
    delete json.JobsDetail.EndTime;
    const decoded = expectRight(decodeCallback(xml));
    expect(decoded).toStrictEqual(expectRight(decodeCallback(JSON.stringify(json))));
    expect(decoded.EventName === 'TaskFinish' && 'EndTime' in decoded.JobsDetail).toBe(false);
  });

  it('reads JSON null and "" like a missing key, in modelled and unmodelled nodes alike', () => {
    const json = JSON.parse(SEED_JSON) as { JobsDetail: Record<string, unknown> };
    delete json.JobsDetail.Code;
    const missing = expectRight(decodeCallback(JSON.stringify(json)));
    expect(missing.EventName === 'TaskFinish' && 'Progress' in missing.JobsDetail).toBe(false);
    json.JobsDetail.Code = null;
    json.JobsDetail.Progress = '';
    json.JobsDetail.Extra = { Empty: null, Blank: '' };
    expect(expectRight(decodeCallback(JSON.stringify(json)))).toStrictEqual(missing);
  });

  it('keeps numeric-looking text byte for byte in both formats, JSON numbers included', () => {
    const message = (body: string) => {
      const value = expectRight(decodeCallback(body));
      if (value.EventName !== 'TaskFinish') return undefined;
      const operation = value.JobsDetail.Operation as ExtractDigitalWatermarkOperation | undefined;
      return operation?.ExtractDigitalWatermark?.Message;
    };
    for (const text of ['000123', '0x1F', '12e3', '1234567890123456789012', 'true', '1.50', '-0']) {
      expect(message(SEED_XML.replace('123456789ab', text))).toBe(text);
      expect(message(SEED_JSON.replace('"123456789ab"', JSON.stringify(text)))).toBe(text);
    }
    for (const number of ['1234567890123456789012', '1.50', '12e3', '-0', 'true']) {
      expect(message(SEED_JSON.replace('"123456789ab"', number))).toBe(number);
    }
  });

  it('refuses a leaf sent twice, even with the same text: a callback sends each leaf once', () => {
    const twice = (leaf: string, value: string) => `<${leaf}>${value}</${leaf}>`.repeat(2);
    const xml =
      `<Response><EventName>TaskFinish</EventName><JobsDetail>${twice('JobId', 'j1')}<Tag>Transcode</Tag>` +
      `${twice('State', 'Success')}<Operation>${twice('UserData', 'a')}</Operation></JobsDetail></Response>`;
    const issue = (path: string) => ({ path, expected: 'text', actual: 'a list of 2' });
    expect(expectLeft(decodeCallback(xml))).toEqual({
      _tag: 'InvalidCallback',
      issues: [issue('JobsDetail.JobId'), issue('JobsDetail.State'), issue('JobsDetail.Operation.UserData')],
      omitted: 0,
    });
    const json = '{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","Tag":"Transcode","Code":["0",0]}}';
    expect(expectLeft(decodeCallback(json))).toMatchObject({ issues: [issue('JobsDetail.Code')] });
  });

  it('refuses unknown events by name, and reads the older workflow body without EventName', () => {
    expect(expectLeft(decodeCallback(SEED_XML.replace('TaskFinish', 'AuditFinish')))).toEqual({
      _tag: 'UnsupportedEvent',
      eventName: 'AuditFinish',
      expected: [...MEDIA_EVENTS, ...REVIEW_EVENTS],
    });
    const legacy = expectRight(decodeCallback('{"WorkflowExecution":{"RunId":"i1","BucketId":""}}'));
    expect(legacy).toStrictEqual({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'i1' } });
  });

  it('honours a forced format and a smaller limit', () => {
    expect(expectLeft(decodeXmlCallback(SEED_JSON))._tag).toBe('MalformedXml');
    expect(expectLeft(decodeJsonCallback(SEED_XML))._tag).toBe('MalformedJson');
    expect(expectLeft(decodeCallback(SEED_XML, { maxBytes: 100 }))).toEqual({
      _tag: 'TooLarge',
      size: new TextEncoder().encode(SEED_XML).length,
      limit: 100,
    });
  });
});

describe('maxBytes that is not a byte limit', () => {
  const NOT_LIMITS: readonly unknown[] = [NaN, -1, 1.5, Infinity, -Infinity, 2 ** 53, '64', null];
  const overDefault = `<Response>${'x'.repeat(1024 * 1024)}</Response>`;
  const size = new TextEncoder().encode(overDefault).byteLength;

  it.each(NOT_LIMITS)('is the default 1 MiB for %p: a limit can be set, never removed', (maxBytes) => {
    const options = { maxBytes: maxBytes as number };
    const tooLarge = { _tag: 'TooLarge', size, limit: 1024 * 1024 };
    expect(expectLeft(decodeCallback(overDefault, options))).toEqual(tooLarge);
    expect(expectLeft(decodeXmlCallback(new TextEncoder().encode(overDefault), options))).toEqual(tooLarge);
    expect(expectLeft(jsonOnly(`"${'x'.repeat(1024 * 1024)}"`, options))).toMatchObject({
      _tag: 'TooLarge',
      limit: 1024 * 1024,
    });
    expect(expectLeft(decodeJobsResponse(overDefault, options))).toEqual(tooLarge);
    expectRight(decodeCallback(SEED_XML, options));
  });
});

describe('parseCallback', () => {
  it('returns the value or throws CallbackDecodeError with the typed error', () => {
    expect(parseCallback(SEED_XML)).toStrictEqual(SEED_VALUE);
    let thrown: unknown;
    try {
      parseCallback('<Response>');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CallbackDecodeError);
    expect(isCallbackDecodeError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ name: 'CallbackDecodeError', error: { _tag: 'MalformedXml' } });
    expect((thrown as Error).message).toMatch(/^Malformed XML at line 1/);
  });

  it('is recognised across realms by name, and nothing else is', () => {
    const foreign = Object.assign(new Error('x'), {
      name: 'CallbackDecodeError',
      error: { _tag: 'TooLarge' },
    });
    expect(isCallbackDecodeError(foreign)).toBe(true);
    expect(isCallbackDecodeError(new Error('x'))).toBe(false);
    expect(isCallbackDecodeError({ name: 'CallbackDecodeError' })).toBe(false);
    expect(isCallbackDecodeError(null)).toBe(false);
  });
});

describe('hostile input', () => {
  const deepXml = `<Response>${'<a>'.repeat(20_000)}${'</a>'.repeat(20_000)}</Response>`;
  const deepJson = `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><Response><EventName>&lol9;</EventName></Response>`;
  const cases: Array<[string, string | Uint8Array, string]> = [
    ['billion laughs', laughs, 'MalformedXml'],
    [
      'an external entity',
      '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response>&x;</Response>',
      'MalformedXml',
    ],
    ['truncated XML', SEED_XML.slice(0, 300), 'MalformedXml'],
    ['mismatched tags', SEED_XML.replace('</Region>', '</Regoin>'), 'MalformedXml'],
    ['two roots', `${SEED_XML}${SEED_XML}`, 'MalformedXml'],
    ['truncated JSON', SEED_JSON.slice(0, 100), 'MalformedJson'],
    ['trailing garbage', `${SEED_JSON},`, 'MalformedJson'],
    ['an EventName sent twice', `{"EventName":"ReviewImage",${SEED_JSON.slice(1)}`, 'MalformedJson'],
    ['20,000-deep XML', deepXml, 'MalformedXml'],
    ['20,000-deep JSON', deepJson, 'MalformedJson'],
    ['a body over maxBytes', `<Response>${'x'.repeat(2 * 1024 * 1024)}</Response>`, 'TooLarge'],
    ['invalid UTF-8', new Uint8Array([0x3c, 0x52, 0xc3, 0x28]), 'InvalidEncoding'],
    ['neither format', 'EventName=TaskFinish', 'UnsupportedFormat'],
    [
      'an XML prototype key where JobsDetail belongs',
      '<Response><EventName>TaskFinish</EventName><__proto__><JobId>j</JobId></__proto__></Response>',
      'InvalidCallback',
    ],
    [
      'a JSON prototype key where JobsDetail belongs',
      '{"EventName":"TaskFinish","__proto__":{"JobId":"j","Tag":"T"}}',
      'InvalidCallback',
    ],
  ];

  it.each(cases)('answers %s with its typed error, quickly, without throwing', (_, body, tag) => {
    const started = Date.now();
    const result = decodeCallback(body);
    expect(Date.now() - started).toBeLessThan(1000); // a hang guard, not a speed target (see npm run bench)
    expect(expectLeft(result)._tag).toBe(tag);
    expect(({} as Record<string, unknown>).JobId).toBeUndefined();
  });

  it('decodes BOM + prolog + CRLF, entities, character references and CDATA', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n${SEED_XML.replace(/\n/g, '\r\n').replace(
      '<UserData>This is my ExtractDigitalWatermark job.</UserData>',
      '<UserData>a &amp; b &lt;c&gt; &#x4F60;&#22909; <![CDATA[<raw> & ]]]]><![CDATA[>]]></UserData>',
    )}`;
    const value = expectRight(decodeCallback(new TextEncoder().encode(xml)));
    expect(value.EventName === 'TaskFinish' && value.JobsDetail.Operation?.UserData).toBe(
      'a & b <c> 你好 <raw> & ]]>',
    );
  });
});

describe('properties', () => {
  const noThrow = (body: string | Uint8Array): void => {
    const result = decodeCallback(body);
    expect(['Left', 'Right']).toContain(result._tag);
  };

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), noThrow), { numRuns: 1000 });
    fc.assert(
      fc.property(
        fc.string().map((s) => `<Response>${s}</Response>`),
        noThrow,
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), noThrow), { numRuns: 1000 });
  });

  it('never throws on mutated samples', () => {
    const mutate = (text: string) =>
      fc
        .array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom('insert', 'delete', 'duplicate'),
            fc.constantFrom('<', '>', '&', '/', '"', '{', '}', ',', ']', 'x', '\0', ' '),
          ),
          { minLength: 1, maxLength: 8 },
        )
        .map((edits) =>
          edits.reduce((acc, [at, kind, char]) => {
            const i = at % (acc.length + 1);
            if (kind === 'insert') return acc.slice(0, i) + char + acc.slice(i);
            if (kind === 'delete') return acc.slice(0, i) + acc.slice(i + 1);
            const end = Math.min(acc.length, i + 1 + (at % 40));
            return acc.slice(0, end) + acc.slice(i, end) + acc.slice(end);
          }, text),
        );
    fc.assert(fc.property(mutate(SEED_XML), noThrow), { numRuns: 1000 });
    fc.assert(fc.property(mutate(SEED_JSON), noThrow), { numRuns: 1000 });
  });
});

describe('the decoders of each family', () => {
  const video = readText(SAMPLES_DIR, 'review-video-detail.json');
  const videoXml = readText(SAMPLES_DIR, 'review-video-detail.xml');
  const simple = readText(SAMPLES_DIR, 'review-test-request.json');

  it('decodeCallback reads both families; each family decoder reads its own, to the same value', () => {
    expect(expectRight(decodeMediaCallback(SEED_XML))).toStrictEqual(expectRight(decodeCallback(SEED_XML)));
    for (const body of [video, videoXml, simple]) {
      expect(expectRight(decodeModerationCallback(body))).toStrictEqual(expectRight(decodeCallback(body)));
    }
    expect(expectRight(jsonModeration(video))).toStrictEqual(expectRight(decodeCallback(video)));
    expect(expectRight(jsonMedia(SEED_JSON))).toStrictEqual(expectRight(decodeCallback(SEED_JSON)));
    expect(expectRight(jsonOnly(simple))).toStrictEqual(expectRight(decodeCallback(simple)));
  });

  it("refuses the other family's events, naming the decoder that reads them", () => {
    const moderation = expectLeft(decodeMediaCallback(video));
    expect(moderation).toEqual({
      _tag: 'UnsupportedEvent',
      eventName: 'ReviewVideo',
      expected: ['TaskFinish', 'WorkflowFinish'],
      family: 'moderation',
    });
    expect(formatCallbackError(moderation)).toBe(
      'Unsupported event "ReviewVideo": this decoder reads TaskFinish or WorkflowFinish; "ReviewVideo" is a ' +
        'content moderation callback: decode it with decodeModerationCallback or decodeCallback.',
    );
    expect(expectLeft(decodeModerationCallback(SEED_XML))).toEqual({
      _tag: 'UnsupportedEvent',
      eventName: 'TaskFinish',
      expected: REVIEW_EVENTS,
      family: 'media',
    });
    expect(expectLeft(jsonMedia(video))).toMatchObject({ family: 'moderation' });
    // A name no decoder reads has no family.
    expect(expectLeft(decodeModerationCallback('{"EventName":"ReviewLive"}'))).toEqual({
      _tag: 'UnsupportedEvent',
      eventName: 'ReviewLive',
      expected: REVIEW_EVENTS,
    });
  });

  it("reads the Simple form only where moderation is decoded, and the older workflow body only where media is; each is the other decoder's UnsupportedEvent", () => {
    const legacy = '{"WorkflowExecution":{"RunId":"i1"}}';
    expect(expectRight(decodeMediaCallback(legacy)).EventName).toBe('WorkflowFinish');
    expect(expectLeft(decodeModerationCallback(legacy))).toEqual({
      _tag: 'UnsupportedEvent',
      eventName: 'WorkflowFinish',
      expected: REVIEW_EVENTS,
      family: 'media',
    });
    const simpleError = expectLeft(decodeMediaCallback(simple));
    expect(simpleError).toEqual({
      _tag: 'UnsupportedEvent',
      eventName: '',
      expected: MEDIA_EVENTS,
      family: 'moderation',
    });
    expect(formatCallbackError(simpleError)).toBe(
      'Unsupported callback without EventName: this decoder reads TaskFinish or WorkflowFinish; the body is ' +
        'the Simple form of a content moderation callback: decode it with decodeModerationCallback or decodeCallback.',
    );
    expect(expectLeft(jsonMedia(simple))).toMatchObject({ eventName: '', family: 'moderation' });
    expect(expectLeft(jsonModeration(legacy))).toMatchObject({
      eventName: 'WorkflowFinish',
      family: 'media',
    });
    // A body without EventName that is neither form is no family's: an issue at EventName.
    expect(expectLeft(decodeModerationCallback('{"code":null,"data":""}'))).toMatchObject({
      _tag: 'InvalidCallback',
      issues: [{ path: 'EventName' }],
    });
  });

  it('tell the forms without EventName apart by the one absent rule, as decodeCallback does', () => {
    // An absent WorkflowExecution (null, empty, {}) does not make a Simple body the older workflow body.
    for (const body of [
      '{"code":0,"data":{"trace_id":"t"},"WorkflowExecution":null}',
      '{"code":0,"data":{"trace_id":"t"},"WorkflowExecution":""}',
      '{"code":0,"WorkflowExecution":{}}',
      '<Response><code>0</code><WorkflowExecution/></Response>',
    ]) {
      const all = expectRight(decodeCallback(body));
      expect(all.EventName).toBeUndefined();
      expect(expectRight(decodeModerationCallback(body))).toStrictEqual(all);
      expect(expectLeft(decodeMediaCallback(body))).toMatchObject({
        _tag: 'UnsupportedEvent',
        family: 'moderation',
      });
    }
    // An absent code and data do not make the older workflow body a Simple one.
    const legacy = '{"code":null,"data":{},"WorkflowExecution":{"RunId":"i1"}}';
    expect(expectRight(decodeMediaCallback(legacy))).toStrictEqual(expectRight(decodeCallback(legacy)));
    // A body with the nodes of both forms is what decodeCallback reads it as (the older workflow body, which it
    // tries first), never the Simple form behind decodeCallback's back.
    const both = '{"code":0,"data":{"trace_id":"t"},"WorkflowExecution":{"RunId":"i1"}}';
    expect(expectRight(decodeCallback(both)).EventName).toBe('WorkflowFinish');
    expect(expectLeft(decodeModerationCallback(both))).toMatchObject({
      _tag: 'UnsupportedEvent',
      family: 'media',
    });
  });

  it("does not decode the moderation query API's own answer (no EventName, a root RequestId), as the docs say", () => {
    // GET /image/auditing/<jobId> as Tencent documents it (tencentcloud.com/document/api/436/48539), values filled in.
    // README ("Moderation callbacks", "Receiving callbacks safely") and docs/decoded-values.md say this version
    // does not decode it; the Detail callback form, with its EventName, decodes from XML.
    const answer =
      '<Response><JobsDetail><JobId>si8263213daf3711eca0d1525400d88xxx</JobId><State>Success</State>' +
      '<CreationTime>2021-08-07T15:51:17+08:00</CreationTime><Object>a.jpg</Object><Label>Porn</Label>' +
      '<Result>1</Result><PornInfo><HitFlag>1</HitFlag><Label>Porn</Label><Score>100</Score></PornInfo>' +
      '</JobsDetail><RequestId>NjE4YmYxYTZfOTBmYTUwNjRfYzZhYV8xZDU4****</RequestId></Response>';
    for (const decode of [decodeModerationCallback, decodeCallback]) {
      expect(expectLeft(decode(answer))).toMatchObject({
        _tag: 'InvalidCallback',
        issues: [{ path: 'EventName', actual: 'nothing' }],
        omitted: 0,
      });
    }
    const callback = answer
      .replace('<Response>', '<Response><EventName>ReviewImage</EventName>')
      .replace(/<RequestId>.*<\/RequestId>/, '');
    expect(expectRight(decodeModerationCallback(callback))).toMatchObject({
      EventName: 'ReviewImage',
      JobsDetail: { JobId: 'si8263213daf3711eca0d1525400d88xxx', Result: 1, PornInfo: { Score: 100 } },
    });
  });

  it("the JSON entry's family decoders refuse XML, saying where XML is read", () => {
    for (const decode of [jsonModeration, jsonMedia]) {
      expect(expectLeft(decode(videoXml))).toEqual({
        _tag: 'UnsupportedFormat',
        message: "this entry decodes JSON only; import 'cos-ci-callback' for XML",
      });
    }
  });
});
