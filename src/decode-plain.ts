import type { CallbackError } from './errors';
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
  if (result._tag === 'Right') return right(result.right);
  const [first, ...rest] = toIssues(result.left);
  return left({
    _tag: 'InvalidCallback',
    issues:
      first === undefined ? [{ path: '', expected: 'a callback', actual: 'nothing' }] : [first, ...rest],
  });
}
