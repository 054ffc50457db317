import type * as t from 'io-ts';
import type { CallbackError, InvalidCallback } from './errors';
import { toIssues } from './codecs/report';
import { CallbackResponseCodec, EVENTS, eventOf, type CallbackResponse } from './codecs/response';
import type { PlainData } from './plain';
import { left, right, type Result } from './result';

/**
 * The decoding core, the same for both formats: plain data in, a `CallbackResponse` or the issues out.
 * @internal
 */
export function decodePlain(data: PlainData): Result<CallbackError, CallbackResponse> {
  const event = eventOf(data);
  if (typeof event === 'string' && event !== '' && !(EVENTS as readonly string[]).includes(event)) {
    return left({ _tag: 'UnsupportedEvent', eventName: event });
  }
  const result = CallbackResponseCodec.decode(data);
  return result._tag === 'Right' ? right(result.right) : left(invalidCallback(result.left, 'a callback'));
}

/**
 * The error for a body that is well-formed but not of the decoded shape: io-ts's errors as plain issues.
 * `what` names the shape, for the (never seen) case of errors that give no issue.
 * @internal
 */
export function invalidCallback(errors: t.Errors, what: string): InvalidCallback {
  const [first, ...rest] = toIssues(errors);
  return {
    _tag: 'InvalidCallback',
    issues: first === undefined ? [{ path: '', expected: what, actual: 'nothing' }] : [first, ...rest],
  };
}
