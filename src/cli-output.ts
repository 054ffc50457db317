/** What the CLI prints for a body: its one-line summary, its `--json` record, its error, in colour or not. */

import type { CallbackResponse } from './codecs/callback';
import type { CallbackError, CallbackIssue } from './errors';
import { formatCallbackError } from './format-error';
import type { Result } from './result';

/** A body that could not be read at all: missing, a directory, no permission. */
export interface Unreadable {
  readonly _tag: 'Unreadable';
  readonly message: string;
}

/** What became of one body. */
export type Outcome = Result<CallbackError | Unreadable, CallbackResponse>;

/** One body's outcome as `--json` prints it. */
export function jsonOf(file: string, outcome: Outcome, value: 'callback' | 'summary'): object {
  if (outcome._tag === 'Right') {
    const right = value === 'callback' ? outcome.right : Object.fromEntries(summaryFields(outcome.right));
    return { file, ok: true, [value]: right };
  }
  return { file, ok: false, error: outcome.left, message: messageOf(outcome.left) };
}

type Pairs = readonly (readonly [string, string | number | Date | undefined])[];

/** The fields of a decoded body's summary, in order; absent ones left out. */
function summaryFields(callback: CallbackResponse): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, value] of pairsOf(callback)) {
    if (value === undefined) continue;
    out.push([key, value instanceof Date ? value.toISOString() : String(value)]);
  }
  return out;
}

/** What a summary shows of each kind of callback: what identifies it, its state and its verdict. */
function pairsOf(callback: CallbackResponse): Pairs {
  switch (callback.EventName) {
    case 'TaskFinish':
      return [
        ['EventName', 'TaskFinish'],
        ['Tag', String(callback.JobsDetail.Tag)],
        ['JobId', callback.JobsDetail.JobId],
        ['State', callback.JobsDetail.State],
        ['Code', callback.JobsDetail.Code],
        ['CreationTime', callback.JobsDetail.CreationTime],
        ['StartTime', callback.JobsDetail.StartTime],
        ['EndTime', callback.JobsDetail.EndTime],
      ];
    case 'WorkflowFinish':
      return [
        ['EventName', 'WorkflowFinish'],
        ['RunId', callback.WorkflowExecution.RunId],
        ['WorkflowName', callback.WorkflowExecution.WorkflowName],
        ['State', callback.WorkflowExecution.State],
        ['Tasks', callback.WorkflowExecution.Tasks?.length],
        ['CreateTime', callback.WorkflowExecution.CreateTime],
      ];
    case undefined: {
      const data = callback.data;
      return [
        ['form', 'Simple'],
        ['code', callback.code],
        ['event', data?.event],
        ['trace_id', data?.trace_id],
        ['result', data?.result],
        ['message', callback.message],
      ];
    }
    default: {
      const job = callback.JobsDetail;
      // Documents and web pages give their verdict as Suggestion, the other kinds as Result.
      const verdict: Pairs[number] =
        callback.EventName === 'ReviewDocument' || callback.EventName === 'ReviewHtml'
          ? ['Suggestion', callback.JobsDetail.Suggestion]
          : ['Result', callback.JobsDetail.Result];
      return [
        ['EventName', callback.EventName],
        ['JobId', job.JobId],
        ['State', job.State],
        ['Code', job.Code],
        ['Label', job.Label],
        verdict,
        ['CreationTime', job.CreationTime],
      ];
    }
  }
}

/** The one-line summary of a decoded body, its values {@link shown}. */
export function summarize(callback: CallbackResponse): string {
  return summaryFields(callback)
    .map(([key, value]) => `${key}=${shown(value)}`)
    .join(' ');
}

function messageOf(error: CallbackError | Unreadable): string {
  return error._tag === 'Unreadable' ? error.message : formatCallbackError(error);
}

/**
 * An error's text for a terminal, every text a sender could fill {@link shown}, with the lines after the first
 * indented under the file name. An `InvalidCallback` is one line per issue: its issues are shown before they are
 * formatted, so that its only line breaks are the formatter's own; every other error is one line.
 */
export function indent(error: CallbackError | Unreadable): string {
  if (error._tag !== 'InvalidCallback') return shown(messageOf(error));
  const issues = error.issues.map(({ path, expected, actual }) => ({
    path: shown(path),
    expected: shown(expected),
    actual: shown(actual),
  }));
  return formatCallbackError({ ...error, issues: issues as [CallbackIssue, ...CallbackIssue[]] })
    .split('\n')
    .join('\n  ');
}

/** The characters a terminal acts on instead of showing them: C0 and C1 controls, DEL, line and bidi controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Those of {@link UNSHOWABLE} a JSON text can hold raw: all but C0, which `JSON.stringify` escapes in strings. */
const UNSHOWABLE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const escaped = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text for a terminal: every character that could move the cursor, erase or forge a line, change colours or
 * reorder what follows becomes its `\uXXXX` escape, so that what a sender wrote (a value, a file name, a parser's
 * quote of the body) is shown, never acted on.
 */
export const shown = (text: string): string => text.replace(UNSHOWABLE, escaped);

/**
 * A value as JSON text that is as safe on a terminal as {@link shown} text, and parses to the very same value:
 * outside C0 (escaped by `JSON.stringify`), those characters can occur only in strings, where `\uXXXX` is the
 * same character.
 */
export const jsonText = (value: unknown, space?: number): string =>
  JSON.stringify(value, null, space).replace(UNSHOWABLE_IN_JSON, escaped);

/** The ANSI colour of failures. */
export const red = 31;
/** The ANSI colour of bodies that decoded. */
export const green = 32;

/** Which of the CLI's streams take colours. */
export interface Colors {
  readonly stdout: boolean;
  readonly stderr: boolean;
}

/** Wraps text in an ANSI colour on the streams that take colours, and leaves it as is on the others. */
export function painter(colors: Colors | undefined) {
  const paint =
    (enabled: boolean) =>
    (color: number, text: string): string =>
      enabled ? `\u001b[${color}m${text}\u001b[39m` : text;
  return { out: paint(colors?.stdout === true), err: paint(colors?.stderr === true) };
}

/**
 * Whether a stream gets colours: never when `NO_COLOR` is set (https://no-color.org), always when
 * `FORCE_COLOR` is set to anything but `0` or `false`, else only on a terminal.
 */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTTY;
}
