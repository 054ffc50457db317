import { expectTypeOf } from 'expect-type';
import {
  decodeCallback,
  encodeCallback,
  type CallbackResponse,
  type ReviewSimpleCallback,
  type ReviewVideoCallback,
  type TaskFinishResponse,
  type UnknownNode,
  type UnknownTag,
  type WorkflowFinishResponse,
} from '../src/index';
import { expectRight, listFiles, readText, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';

const unknownTag = (tag: string) => tag as unknown as UnknownTag;

const watermark: TaskFinishResponse = {
  EventName: 'TaskFinish',
  JobsDetail: {
    JobId: 'j515a494af86111ecb8546d80f2baf56f',
    Tag: 'ExtractDigitalWatermark',
    Code: 'Success',
    CreationTime: new Date('2022-06-30T10:42:20Z'),
    Input: {
      Object: 'a&b<c>.mp4',
      CosHeaders: [{ Key: 'Content-Type', Value: 'video/mp4' }],
    },
    Operation: { ExtractDigitalWatermark: { Message: '000123', Type: 'Text' }, JobLevel: '0' },
  },
};

const workflow: WorkflowFinishResponse = {
  EventName: 'WorkflowFinish',
  WorkflowExecution: {
    RunId: 'i166ee19017b011eda8a5525400c540df',
    CreateTime: new Date('2022-08-09T06:54:17.250Z'),
    Tasks: [{ Type: 'Transcode', State: 'Success' }],
  },
};

const roundTrip = (x: CallbackResponse, format: 'xml' | 'json') =>
  expectRight(decodeCallback(encodeCallback(x, format)));

describe('encodeCallback', () => {
  test('is exported with its documented signature', () => {
    expectTypeOf(encodeCallback).parameter(0).toEqualTypeOf<CallbackResponse>();
    expectTypeOf(encodeCallback).parameter(1).toEqualTypeOf<'xml' | 'json'>();
    expectTypeOf(encodeCallback).returns.toEqualTypeOf<string>();
  });

  test('writes XML as CI does: Response root, repeated elements, escaped text, +0800 times', () => {
    expect(encodeCallback(watermark, 'xml')).toMatchInlineSnapshot(`
"<Response>
    <EventName>TaskFinish</EventName>
    <JobsDetail>
        <JobId>j515a494af86111ecb8546d80f2baf56f</JobId>
        <Tag>ExtractDigitalWatermark</Tag>
        <Code>Success</Code>
        <CreationTime>2022-06-30T18:42:20+0800</CreationTime>
        <Input>
            <Object>a&amp;b&lt;c&gt;.mp4</Object>
            <CosHeaders>
                <Key>Content-Type</Key>
                <Value>video/mp4</Value>
            </CosHeaders>
        </Input>
        <Operation>
            <ExtractDigitalWatermark>
                <Message>000123</Message>
                <Type>Text</Type>
            </ExtractDigitalWatermark>
            <JobLevel>0</JobLevel>
        </Operation>
    </JobsDetail>
</Response>"
`);
  });

  test('writes compact XML with a declaration on request, and workflow times with a space', () => {
    expect(encodeCallback(workflow, 'xml', { pretty: false, declaration: true })).toMatchInlineSnapshot(`
"<?xml version="1.0" encoding="UTF-8"?>
<Response><EventName>WorkflowFinish</EventName><WorkflowExecution><RunId>i166ee19017b011eda8a5525400c540df</RunId><CreateTime>2022-08-09 14:54:17.250+0800</CreateTime><Tasks><Type>Transcode</Type><State>Success</State></Tasks></WorkflowExecution></Response>"
`);
  });

  test('writes JSON with JobsDetail as one object and every leaf as text', () => {
    expect(encodeCallback(watermark, 'json', { pretty: false })).toMatchInlineSnapshot(
      `"{"EventName":"TaskFinish","JobsDetail":{"JobId":"j515a494af86111ecb8546d80f2baf56f","Tag":"ExtractDigitalWatermark","Code":"Success","CreationTime":"2022-06-30T18:42:20+0800","Input":{"Object":"a&b<c>.mp4","CosHeaders":[{"Key":"Content-Type","Value":"video/mp4"}]},"Operation":{"ExtractDigitalWatermark":{"Message":"000123","Type":"Text"},"JobLevel":"0"}}}"`,
    );
  });

  test.each(['xml', 'json'] as const)('round-trips hand-written callbacks (%s)', (format) => {
    expect(roundTrip(watermark, format)).toEqual(watermark);
    expect(roundTrip(workflow, format)).toEqual(workflow);
  });

  const samples = [SAMPLES_DIR, TENCENT_SAMPLES_DIR].flatMap((dir) =>
    listFiles(dir).map((name) => [name, readText(dir, name)] as const),
  );
  test.each(samples.flatMap(([name, body]) => [[name, 'xml', body] as const, [name, 'json', body] as const]))(
    'sample %s survives decode -> encode -> decode (%s)',
    (_name, format, body) => {
      const decoded = expectRight(decodeCallback(body));
      expect(roundTrip(decoded, format)).toEqual(decoded);
    },
  );

  test('escapes ]]> and carriage returns, and keeps text beyond the BMP as it is', () => {
    const x: TaskFinishResponse = {
      EventName: 'TaskFinish',
      JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), Message: 'a]]>b\r\nc 😀 𠀀' },
    };
    expect(encodeCallback(x, 'xml', { pretty: false })).toContain(
      '<Message>a]]&gt;b&#xD;\nc 😀 𠀀</Message>',
    );
    expect(roundTrip(x, 'xml')).toEqual(x);
  });

  test('keeps an unmodelled one-element list a list with an empty sibling; modelled lists need none', () => {
    const x: TaskFinishResponse = {
      EventName: 'TaskFinish',
      JobsDetail: {
        JobId: 'j1',
        Tag: unknownTag('NewJob'),
        Input: { CosHeaders: [{ Key: 'Size' }] },
        Operation: { ObjectName: ['out.mp4'], Pair: ['a', 'b'] },
      },
    };
    const xml = encodeCallback(x, 'xml', { pretty: false });
    expect(xml).toContain('<ObjectName>out.mp4</ObjectName><ObjectName/>');
    expect(xml).toContain('<CosHeaders><Key>Size</Key></CosHeaders></Input>');
    expect(xml).toContain('<Pair>a</Pair><Pair>b</Pair><');
    expect(roundTrip(x, 'xml')).toEqual(x);
  });

  test('writes mixed content back as it was decoded, text-only mixed content with an empty filler', () => {
    // Regression (fuzz, seed 1750561317): text beside elements that were all empty decodes to {#text} alone.
    const body =
      '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>Snapshot</Tag>' +
      '<Operation><MediaInfo>!    <Format/><Stream><Audio/></Stream></MediaInfo><Note> x <B>1</B></Note>' +
      '</Operation></JobsDetail></Response>';
    const decoded = expectRight(decodeCallback(body));
    const xml = encodeCallback(decoded, 'xml');
    expect(xml).toContain('<MediaInfo>!    <_/></MediaInfo>');
    expect(xml).toContain('<Note> x <B>1</B></Note>');
    expect(roundTrip(decoded, 'xml')).toEqual(decoded);
    expect(roundTrip(decoded, 'json')).toEqual(decoded);
  });

  test('writes mixed text that is whitespace to JavaScript but not to XML (U+3000, U+00A0), as the decoder keeps it', () => {
    for (const text of ['\u3000', '\u00A0 ']) {
      const x = {
        EventName: 'TaskFinish',
        JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), Operation: { Note: { '#text': text, A: 'x' } } },
      } as TaskFinishResponse;
      expect(roundTrip(x, 'xml')).toEqual(x);
    }
  });

  describe('refuses what a format cannot carry, with a RangeError naming the path', () => {
    const withMessage = (Message: string): TaskFinishResponse => ({
      EventName: 'TaskFinish',
      JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), Message },
    });

    test.each([
      ['U+0000', '\u0000'],
      ['a C0 control', 'a\u0001b'],
      ['a lone high surrogate', 'a\uD800'],
      ['a lone low surrogate', '\uDC00b'],
      ['U+FFFF', '\uFFFF'],
    ])('XML refuses %s; JSON carries it', (_what, text) => {
      expect(() => encodeCallback(withMessage(text), 'xml')).toThrow(RangeError);
      expect(() => encodeCallback(withMessage(text), 'xml')).toThrow(/JobsDetail\.Message/);
      expect(roundTrip(withMessage(text), 'json')).toEqual(withMessage(text));
    });

    test('XML refuses node names, nested lists and #text it cannot write; JSON carries them', () => {
      const cases: ReadonlyArray<readonly [Record<string, unknown>, RegExp]> = [
        [{ 'a b': 'x' }, /Operation\.a b.*not an XML element name/],
        [{ '': 'x' }, /not an XML element name/],
        [{ List: [['a', 'b'], 'c'] }, /Operation\.List\[0\].*list directly inside a list/],
        [{ '#text': '   ', A: 'x' }, /Operation\.#text/],
        [{ '#text': { A: 'x' } }, /Operation\.#text/],
      ];
      for (const [Operation, message] of cases) {
        const x = {
          EventName: 'TaskFinish',
          JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), Operation },
        } as TaskFinishResponse;
        expect(() => encodeCallback(x, 'xml')).toThrow(message);
        expect(() => encodeCallback(x, 'json')).not.toThrow();
      }
    });

    test('XML writes every name the decoder reads, names beyond the BMP included', () => {
      const x = {
        EventName: 'TaskFinish',
        JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), Operation: { '𠀀': 'a', 'x𐀀': 'b', 'Été·1': 'c' } },
      } as TaskFinishResponse;
      expect(encodeCallback(x, 'xml', { pretty: false })).toContain('<𠀀>a</𠀀><x𐀀>b</x𐀀><Été·1>c</Été·1>');
      expect(roundTrip(x, 'xml')).toEqual(x);
    });

    test('a message quotes a name cut to 60 characters, however long the name', () => {
      const long = `a b${'x'.repeat(500_000)}`;
      const x = {
        EventName: 'TaskFinish',
        JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), Operation: { [long]: { Inner: '\u0000' } } },
      } as TaskFinishResponse;
      for (const body of [
        x,
        { ...x, JobsDetail: { ...x.JobsDetail, Operation: { Outer: { [long]: 'y' } } } },
      ]) {
        let message = '';
        try {
          encodeCallback(body as TaskFinishResponse, 'xml');
        } catch (e) {
          message = (e as Error).message;
        }
        expect(message).toMatch(/^cannot write JobsDetail\.Operation\.(Outer\.)?a bx+\.\.\./);
        expect(message.length).toBeLessThan(400);
      }
    });

    test('both formats refuse values nested deeper than a decoder accepts, and cycles, naming where', () => {
      /** A callback whose unmodelled `Operation.Extra` nests so that its deepest value is at `depth` (root: 1). */
      const nestedTo = (depth: number): TaskFinishResponse => {
        let Extra: UnknownNode = 'x';
        for (let level = depth; level > 3; level--) Extra = level % 2 === 0 ? [Extra, 'y'] : { A: Extra };
        return {
          EventName: 'TaskFinish',
          JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), Operation: { Extra } },
        };
      };
      const cyclic: Record<string, unknown> = {};
      cyclic.Again = cyclic;
      const withCycle = {
        EventName: 'TaskFinish',
        JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), Operation: { Extra: cyclic } },
      } as unknown as TaskFinishResponse;
      for (const format of ['xml', 'json'] as const) {
        expect(roundTrip(nestedTo(64), format)).toEqual(nestedTo(64));
        expect(() => encodeCallback(nestedTo(65), format)).toThrow(
          /^cannot write JobsDetail\.Operation\.Extra(\[0\]\.A)+\[0\]: values nest deeper than 64 levels/,
        );
        expect(() => encodeCallback(withCycle, format)).toThrow(
          /JobsDetail\.Operation\.Extra(\.Again)+: values nest deeper/,
        );
      }
    });

    test('both formats refuse an invalid Date or one outside years 0000-9999 at +08:00', () => {
      const at = (time: number): TaskFinishResponse => ({
        EventName: 'TaskFinish',
        JobsDetail: { JobId: 'j1', Tag: unknownTag('X'), EndTime: new Date(time) },
      });
      const last = Date.parse('9999-12-31T23:59:59.999+08:00');
      const first = Date.parse('0000-01-01T00:00:00+08:00');
      for (const format of ['xml', 'json'] as const) {
        expect(() => encodeCallback(at(NaN), format)).toThrow(/JobsDetail\.EndTime: an invalid Date/);
        expect(() => encodeCallback(at(last + 1), format)).toThrow(/year 10000 at \+08:00/);
        expect(() => encodeCallback(at(first - 1), format)).toThrow(/year -1 at \+08:00/);
        expect(roundTrip(at(last), format)).toEqual(at(last));
        expect(roundTrip(at(first), format)).toEqual(at(first));
      }
    });
  });
});

describe('encodeCallback, moderation callbacks', () => {
  const video: ReviewVideoCallback = {
    EventName: 'ReviewVideo',
    JobsDetail: {
      JobId: 'av1',
      CreationTime: new Date('2024-05-20T03:02:44Z'),
      Result: 1,
      ForbidState: 0,
      CosHeaders: { 'x-cos-meta-id': '000123' },
      Snapshot: [{ SnapshotTime: 1716206417000, PornInfo: { HitFlag: 1, Score: -3 } }],
    },
  };
  const simple: ReviewSimpleCallback = {
    code: 0,
    message: 'Test request when setting callback url',
    data: { trace_id: 't1', result: 0, cos_headers: { 'x-cos-meta-xx': 'xx' }, porn_info: { hit_flag: 0 } },
  };

  test('writes JSON as CI does: Integer leaves as numbers, CosHeaders as an object, +08:00 times', () => {
    expect(encodeCallback(video, 'json', { pretty: false })).toBe(
      '{"EventName":"ReviewVideo","JobsDetail":{"JobId":"av1","CreationTime":"2024-05-20T11:02:44+08:00",' +
        '"Result":1,"ForbidState":0,"CosHeaders":{"x-cos-meta-id":"000123"},' +
        '"Snapshot":[{"SnapshotTime":1716206417000,"PornInfo":{"HitFlag":1,"Score":-3}}]}}',
    );
    expect(encodeCallback(simple, 'json', { pretty: false })).toBe(
      '{"code":0,"message":"Test request when setting callback url","data":{"trace_id":"t1","result":0,' +
        '"cos_headers":{"x-cos-meta-xx":"xx"},"porn_info":{"hit_flag":0}}}',
    );
  });

  test("writes the Detail form's XML with its EventName (the query API's JobsDetail shape), integers as decimal text", () => {
    expect(encodeCallback(video, 'xml', { pretty: false })).toBe(
      '<Response><EventName>ReviewVideo</EventName><JobsDetail><JobId>av1</JobId>' +
        '<CreationTime>2024-05-20T11:02:44+08:00</CreationTime><Result>1</Result><ForbidState>0</ForbidState>' +
        '<CosHeaders><x-cos-meta-id>000123</x-cos-meta-id></CosHeaders><Snapshot>' +
        '<SnapshotTime>1716206417000</SnapshotTime><PornInfo><HitFlag>1</HitFlag><Score>-3</Score></PornInfo>' +
        '</Snapshot></JobsDetail></Response>',
    );
  });

  test('round-trips both forms in both formats (the Simple form too, though CI sends it as JSON only)', () => {
    for (const x of [video, simple]) {
      for (const format of ['xml', 'json'] as const) expect(roundTrip(x, format)).toStrictEqual(x);
    }
  });

  test('both formats refuse an Integer leaf that is not a safe integer, naming the path; -0 is written 0', () => {
    const at = (result: number): ReviewVideoCallback => ({
      EventName: 'ReviewVideo',
      JobsDetail: { JobId: 'av1', Snapshot: [{ PornInfo: { Score: result } }] },
    });
    const simpleWith = (code: number): ReviewSimpleCallback => ({ code });
    for (const format of ['xml', 'json'] as const) {
      for (const bad of [1.5, NaN, Infinity, -Infinity, 2 ** 60, Number.MAX_SAFE_INTEGER + 1]) {
        expect(() => encodeCallback(at(bad), format)).toThrow(RangeError);
        expect(() => encodeCallback(at(bad), format)).toThrow(
          `cannot write JobsDetail.Snapshot[0].PornInfo.Score: ${String(bad)} is not an Integer CI writes ` +
            '(a safe integer, -9007199254740991 to 9007199254740991)',
        );
        expect(() => encodeCallback(simpleWith(bad), format)).toThrow(/^cannot write code: /);
      }
      for (const good of [0, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER])
        expect(roundTrip(at(good), format)).toStrictEqual(at(good));
      expect(roundTrip(simpleWith(-0), format)).toStrictEqual(simpleWith(0));
    }
    // Only Integer leaves: unmodelled data is kept as it was decoded, and text leaves are text.
    const unmodelled = { ...simpleWith(0), extra: { Ratio: 1.5 } } as unknown as ReviewSimpleCallback;
    expect(encodeCallback(unmodelled, 'json', { pretty: false })).toBe('{"code":0,"extra":{"Ratio":"1.5"}}');
  });

  test('both formats refuse a header named #text, which every decoder reads as text beside the headers', () => {
    const odd: ReviewSimpleCallback = {
      code: 0,
      data: { trace_id: 't', cos_headers: { '#text': 'x', a: '1' } },
    };
    for (const format of ['xml', 'json'] as const) {
      expect(() => encodeCallback(odd, format)).toThrow(RangeError);
      expect(() => encodeCallback(odd, format)).toThrow(
        /^cannot write data\.cos_headers\.#text: a map has no entry named "#text"/,
      );
    }
  });

  test('XML refuses a header name that is not an XML name; JSON carries it', () => {
    const odd: ReviewSimpleCallback = { code: 0, data: { trace_id: 't', cos_headers: { 'a b': 'x' } } };
    expect(() => encodeCallback(odd, 'xml')).toThrow(/data\.cos_headers\.a b.*not an XML element name/);
    expect(roundTrip(odd, 'json')).toStrictEqual(odd);
  });
});
