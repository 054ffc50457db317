/**
 * What the request adapters (`cos-ci-callback/fetch`, `cos-ci-callback/node`) share to read a request body: a
 * buffer that stops at the byte limit, the declared length, and the errors for a compressed or unreadable body.
 */
import type { CallbackResponse } from './codecs/callback';
import { decodeCallback } from './decode';
import type { CallbackError, RequestError } from './errors';
import { maxBytesOf, type DecodeOptions } from './options';
import { left, right, type Result } from './result';
import { authorize, type RequestOptions } from './token';

/**
 * What every request adapter does with a request, in this order: the token its URL must carry is checked (with
 * `options.token`) before the body is touched, then `readBody` reads at most `maxBytes` of it, then the body is
 * decoded as `decodeCallback` decodes it. `urlOf` may throw: then the URL has no token.
 * @internal
 */
export async function receive(
  urlOf: () => unknown,
  readBody: (limit: number) => Promise<Result<CallbackError, string | Uint8Array>>,
  options: RequestOptions | (DecodeOptions & { readonly token?: undefined }) | undefined,
): Promise<Result<RequestError, CallbackResponse>> {
  if (options?.token !== undefined) {
    let url: unknown;
    try {
      url = urlOf();
    } catch {
      url = undefined;
    }
    const refused = authorize(url, options.token);
    if (refused !== undefined) return left(refused);
  }
  const bytes = await readBody(maxBytesOf(options));
  return bytes._tag === 'Left' ? bytes : decodeCallback(bytes.right, options);
}

/**
 * Collects body chunks up to a byte limit; what adapters (Fetch, Node) and the CLI share. Holds at most `limit`
 * bytes.
 * @internal
 */
export class LimitedBuffer {
  private readonly chunks: Uint8Array[] = [];
  /** Bytes seen so far, including a chunk that went over the limit (that one is not kept). */
  size = 0;

  constructor(readonly limit: number) {}

  /** Adds a chunk; `false` when the body is now over the limit (the chunk is then dropped). */
  push(chunk: Uint8Array | string): boolean {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    this.size += bytes.byteLength;
    if (this.size > this.limit) return false;
    if (bytes.byteLength > 0) this.chunks.push(bytes);
    return true;
  }

  /** The error for a body over the limit: reading stopped there, so its size is only known to be at least this. */
  tooLarge(): Result<CallbackError, never> {
    return left({ _tag: 'TooLarge', size: this.size, limit: this.limit, sizeIsLowerBound: true });
  }

  /** All bytes kept, in one array. */
  bytes(): Result<never, Uint8Array> {
    if (this.chunks.length === 1) return right(this.chunks[0] as Uint8Array);
    const out = new Uint8Array(this.size);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return right(out);
  }
}

const encoder = new TextEncoder();

/**
 * The declared `Content-Length` when it is a plain decimal number, else `undefined` (absent, chunked, garbage).
 * @internal
 */
export function declaredLength(header: string | null | undefined): number | undefined {
  if (header === null || header === undefined || !/^\s*\d{1,16}\s*$/.test(header)) return undefined;
  return Number(header);
}

/**
 * The error for a body sent with a `Content-Encoding` other than `identity` (gzip, br, deflate, ...), or
 * `undefined`: compressed bodies are not decoded, and the body is not read. CI sends its callbacks uncompressed.
 * @internal
 */
export function compressedBody(header: string | null | undefined): Result<CallbackError, never> | undefined {
  const coding = header
    ?.split(',')
    .map((name) => name.trim())
    .find((name) => name !== '' && name.toLowerCase() !== 'identity');
  if (coding === undefined) return undefined;
  return left({
    _tag: 'UnsupportedFormat',
    message:
      `the request body is compressed (Content-Encoding: ${coding.slice(0, 32)}) and compressed bodies are not ` +
      `decoded; CI sends its callbacks uncompressed, so turn off whatever compresses them on the way, or ` +
      `decompress the body and pass the bytes to decodeCallback`,
  });
}

/**
 * The error for a body that could not be read at all (a broken connection, a body already consumed). The
 * contract has no tag of its own for it; it is reported as `UnsupportedFormat` with the reason.
 * @internal
 */
export function unreadable(reason: string): Result<CallbackError, never> {
  return left({ _tag: 'UnsupportedFormat', message: `the request body could not be read: ${reason}` });
}
