import type { CallbackError } from './errors';
import { formatCallbackError } from './format-error';

/** Thrown by `parseCallback`, the one throwing decoder; carries the typed error it wraps. */
export class CallbackDecodeError extends Error {
  override readonly name = 'CallbackDecodeError' as const;
  readonly error: CallbackError;

  constructor(error: CallbackError) {
    super(formatCallbackError(error));
    this.error = error;
  }
}

/**
 * Tells whether `x` is a {@link CallbackDecodeError}, by `name`, so that it also works across realms
 * and duplicated copies of this package.
 *
 * @example
 * ```ts
 * try {
 *   parseCallback(body);
 * } catch (e) {
 *   if (!isCallbackDecodeError(e)) throw e;
 *   return { status: 400, body: e.message, reason: e.error._tag };
 * }
 * ```
 */
export function isCallbackDecodeError(x: unknown): x is CallbackDecodeError {
  if (typeof x !== 'object' || x === null) return false;
  const { name, error } = x as { name?: unknown; error?: unknown };
  return name === 'CallbackDecodeError' && typeof error === 'object' && error !== null;
}
