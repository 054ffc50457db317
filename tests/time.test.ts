import fc from 'fast-check';
import { formatTime, JobTime, parseTime, ReviewTime, WorkflowTime } from '../src/codecs/time';

const instant = (text: string): number | undefined => parseTime(text)?.getTime();

describe('parseTime', () => {
  it('reads every form CI and its docs use, at the right instant', () => {
    const expected = Date.parse('2022-06-30T10:42:20Z');
    expect(instant('2022-06-30T18:42:20+0800')).toBe(expected);
    expect(instant('2022-06-30T18:42:20+08:00')).toBe(expected);
    expect(instant('2022-06-30 18:42:20+0800')).toBe(expected);
    expect(instant('2022-06-30T10:42:20Z')).toBe(expected);
    expect(instant('2022-06-30T05:12:20-0530')).toBe(expected);
    expect(instant('2022-06-30T10:42:20.250Z')).toBe(expected + 250);
  });

  it('knows the leap years of the proleptic Gregorian calendar, year 0000 included', () => {
    expect(parseTime('0000-02-29T00:00:00Z')?.toISOString()).toBe('0000-02-29T00:00:00.000Z');
    expect(parseTime('0004-02-29T00:00:00Z')?.toISOString()).toBe('0004-02-29T00:00:00.000Z');
    expect(parseTime('2000-02-29T00:00:00Z')).toBeDefined();
    expect(parseTime('0100-02-29T00:00:00Z')).toBeUndefined();
    expect(parseTime('1900-02-29T00:00:00Z')).toBeUndefined();
  });

  it('crosses day, month and year boundaries through the offset', () => {
    expect(parseTime('2023-01-01T07:59:59+0800')?.toISOString()).toBe('2022-12-31T23:59:59.000Z');
    expect(parseTime('2024-02-29T00:00:00+0800')?.toISOString()).toBe('2024-02-28T16:00:00.000Z');
  });

  it.each([
    '2022-02-29T00:00:00+0800',
    '2022-13-01T00:00:00+0800',
    '2022-06-31T00:00:00+0800',
    '2022-06-30T24:00:00+0800',
    '2022-06-30T18:60:00+0800',
    '2022-06-30T18:42:60+0800',
    '2022-06-30T18:42:20+2400',
    '2022-06-30T18:42:20',
    '2022-06-30',
    '1656585740',
    'yesterday',
  ])('refuses %j', (text) => {
    expect(parseTime(text)).toBeUndefined();
  });
});

describe('time codecs', () => {
  it('read `-` and blank as absent', () => {
    expect(JobTime.decode('-')).toEqual({ _tag: 'Right', right: undefined });
    expect(WorkflowTime.decode('  ')).toEqual({ _tag: 'Right', right: undefined });
  });

  it('refuse what is not a time', () => {
    expect(JobTime.decode('2022-02-30T00:00:00+0800')._tag).toBe('Left');
    expect(JobTime.decode(1656585740)._tag).toBe('Left');
  });

  it('write CI’s own forms in its +08:00 zone', () => {
    const date = new Date('2022-08-09T06:54:17Z');
    expect(JobTime.encode(date)).toBe('2022-08-09T14:54:17+0800');
    expect(WorkflowTime.encode(date)).toBe('2022-08-09 14:54:17+0800');
  });

  it('round-trip every instant of years 0000 to 9999 to the millisecond, in both zone forms', () => {
    const min = Date.parse('0000-01-02T00:00:00Z');
    const max = Date.parse('9999-12-30T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min, max }),
        fc.constantFrom<'T' | ' '>('T', ' '),
        fc.constantFrom<'+0800' | '+08:00'>('+0800', '+08:00'),
        (ms, separator, zone) => {
          expect(parseTime(formatTime(new Date(ms), separator, zone))?.getTime()).toBe(ms);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the moderation time codec (ReviewTime)', () => {
  const at = (ms: number) => ({ _tag: 'Right', right: new Date(ms) });

  it('reads every form JobTime reads, and writes the +08:00 form the moderation docs show', () => {
    const expected = Date.parse('2024-05-20T03:02:44Z');
    for (const text of ['2024-05-20T11:02:44+08:00', '2024-05-20T11:02:44+0800', '2024-05-20 03:02:44Z'])
      expect(ReviewTime.decode(text)).toEqual(at(expected));
    expect(ReviewTime.encode(new Date(expected))).toBe('2024-05-20T11:02:44+08:00');
    expect(ReviewTime.encode(new Date(expected + 7))).toBe('2024-05-20T11:02:44.007+08:00');
    for (const absent of ['', ' ', '-']) expect(ReviewTime.decode(absent)).toEqual({ _tag: 'Right' });
  });

  it('reads epoch milliseconds: 13 digits of text, or a JSON number of that range', () => {
    expect(ReviewTime.decode('1716206417000')).toEqual(at(1716206417000));
    expect(ReviewTime.decode(1716206417000)).toEqual(at(1716206417000));
    expect(ReviewTime.decode('1000000000000')).toEqual(at(1e12));
    expect(ReviewTime.decode('9999999999999')).toEqual(at(9999999999999));
  });

  it.each([
    ['10 digits (epoch seconds, not read as milliseconds)', '1716206417'],
    ['12 digits', '171620641700'],
    ['14 digits', '17162064170000'],
    ['a leading zero', '0716206417000'],
    ['a sign', '+1716206417000'],
    ['a fraction', '1716206417000.5'],
    ['an exponent', '1.716206417e12'],
    ['a number out of range', 1716206417],
    ['a number with a fraction', 1716206417000.5],
  ])('refuses %s', (_what, value) => {
    expect(ReviewTime.decode(value)).toMatchObject({
      _tag: 'Left',
      left: [{ message: undefined }],
    });
    expect(ReviewTime.name).toBe(
      'a time such as 2024-05-20T11:02:44+08:00, or epoch milliseconds (13 digits)',
    );
  });

  it('is not what media times read: a job time in epoch milliseconds is an issue', () => {
    expect(JobTime.decode('1716206417000')._tag).toBe('Left');
  });
});
