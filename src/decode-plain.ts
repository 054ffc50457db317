import type * as t from 'io-ts';
import { validateCapped, type RunOptions } from './codecs/decode-run';
import { toIssues } from './codecs/report';
import type { EventsC } from './codecs/events';
import { familyOf } from './codecs/families';
import { MAX_ISSUES } from './error-size';
import type { CallbackError, InvalidCallback } from './errors';
import type { PlainData } from './plain';
import { left, right, type Result } from './result';

/**
 * The decoding core, the same for both formats: plain data in, a callback of `family` or the error out: an
 * `EventName` the family does not decode (naming the family it belongs to, if another decoder reads it), or at
 * most `maxIssues` issues (the first, in the order of {@link InvalidCallback.issues}) and the count of the others.
 * @internal
 */
export function decodePlain<A>(
  family: EventsC<A>,
  data: PlainData,
  maxIssues = MAX_ISSUES,
): Result<CallbackError, A> {
  const event = family.unsupported(data);
  if (event !== undefined) {
    const other = familyOf(event);
    return left({
      _tag: 'UnsupportedEvent',
      eventName: event,
      expected: [...family.eventNames],
      ...(other === undefined ? {} : { family: other }),
    });
  }
  return decodeWith(family, data, 'a callback', { maxIssues });
}

/**
 * Decodes plain data with a codec; when it does not fit, the error lists at most `maxIssues` issues (the first,
 * in the order of {@link InvalidCallback.issues}) and counts the others. `what` names the shape, for the (never
 * seen) case of errors that give no issue; `options` say how the run reads leaves.
 * @internal
 */
export function decodeWith<A>(
  codec: t.Decoder<unknown, A>,
  data: PlainData,
  what: string,
  options: RunOptions & { readonly maxIssues?: number } = {},
): Result<InvalidCallback, A> {
  const maxIssues = options.maxIssues ?? MAX_ISSUES;
  // The options as they are (the run reads only its own), not a copy without maxIssues: one object less a call.
  const { result, omitted } = validateCapped(codec, data, maxIssues, options);
  if (result._tag === 'Right') return right(result.right);
  const issues = toIssues(result.left);
  const listed = issues.slice(0, maxIssues);
  const [first = { path: '', expected: what, actual: 'nothing' }, ...rest] = listed;
  return left({
    _tag: 'InvalidCallback',
    issues: [first, ...rest],
    omitted: omitted + issues.length - listed.length,
  });
}
