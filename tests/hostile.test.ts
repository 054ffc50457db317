import fc from 'fast-check';
import {
  decodeCallback,
  decodeJsonCallback,
  decodeXmlCallback,
  formatCallbackError,
  isCallbackDecodeError,
  parseCallback,
  type CallbackError,
  type DecodeOptions,
} from '../src/index';
import { decodeJsonCallback as decodeJsonOnly } from '../src/json';
import { parseJson } from '../src/json-adapter';
import { parseXml } from '../src/xml-adapter';
import { expectLeft, xmlOf } from './helpers';

// Bodies an attacker would send, every one of them to every decoder: none may throw, and what they answer stays
// small. The crash body and its XML twin are issue 9's.

const BIG = { maxBytes: 64 * 1024 * 1024 };

/** `{"EventName":"TaskFinish","JobsDetail":{...job, ...inner}}`, and the same body as XML. */
const taskFinish = (inner: Record<string, unknown>, tag = 'Foo'): Record<string, unknown> => ({
  EventName: 'TaskFinish',
  JobsDetail: { JobId: 'j1', Tag: tag, ...inner },
});
const asJson = (body: unknown): string => JSON.stringify(body);
const asXml = (body: unknown): string => xmlOf('Response', body);

/** The crash body of issue 9: 130,000 zeros where CosHeaders belong (254 KiB, under the examples' 256 KiB). */
const CRASH_BODY = asJson(taskFinish({ Input: { CosHeaders: new Array<number>(130_000).fill(0) } }));
/** Its XML twin: 3.4 MB, so it needs a larger maxBytes. */
const CRASH_TWIN = asXml(taskFinish({ Input: { CosHeaders: new Array<number>(130_000).fill(0) } }));

/** Every decoder of a body, each with a name, answering a result or the typed error parseCallback threw. */
function everyDecoder(
  body: string,
  format: 'xml' | 'json',
  options: DecodeOptions = BIG,
): Array<readonly [string, CallbackError | 'Right']> {
  const answer = (result: ReturnType<typeof decodeCallback>) =>
    result._tag === 'Left' ? result.left : 'Right';
  const thrown = (): CallbackError | 'Right' => {
    try {
      parseCallback(body, options);
      return 'Right';
    } catch (e) {
      if (!isCallbackDecodeError(e)) throw e;
      return e.error;
    }
  };
  return [
    ['decodeCallback', answer(decodeCallback(body, options))],
    ['parseCallback', thrown()],
    ...(format === 'xml'
      ? ([['decodeXmlCallback', answer(decodeXmlCallback(body, options))]] as const)
      : ([
          ['decodeJsonCallback', answer(decodeJsonCallback(body, options))],
          ['cos-ci-callback/json', answer(decodeJsonOnly(body, options))],
        ] as const)),
  ];
}

describe('the crash body of issue 9', () => {
  test('gives InvalidCallback with the first 100 issues and the exact count of the others', () => {
    expect(CRASH_BODY.length).toBeLessThan(256 * 1024);
    const error = expectLeft(decodeCallback(CRASH_BODY));
    if (error._tag !== 'InvalidCallback') throw new Error(`expected InvalidCallback, got ${error._tag}`);
    expect(error.issues).toHaveLength(100);
    expect(error.omitted).toBe(129_900);
    expect(error.issues.slice(0, 2)).toMatchInlineSnapshot(`
      [
        {
          "actual": ""0"",
          "expected": "an object (CosHeader)",
          "path": "JobsDetail.Input.CosHeaders[0]",
        },
        {
          "actual": ""0"",
          "expected": "an object (CosHeader)",
          "path": "JobsDetail.Input.CosHeaders[1]",
        },
      ]
    `);
    expect(error.issues.map((issue) => issue.path)).toEqual(
      Array.from({ length: 100 }, (_, i) => `JobsDetail.Input.CosHeaders[${i}]`),
    );
    const text = formatCallbackError(error).split('\n');
    expect([text[0], text[100], text[101], text.length]).toEqual([
      'Invalid callback (130000 issues):',
      '  JobsDetail.Input.CosHeaders[99]: expected an object (CosHeader), got "0"',
      '  ... and 129900 more',
      102,
    ]);
  });

  test('every decoder answers the same, parseCallback by throwing CallbackDecodeError', () => {
    const expected = expectLeft(decodeCallback(CRASH_BODY));
    for (const [, answer] of everyDecoder(CRASH_BODY, 'json')) expect(answer).toEqual(expected);
  });

  test('its XML twin gives the same error, and TooLarge under the default limit', () => {
    expect(CRASH_TWIN.length).toBeGreaterThan(3_000_000);
    const expected = expectLeft(decodeCallback(CRASH_BODY));
    for (const [, answer] of everyDecoder(CRASH_TWIN, 'xml')) expect(answer).toEqual(expected);
    expect(expectLeft(decodeCallback(CRASH_TWIN))._tag).toBe('TooLarge');
  });
});

describe('each family of input-sized work', () => {
  const count = (error: CallbackError): number =>
    error._tag === 'InvalidCallback' ? error.issues.length + error.omitted : 0;

  test('a list whose items each hold a huge wrong list (errors added up through three levels)', () => {
    const timeInfo = new Array<unknown>(50_000).fill({ StartTime: { No: 'x' } });
    const placeTags = [
      {
        Tags: [
          { Tag: 'a', TimeInfo: timeInfo },
          { Tag: 'b', TimeInfo: timeInfo },
        ],
      },
      'x',
    ];
    const body = taskFinish(
      { Operation: { VideoTagResult: { StreamData: { Data: { PlaceTags: placeTags } } } } },
      'VideoTag',
    );
    for (const [format, text] of [
      ['json', asJson(body)],
      ['xml', asXml(body)],
    ] as const) {
      const error = expectLeft(decodeCallback(text, BIG));
      expect([format, count(error)]).toEqual([format, 100_001]);
      if (error._tag === 'InvalidCallback') {
        expect(error.issues[99]?.path).toBe(
          'JobsDetail.Operation.VideoTagResult.StreamData.Data.PlaceTags[0].Tags[0].TimeInfo[99].StartTime',
        );
      }
    }
  });

  test('a missing required child after the cap is counted, not listed', () => {
    const body = { EventName: 'WorkflowFinish', WorkflowExecution: { Tasks: new Array(150).fill(1) } };
    const error = expectLeft(decodeCallback(asJson(body)));
    expect(error).toMatchObject({ _tag: 'InvalidCallback', omitted: 51 }); // 50 tasks and the missing RunId
  });

  test('values nested a million levels deep are refused, not recursed into', () => {
    const json = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const xml = `<Response>${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}</Response>`;
    for (const [, answer] of everyDecoder(json, 'json'))
      expect(answer).toMatchObject({ _tag: 'MalformedJson' });
    for (const [, answer] of everyDecoder(xml, 'xml')) expect(answer).toMatchObject({ _tag: 'MalformedXml' });
  });
});

describe('the size of an error', () => {
  const LIMIT = 64 * 1024;
  const name = (length: number) => 'N'.repeat(length);

  /** Bodies that put a sender's long name where an error would quote it. */
  const hostile: Record<string, (n: string) => [string, 'xml' | 'json']> = {
    'EventName (UnsupportedEvent)': (n) => [asJson({ EventName: n }), 'json'],
    'XML EventName (UnsupportedEvent)': (n) => [asXml({ EventName: n }), 'xml'],
    'a JSON key beside missing children': (n) => [
      asJson({ EventName: 'TaskFinish', JobsDetail: { [n]: 1 } }),
      'json',
    ],
    'a JSON key in broken JSON': (n) => [`{"${n}" 1}`, 'json'],
    'the root element name': (n) => [`<${n}><a>1</a></${n}>`, 'xml'],
    'an unclosed element name': (n) => [`<Response><${n}></Response>`, 'xml'],
    'a wrong closing tag': (n) => [`<Response><a></${n}></Response>`, 'xml'],
    'a second root element': (n) => [`<Response/><${n}/>`, 'xml'],
    'an undefined entity': (n) => [asXml(taskFinish({})).replace('j1', `&${n};`), 'xml'],
    'a long text value where an object belongs, 150 times': (n) => [
      asJson({
        EventName: 'WorkflowFinish',
        WorkflowExecution: { RunId: 'r', Tasks: new Array(150).fill(n.slice(0, 2000)) },
      }),
      'json',
    ],
  };

  test.each(Object.keys(hostile))('stays small for a 500 KB name in %s', (family) => {
    const [body, format] = (hostile[family] as (n: string) => [string, 'xml' | 'json'])(name(500_000));
    for (const [decoder, answer] of everyDecoder(body, format)) {
      expect([decoder, answer === 'Right' ? 'Right' : answer._tag]).not.toEqual([decoder, 'Right']);
      if (answer === 'Right') continue;
      expect(JSON.stringify(answer).length).toBeLessThan(LIMIT);
      expect(formatCallbackError(answer).length).toBeLessThan(LIMIT);
      expect(JSON.stringify(answer)).not.toContain(name(101));
    }
  });

  test('keeps the start of a long name, and the rest of the message', () => {
    const error = expectLeft(decodeCallback(`<Response><a></${name(500_000)}></Response>`));
    expect(formatCallbackError(error)).toMatch(/[^N]N{50,60}\.\.\.[^N]/);
    expect(expectLeft(decodeCallback(asJson({ EventName: name(500_000) })))).toMatchObject({
      _tag: 'UnsupportedEvent',
      eventName: `${name(97)}...`,
    });
  });

  test('stays under 64 KiB whatever the name and where (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(hostile)),
        fc.integer({ min: 61, max: 300_000 }),
        fc.constantFrom('N', '名', '😀', 'a.b', 'a b'),
        (family, length, unit) => {
          const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
          const [body, format] = (hostile[family] as (n: string) => [string, 'xml' | 'json'])(text);
          for (const [, answer] of everyDecoder(body, format)) {
            if (answer === 'Right') continue;
            expect(JSON.stringify(answer).length).toBeLessThan(LIMIT);
            expect(formatCallbackError(answer).length).toBeLessThan(LIMIT);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('large invalid lists, to every decoder and adapter (property)', () => {
  /** A list of bad items at a place, and how many issues each item gives (0 at an unmodelled place). */
  interface Place {
    readonly body: (items: unknown[]) => unknown;
    readonly items: fc.Arbitrary<unknown>;
    readonly issuesPerItem: 0 | 1;
  }
  const scalar = fc.constantFrom<unknown>(0, 7, true, 'text', -1.5);
  const object = fc.constantFrom<unknown>(
    { A: { B: 'x' } },
    { A: ['x', 'y'] },
    { Deep: { Er: { Still: '1' } } },
  );
  const places: Record<string, Place> = {
    'CosHeaders (items need Key)': {
      body: (items) => taskFinish({ Input: { CosHeaders: items } }),
      items: fc.oneof(scalar, object, fc.constant({ Key: { A: 'x' } })),
      issuesPerItem: 1,
    },
    'workflow Tasks (times)': {
      body: (items) => ({ EventName: 'WorkflowFinish', WorkflowExecution: { RunId: 'r', Tasks: items } }),
      items: fc.oneof(scalar, fc.constant({ CreateTime: 'yesterday' }), fc.constant({ State: { A: '1' } })),
      issuesPerItem: 1,
    },
    'ClipFrameResult (text items)': {
      body: (items) =>
        taskFinish(
          {
            Operation: {
              VideoTagResult: { StreamData: { Data: { PlaceTags: { ClipFrameResult: items } } } },
            },
          },
          'VideoTag',
        ),
      items: object,
      issuesPerItem: 1,
    },
    'an unmodelled node of a known job': {
      body: (items) => taskFinish({ Extra: { List: items } }, 'Transcode'),
      items: fc.oneof(scalar, object),
      issuesPerItem: 0,
    },
    'the Operation of an unknown Tag': {
      body: (items) => taskFinish({ Operation: { Things: items } }),
      items: fc.oneof(scalar, object),
      issuesPerItem: 0,
    },
  };

  /** A place, and the few bad items its list repeats. */
  const placeAndPool = fc
    .constantFrom(...Object.keys(places))
    .chain((name) =>
      fc.tuple(fc.constant(name), fc.array((places[name] as Place).items, { minLength: 1, maxLength: 8 })),
    );

  const check = (format: 'xml' | 'json', text: string, expectedIssues: number) => {
    const adapter = format === 'xml' ? parseXml(text) : parseJson(text);
    expect(adapter._tag).toBe('Right');
    for (const [decoder, answer] of everyDecoder(text, format)) {
      if (expectedIssues === 0) {
        expect([decoder, answer]).toEqual([decoder, 'Right']);
        continue;
      }
      if (answer === 'Right' || answer._tag !== 'InvalidCallback')
        throw new Error(`${decoder}: ${String(answer)}`);
      expect(answer.issues.length).toBeLessThanOrEqual(100);
      expect(answer.issues.length + answer.omitted).toBe(expectedIssues);
    }
  };

  test.each(['json', 'xml'] as const)(
    '%s: no throw, at most 100 issues, the rest counted exactly',
    (format) => {
      fc.assert(
        fc.property(
          placeAndPool,
          fc.integer({ min: 10_000, max: format === 'json' ? 200_000 : 50_000 }),
          fc.nat(),
          ([name, pool], length, seed) => {
            const place = places[name] as Place;
            let state = seed; // a small generator picks from the pool: fast-check would be slow for 200k items
            const items = Array.from({ length }, () => {
              state = (Math.imul(state, 1103515245) + 12345) >>> 0;
              return pool[state % pool.length];
            });
            const body = place.body(items);
            check(format, format === 'json' ? asJson(body) : asXml(body), length * place.issuesPerItem);
          },
        ),
        { numRuns: format === 'json' ? 6 : 4 },
      );
    },
  );
});
