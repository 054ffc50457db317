import fc from 'fast-check';
import { toIssues } from '../src/codecs/report';
import { CallbackCodec } from '../src/codecs/callback';
import { parseTime } from '../src/codecs/time';
import { decodePlain } from '../src/decode-plain';
import type { PlainData } from '../src/plain';

/** The time parser written the plain way (regex groups and `Date` setters), as the oracle. */
function parseTimePlain(text: string): Date | undefined {
  const TIME =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;
  const daysIn = (year: number, month: number): number => {
    const last = new Date(0);
    last.setUTCFullYear(year, month, 0); // unlike Date.UTC, setUTCFullYear does not read years 0-99 as 19xx
    return last.getUTCDate();
  };
  const m = TIME.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [, , , , , , , fraction = '', zulu, sign, offsetHours = '0', offsetMinutes = '0'] = m;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = zulu === undefined ? Number(offsetHours) * 60 + Number(offsetMinutes) : 0;
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) return undefined;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return new Date(utc.getTime() - (sign === '-' ? -offset : offset) * 60_000);
}

describe('fast path', () => {
  const two = (n: number): string => String(n).padStart(2, '0');
  const timeText = fc
    .record({
      year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 4, 99, 100, 1900, 2000, 2024)),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      separator: fc.constantFrom('T', ' ', 't', '_'),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 61 }),
      second: fc.integer({ min: 0, max: 61 }),
      fraction: fc.option(fc.stringMatching(/^[0-9]{0,10}$/)),
      zone: fc.constantFrom('Z', 'z', '', '+', '-'),
      offsetHours: fc.integer({ min: 0, max: 25 }),
      colon: fc.boolean(),
      offsetMinutes: fc.integer({ min: 0, max: 61 }),
    })
    .map(
      (t) =>
        `${String(t.year).padStart(4, '0')}-${two(t.month)}-${two(t.day)}${t.separator}` +
        `${two(t.hour)}:${two(t.minute)}:${two(t.second)}${t.fraction === null ? '' : `.${t.fraction}`}` +
        (t.zone === '+' || t.zone === '-'
          ? `${t.zone}${two(t.offsetHours)}${t.colon ? ':' : ''}${two(t.offsetMinutes)}`
          : t.zone),
    );

  test('parseTime reads every text exactly as the plain parser does', () => {
    fc.assert(
      fc.property(fc.oneof(timeText, fc.string()), (text) => {
        expect(parseTime(text)?.getTime()).toBe(parseTimePlain(text)?.getTime());
      }),
      { numRuns: 5000 },
    );
  });

  test('parseTime agrees at calendar edges: leap days of years below 100, truncated fractions', () => {
    for (const text of [
      '0000-02-29T00:00:00Z',
      '0004-02-29T00:00:00Z',
      '0096-02-29T12:00:00+0800',
      '2000-02-29T00:00:00.9999Z',
      '1900-02-29T00:00:00Z',
      '2022-06-30T18:42:20.5-05:30',
      '9999-12-31 23:59:59.999999999+2359',
    ]) {
      expect(parseTime(text)?.getTime()).toBe(parseTimePlain(text)?.getTime());
    }
    expect(parseTime('0000-02-29T00:00:00Z')?.toISOString()).toBe('0000-02-29T00:00:00.000Z'); // 0000 is a leap year
  });

  // Plain data shaped like callbacks, with every kind of wrong value in every place.
  const leaf = fc.oneof(
    fc.constantFrom('TaskFinish', 'WorkflowFinish', 'ExtractDigitalWatermark', 'Transcode', 'Success', ''),
    fc.constantFrom('2022-06-30T18:42:20+0800', '2022-08-09 14:54:17+0800', '-', '2022-13-01T00:00:00Z', ' '),
    fc.string({ maxLength: 4 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.constantFrom(
    'EventName',
    'JobsDetail',
    'WorkflowExecution',
    'JobId',
    'Tag',
    'Code',
    'Message',
    'State',
    'CreationTime',
    'StartTime',
    'EndTime',
    'CreateTime',
    'Input',
    'Operation',
    'ExtractDigitalWatermark',
    'Workflow',
    'CosHeaders',
    'Key',
    'Value',
    'Tasks',
    'RunId',
    'UserData',
    'Other',
    '__proto__',
  );
  const { node } = fc.letrec<{ node: PlainData }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.array(fc.tuple(key, tie('node')), { maxLength: 6 }).map((entries) => {
        const object: Record<string, PlainData> = {};
        for (const [name, value] of entries) {
          Object.defineProperty(object, name, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return object;
      }),
    ),
  }));
  const body = fc.record(
    {
      EventName: fc.constantFrom('TaskFinish', 'WorkflowFinish', undefined),
      JobsDetail: fc.oneof(
        node,
        fc.record(
          { JobId: leaf, Tag: leaf, CreationTime: leaf, Input: node, Operation: node },
          { requiredKeys: [] },
        ),
      ),
      WorkflowExecution: fc.oneof(
        node,
        fc.record({ RunId: leaf, Tasks: node, CreateTime: leaf }, { requiredKeys: [] }),
      ),
      extra: node,
    },
    { requiredKeys: [] },
  );

  test('codecs decode and report exactly as when every child builds its context up front, capped after', () => {
    let failures = 0;
    let cut = 0;
    fc.assert(
      fc.property(body, fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(100)), (data, cap) => {
        const fast = decodePlain(CallbackCodec, data as PlainData, cap);
        // The reference: the plain io-ts way, every child building its context, every failure collected.
        const reference = CallbackCodec.decode(data);
        if (reference._tag === 'Right') {
          expect(fast).toEqual(reference);
          return;
        }
        failures++;
        const all = toIssues(reference.left);
        if (all.length > cap) cut++;
        expect(fast).toEqual({
          _tag: 'Left',
          left: {
            _tag: 'InvalidCallback',
            issues: all.slice(0, cap),
            omitted: Math.max(0, all.length - cap),
          },
        });
      }),
      { numRuns: 2000 },
    );
    expect(failures).toBeGreaterThan(200);
    expect(cut).toBeGreaterThan(20);
  });
});
