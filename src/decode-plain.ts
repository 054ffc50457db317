import { validateCapped } from './codecs/child';
import { toIssues } from './codecs/report';
import { CallbackResponseCodec, EVENTS, eventOf, type CallbackResponse } from './codecs/response';
import { MAX_ISSUES } from './error-size';
import type { CallbackError } from './errors';
import type { PlainData } from './plain';
import { left, right, type Result } from './result';

/**
 * The decoding core, the same for both formats: plain data in, a `CallbackResponse` or the issues out, at most
 * `maxIssues` of them (the first, in document order) and the count of the others.
 * @internal
 */
export function decodePlain(
  data: PlainData,
  maxIssues = MAX_ISSUES,
): Result<CallbackError, CallbackResponse> {
  const event = eventOf(data);
  if (typeof event === 'string' && event !== '' && !(EVENTS as readonly string[]).includes(event)) {
    return left({ _tag: 'UnsupportedEvent', eventName: event });
  }
  const { result, omitted } = validateCapped(CallbackResponseCodec, data, maxIssues);
  if (result._tag === 'Right') return right(result.right);
  const issues = toIssues(result.left);
  const listed = issues.slice(0, maxIssues);
  const [first = { path: '', expected: 'a callback', actual: 'nothing' }, ...rest] = listed;
  return left({
    _tag: 'InvalidCallback',
    issues: [first, ...rest],
    omitted: omitted + issues.length - listed.length,
  });
}
