import * as t from 'io-ts';
import { isBlankText } from './absent';

const TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (ISO 8601's: year 0000 is a leap year). */
function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Days from 1970-01-01 to a proleptic Gregorian date, as `setUTCFullYear` counts them (no 1900 offset). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** `text[at, at + width)` read as decimal digits (the caller has checked that they are digits). */
function digits(text: string, at: number, width: number): number {
  let value = 0;
  for (let i = at; i < at + width; i++) value = value * 10 + text.charCodeAt(i) - 0x30;
  return value;
}

/** Parses CI's time forms (`+0800`, `+08:00`, `Z`; `T` or a space) to a `Date`, or `undefined` if impossible. */
export function parseTime(text: string): Date | undefined {
  if (!TIME.test(text)) return undefined;
  // TIME fixes every position up to the seconds; a fraction and the zone follow.
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 0x2e /* . */) {
    // The fraction's first three digits are the milliseconds (`.5` is 500 ms); further digits are dropped.
    for (let place = 100; ; place /= 10) {
      const code = text.charCodeAt(++at);
      if (code < 0x30 || code > 0x39) break;
      if (place >= 1) millis += (code - 0x30) * place;
    }
  }
  let offset = 0;
  if (text.charCodeAt(at) !== 0x5a /* Z */) {
    const offsetHours = digits(text, at + 1, 2);
    const offsetMinutes = digits(text, text.length - 2, 2);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offset = (offsetHours * 60 + offsetMinutes) * (text.charCodeAt(at) === 0x2d /* - */ ? -1 : 1);
  }
  const local =
    daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return new Date(local - offset * 60_000);
}

/**
 * China Standard Time's offset from UTC in milliseconds: the zone CI writes its times in (`+0800`).
 * @internal
 */
export const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** How CI writes the zone of its times: `+0800` (jobs, workflows) or `+08:00` (moderation). */
export type Zone = '+0800' | '+08:00';

/**
 * Writes a time as CI does, in its own +08:00 zone: `2022-06-30T18:42:20+0800`, with a space for workflows, or
 * `2024-05-20T11:02:44+08:00` (moderation), with `.mmm` when the `Date` has milliseconds.
 */
export function formatTime(date: Date, separator: 'T' | ' ', zone: Zone = '+0800'): string {
  const local = new Date(date.getTime() + CHINA_STANDARD_TIME_OFFSET_MS);
  const millis = local.getUTCMilliseconds();
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `${separator}${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${millis === 0 ? '' : `.${pad(millis, 3)}`}${zone}`
  );
}

/**
 * Epoch milliseconds as moderation may send a time: exactly 13 decimal digits, no sign, no leading zero (the
 * instants from 2001-09-09 to 2286-11-20). Fewer digits are refused rather than read: 10 digits are more likely
 * epoch seconds, which read as milliseconds would be a silently wrong time in January 1970.
 */
const EPOCH_MILLIS = /^[1-9]\d{12}$/;

/** The time epoch-millisecond text or a JSON number of {@link EPOCH_MILLIS}'s range stands for, if it is one. */
function fromEpochMillis(u: unknown): Date | undefined {
  if (typeof u === 'number') return Number.isInteger(u) && u >= 1e12 && u < 1e13 ? new Date(u) : undefined;
  return typeof u === 'string' && EPOCH_MILLIS.test(u) ? new Date(Number(u)) : undefined;
}

/** The codec of a time leaf; `separator` and `zone` are what it writes. */
export interface TimeC extends t.Type<Date | undefined, string | undefined, unknown> {
  readonly kind: 'time';
  readonly separator: 'T' | ' ';
  readonly zone: Zone;
}

function time(name: string, separator: 'T' | ' ', zone: Zone, epochMillis: boolean): TimeC {
  const codec = new t.Type<Date | undefined, string | undefined, unknown>(
    name,
    (u): u is Date | undefined => u === undefined || (u instanceof Date && !Number.isNaN(u.getTime())),
    (u, c) => {
      if (u instanceof Date && !Number.isNaN(u.getTime())) return t.success(u);
      const epoch = epochMillis ? fromEpochMillis(u) : undefined;
      if (epoch !== undefined) return t.success(epoch);
      if (typeof u !== 'string') return t.failure(u, c);
      // Parsed first: a time is what CI sends most, and neither `-` nor blank text parses as one.
      const date = parseTime(u);
      if (date !== undefined) return t.success(date);
      if (u === '-' || isBlankText(u)) return t.success(undefined); // CI writes `-` for a time not reached
      return t.failure(u, c);
    },
    (a) => (a === undefined ? undefined : formatTime(a, separator, zone)),
  );
  return Object.assign(codec, { kind: 'time' as const, separator, zone });
}

/** A job's time (`CreationTime`, `StartTime`, `EndTime`); `-` or empty is absent. Encodes as `2022-06-30T18:42:20+0800`. */
export const JobTime = time('a time such as 2022-06-30T18:42:20+0800', 'T', '+0800', false);

/** A workflow's time (`CreateTime` and the task times). Encodes as `2022-08-09 14:54:17+0800`. */
export const WorkflowTime = time('a time such as 2022-06-30 18:42:20+0800', ' ', '+0800', false);

/**
 * A moderation job's time (`CreationTime`): every form {@link JobTime} reads (the docs show
 * `2024-05-20T11:02:44+08:00`), or epoch milliseconds, as 13 digits of text or a JSON number (live streams);
 * `-` or empty is absent. Encodes as `2024-05-20T11:02:44+08:00`, the form the docs show.
 */
export const ReviewTime = time(
  'a time such as 2024-05-20T11:02:44+08:00, or epoch milliseconds (13 digits)',
  'T',
  '+08:00',
  true,
);
