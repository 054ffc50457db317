import * as t from 'io-ts';

const TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses CI's time forms (`+0800`, `+08:00`, `Z`; `T` or a space) to a `Date`, or `undefined` if impossible. */
export function parseTime(text: string): Date | undefined {
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
  utc.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, keeps years below 100
  utc.setUTCHours(hour, minute, second, millis);
  return new Date(utc.getTime() - (sign === '-' ? -offset : offset) * 60_000);
}

const CHINA_STANDARD_TIME = 8 * 60;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Writes a time as CI does, in its own +08:00 zone: `2022-06-30T18:42:20+0800`, or with a space. */
export function formatTime(date: Date, separator: 'T' | ' '): string {
  const local = new Date(date.getTime() + CHINA_STANDARD_TIME * 60_000);
  const millis = local.getUTCMilliseconds();
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `${separator}${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${millis === 0 ? '' : `.${pad(millis, 3)}`}+0800`
  );
}

/** The codec of a time leaf; `separator` is the one it writes between date and time. */
export interface TimeC extends t.Type<Date | undefined, string | undefined, unknown> {
  readonly kind: 'time';
  readonly separator: 'T' | ' ';
}

function time(separator: 'T' | ' '): TimeC {
  const codec = new t.Type<Date | undefined, string | undefined, unknown>(
    `a time such as 2022-06-30${separator}18:42:20+0800`,
    (u): u is Date | undefined => u === undefined || (u instanceof Date && !Number.isNaN(u.getTime())),
    (u, c) => {
      if (u instanceof Date && !Number.isNaN(u.getTime())) return t.success(u);
      if (typeof u !== 'string') return t.failure(u, c);
      if (u === '-' || u.trim() === '') return t.success(undefined); // CI writes `-` for a time not reached
      const date = parseTime(u);
      return date === undefined ? t.failure(u, c) : t.success(date);
    },
    (a) => (a === undefined ? undefined : formatTime(a, separator)),
  );
  return Object.assign(codec, { kind: 'time' as const, separator });
}

/** A job's time (`CreationTime`, `StartTime`, `EndTime`); `-` or empty is absent. Encodes as `2022-06-30T18:42:20+0800`. */
export const JobTime = time('T');

/** A workflow's time (`CreateTime` and the task times). Encodes as `2022-08-09 14:54:17+0800`. */
export const WorkflowTime = time(' ');
