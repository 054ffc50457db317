import type { CallbackError, CallbackIssue } from './errors';

/** The most issues an `InvalidCallback` lists; the rest are counted in `omitted`. */
export const MAX_ISSUES = 100;

/** A name (a run without spaces or quotes) longer than this is cut in a message; real names are far shorter. */
const MAX_NAME = 60;

/** The longest text of each kind an error holds, so that an error and its rendering stay a few kilobytes. */
const MAX_MESSAGE = 300;
const MAX_EVENT_NAME = 100;
const MAX_PATH = 200;
const MAX_EXPECTED = 200;
const MAX_ACTUAL = 100;

const LONG_NAME = new RegExp(`[^\\s'"<>]{${MAX_NAME + 1},}`, 'g');

/** `text` cut to at most `max` characters, ending in `...` when cut (never between the halves of a pair). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 3;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}...`;
}

/**
 * The message of a thrown value, for an error's text: its `message`, or the value as text, clipped like any
 * message. Never throws, whatever was thrown (a getter that throws, an object without a prototype).
 * @internal
 */
export function thrownMessage(e: unknown): string {
  let text: string;
  try {
    const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
    text = typeof message === 'string' && message !== '' ? message : String(e);
  } catch {
    text = 'a value that cannot be shown';
  }
  return clip(text, MAX_MESSAGE);
}

/** A message with every overlong name in it cut (a hostile tag name is quoted whole by the XML parser), then clipped. */
function clipMessage(message: string): string {
  const names =
    message.length > MAX_NAME ? message.replace(LONG_NAME, (name) => clip(name, MAX_NAME)) : message;
  return clip(names, MAX_MESSAGE);
}

/**
 * A node's name, as a message may quote it: at most 60 characters, as {@link boundError} cuts the names in a
 * parser's message.
 * @internal
 */
export const clipName = (name: string): string => clip(name, MAX_NAME);

const clipIssue = (issue: CallbackIssue): CallbackIssue => ({
  path: clip(issue.path, MAX_PATH),
  expected: clip(issue.expected, MAX_EXPECTED),
  actual: clip(issue.actual, MAX_ACTUAL),
});

/**
 * An error no bigger than a few kilobytes, whatever the body held: every text a sender could fill (a parser's
 * message quoting a tag name, an `EventName`, an issue's path or value) is clipped. With at most
 * {@link MAX_ISSUES} issues (the decoding core stops collecting there), an `InvalidCallback` and its rendering
 * stay under 64 KiB.
 * @internal
 */
export function boundError(error: CallbackError): CallbackError {
  if (error._tag === 'InvalidCallback') {
    const [first, ...rest] = error.issues;
    return { ...error, issues: [clipIssue(first), ...rest.map(clipIssue)] };
  }
  if (error._tag === 'UnsupportedEvent')
    return { ...error, eventName: clip(error.eventName, MAX_EVENT_NAME) };
  return 'message' in error ? { ...error, message: clipMessage(error.message) } : error;
}
