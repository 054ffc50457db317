/** How a body is read before it is parsed. */
export interface DecodeOptions {
  /** `'auto'` (the default) sniffs the first non-space character after a BOM: `<` is XML, `{` or `[` JSON. */
  readonly format?: 'auto' | 'xml' | 'json';
  /**
   * Larger bodies (in UTF-8 bytes) are refused before any parsing. Defaults to 1 MiB. A byte limit is a whole
   * number from 0 to `Number.MAX_SAFE_INTEGER`; anything else (`NaN` from an unset environment variable, a
   * negative number, a fraction, `Infinity`, a string) is no limit, so the default applies: a limit can be
   * lowered or raised, never removed by accident. The middleware and the Fastify plugin refuse such a value with
   * a `TypeError` when they are set up.
   */
  readonly maxBytes?: number;
}

/**
 * The default of {@link DecodeOptions.maxBytes}: 1 MiB.
 * @internal
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/**
 * What a byte limit is, in words, for the messages that refuse one.
 * @internal
 */
export const BYTE_LIMIT = 'a whole number of bytes from 0 to 2^53 - 1';

/**
 * Is `x` a byte limit ({@link BYTE_LIMIT}): a safe integer, so that sizes compare exactly, and not negative?
 * @internal
 */
export const isByteLimit = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/**
 * The byte limit a decode runs with: `options.maxBytes` when it is one, else the default. Every decoder and
 * request adapter reads the limit through this, so no value of the option can remove it.
 * @internal
 */
export function maxBytesOf(options: DecodeOptions | undefined): number {
  const maxBytes = options?.maxBytes;
  return isByteLimit(maxBytes) ? maxBytes : DEFAULT_MAX_BYTES;
}

/**
 * Throws a `TypeError` when `options.maxBytes` is given but is no byte limit; for adapters that are set up once
 * (the middleware, the Fastify plugin), so that a mistyped limit stops the server at start.
 * @internal
 */
export function assertUsableMaxBytes(options: DecodeOptions | undefined, caller: string): void {
  const maxBytes: unknown = options?.maxBytes;
  if (maxBytes === undefined || isByteLimit(maxBytes)) return;
  const shown =
    typeof maxBytes === 'number'
      ? String(maxBytes)
      : typeof maxBytes === 'string'
        ? JSON.stringify(maxBytes.slice(0, 40))
        : maxBytes === null
          ? 'null'
          : typeof maxBytes === 'object'
            ? 'an object'
            : `a ${typeof maxBytes}`;
  throw new TypeError(`${caller}: maxBytes must be ${BYTE_LIMIT}, not ${shown}`);
}
