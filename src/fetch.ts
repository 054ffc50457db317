/**
 * `cos-ci-callback/fetch`: decode a callback from a Fetch API `Request` (Next.js route handlers, Hono,
 * Cloudflare Workers, Deno, Bun, Node 20+). Uses no Node built-ins.
 * @packageDocumentation
 * @module cos-ci-callback/fetch
 */
import type { CallbackResponse } from './codecs/callback';
import { thrownMessage } from './error-size';
import type { CallbackError, RequestError } from './errors';
import type { DecodeOptions } from './options';
import { compressedBody, declaredLength, LimitedBuffer, receive, unreadable } from './request-body';
import type { Result } from './result';
import type { RequestOptions } from './token';

/**
 * Reads a `Request`'s body as a stream, stopping at `maxBytes` (default 1 MiB), and decodes it like
 * `decodeCallback`: a callback of either family (jobs and workflows, or content moderation). The format is sniffed from the body; `Content-Type` is not trusted (CI does not document the
 * one it sends for JSON). A `Content-Length` over the limit is refused before reading; a longer stream is
 * cancelled as soon as it passes the limit (`TooLarge` then says "more than `maxBytes`"), so no more than
 * `maxBytes` are ever held. A compressed body (`Content-Encoding: gzip`, ...) is refused unread as
 * `UnsupportedFormat`. With `token`, a request whose URL lacks the secret is `Unauthorized` before its body is
 * touched. Never rejects: a body that cannot be read (already used, connection broken) is an
 * `UnsupportedFormat` error saying why.
 *
 * @example
 * ```ts
 * // app/api/cos-callback/route.ts (Next.js; Hono: c.req.raw; a Worker: its fetch handler's request)
 * import { decodeRequest, formatCallbackError } from 'cos-ci-callback/fetch';
 *
 * export async function POST(request: Request): Promise<Response> {
 *   const result = await decodeRequest(request, { maxBytes: 256 * 1024 });
 *   if (result._tag === 'Left') {
 *     return new Response(formatCallbackError(result.left), { status: 400 });
 *   }
 *   return new Response(handleCallback(result.right));
 * }
 * ```
 */
export function decodeRequest(
  request: Request,
  options?: DecodeOptions & { readonly token?: undefined },
): Promise<Result<CallbackError, CallbackResponse>>;
/** With `token`: the same, or `Unauthorized` (a {@link RequestError}) when the URL lacks the secret. */
export function decodeRequest(
  request: Request,
  options?: RequestOptions,
): Promise<Result<RequestError, CallbackResponse>>;
export async function decodeRequest(
  request: Request,
  options?: RequestOptions | (DecodeOptions & { readonly token?: undefined }),
): Promise<Result<RequestError, CallbackResponse>> {
  return receive(
    () => request.url,
    (limit) => readRequestBody(request, limit),
    options,
  );
}

async function readRequestBody(request: Request, limit: number): Promise<Result<CallbackError, Uint8Array>> {
  const buffer = new LimitedBuffer(limit);
  let body: ReadableStream<Uint8Array> | null;
  try {
    if (request.bodyUsed) return unreadable('the body was already used (read it once, here)');
    body = request.body;
    const compressed = compressedBody(request.headers.get('content-encoding'));
    if (compressed !== undefined) {
      await body?.cancel().catch(() => undefined);
      return compressed;
    }
    const declared = declaredLength(request.headers.get('content-length'));
    if (declared !== undefined && declared > limit) {
      await body?.cancel().catch(() => undefined);
      return { _tag: 'Left', left: { _tag: 'TooLarge', size: declared, limit } };
    }
  } catch (e) {
    return unreadable(thrownMessage(e));
  }
  if (body === null) return buffer.bytes(); // no body: empty, reported by the decoder as such
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = body.getReader();
  } catch (e) {
    return unreadable(thrownMessage(e));
  }
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return buffer.bytes();
      if (!buffer.push(value)) {
        await reader.cancel().catch(() => undefined);
        return buffer.tooLarge();
      }
    }
  } catch (e) {
    return unreadable(thrownMessage(e));
  } finally {
    try {
      reader.releaseLock();
    } catch {
      // a lock that cannot be released (a pending read on a broken stream) does not matter any more
    }
  }
}

export { formatCallbackError } from './format-error';
export { checkCallbackToken } from './token';
export type { DecodeOptions } from './options';
export type { CallbackResponse } from './codecs/callback';
export type { CallbackError, RequestError, Unauthorized } from './errors';
export type { RequestOptions, TokenOptions } from './token';
export type { Result } from './result';
