/**
 * `cos-ci-callback/node`: decode a callback from a Node request (`node:http`, Express, Fastify, Koa), and an
 * Express-style middleware. The types here are structural, so no `@types/node` or framework types are needed.
 * @packageDocumentation
 * @module cos-ci-callback/node
 */
import { isBytes, kindOf } from './body';
import type { CallbackResponse } from './codecs/callback';
import { thrownMessage } from './error-size';
import type { CallbackError, RequestError } from './errors';
import { fastifyPluginOf, type FastifyCosCallbackPlugin } from './fastify';
import { formatCallbackError } from './format-error';
import { assertUsableMaxBytes, type DecodeOptions } from './options';
import { storeCosCallback } from './received';
import { compressedBody, declaredLength, LimitedBuffer, receive, unreadable } from './request-body';
import { left, type Result } from './result';
import { assertUsableToken, type RequestOptions } from './token';

/**
 * What {@link decodeIncomingMessage} needs of a request: a readable stream of the raw body (a `node:http`
 * `IncomingMessage`, Express's and Koa's `req`), or a `body` a parser already read, or a `raw` stream (Fastify).
 */
export interface IncomingMessageLike {
  /** The request target, such as `/cos-callback?token=...`: where a `token` is looked for. */
  readonly url?: string | undefined;
  /** The request headers; only `content-length` and `content-encoding` are looked at. */
  readonly headers?: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** A body a parser already read: a string or bytes are decoded; a parsed object is an error. */
  readonly body?: unknown;
  /** Set by Node once the stream has been read to its end. */
  readonly readableEnded?: boolean;
  /** Fastify's request keeps the Node request here. */
  readonly raw?: IncomingMessageLike;
  /** Subscribes to the stream's `data`, `end`, `error` and `close` events. */
  on?(event: string, listener: (...args: unknown[]) => void): unknown;
  /** Unsubscribes from a stream event. */
  removeListener?(event: string, listener: (...args: unknown[]) => void): unknown;
  /** Stops the flow of `data` once the limit is passed. */
  pause?(): unknown;
}

/**
 * Reads a Node request's raw body, stopping at `maxBytes` (default 1 MiB), and decodes it like
 * `decodeCallback`: a callback of either family (jobs and workflows, or content moderation). Accepts a body a parser already read (`req.body` as a string from `express.text()` or a
 * `Buffer` from `express.raw()`); a body `express.json()` or `express.urlencoded()` already turned into an
 * object is refused as `UnsupportedFormat`, because the original text is gone. A `Content-Length` over the
 * limit is refused before reading; a longer stream is paused as soon as it passes the limit (`TooLarge` then
 * says "more than `maxBytes`"), holding no more than `maxBytes`. A stream sent compressed (`Content-Encoding:
 * gzip`, ...) is refused unread as `UnsupportedFormat`; a body a parser already read (and inflated) is decoded.
 * With `token`, a request whose URL (`req.url`) lacks the secret is `Unauthorized` before its body is touched.
 * Never rejects: a body that cannot be read (connection closed early) is an `UnsupportedFormat` error saying why.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { decodeIncomingMessage, formatCallbackError } from 'cos-ci-callback/node';
 *
 * // A slow client is bounded only by the server's timeouts.
 * const timeouts = { requestTimeout: 10_000, headersTimeout: 5_000, connectionsCheckingInterval: 1_000 };
 *
 * export const server = createServer(timeouts, async (req, res) => {
 *   const result = await decodeIncomingMessage(req, { maxBytes: 256 * 1024 });
 *   if (result._tag === 'Left') {
 *     res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
 *     res.end(formatCallbackError(result.left));
 *     return;
 *   }
 *   res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
 *   res.end(handleCallback(result.right));
 * });
 * ```
 */
export function decodeIncomingMessage(
  req: IncomingMessageLike,
  options?: DecodeOptions & { readonly token?: undefined },
): Promise<Result<CallbackError, CallbackResponse>>;
/** With `token`: the same, or `Unauthorized` (a {@link RequestError}) when the URL lacks the secret. */
export function decodeIncomingMessage(
  req: IncomingMessageLike,
  options?: RequestOptions,
): Promise<Result<RequestError, CallbackResponse>>;
export async function decodeIncomingMessage(
  req: IncomingMessageLike,
  options?: RequestOptions | (DecodeOptions & { readonly token?: undefined }),
): Promise<Result<RequestError, CallbackResponse>> {
  // The request target: Node's `req.url`, or Fastify's `request.raw.url`.
  return receive(
    () => req.url ?? req.raw?.url,
    (limit) => readNodeBody(req, limit),
    options,
  );
}

/** The stream a request's body comes from: the request itself (Node, Express, Koa), or Fastify's `raw`. */
const streamOf = (req: IncomingMessageLike): IncomingMessageLike | undefined =>
  typeof req.on === 'function' ? req : req.raw;

async function readNodeBody(
  req: IncomingMessageLike,
  limit: number,
): Promise<Result<CallbackError, string | Uint8Array>> {
  try {
    const { body } = req;
    if (typeof body === 'string' || isBytes(body)) return { _tag: 'Right', right: body };
    const stream = streamOf(req);
    if (body !== undefined && body !== null && !isUnreadPlaceholder(body, stream)) {
      return left({
        _tag: 'UnsupportedFormat',
        message:
          `the request body was already parsed into ${kindOf(body)} ` +
          `by a body parser (express.json()?), so its text is gone; for this route use express.text({ type: '*/*' }) ` +
          `or express.raw({ type: '*/*' }), or no body parser`,
      });
    }
    if (stream === undefined || typeof stream.on !== 'function') {
      return unreadable('expected a Node request stream, or a string or bytes in req.body');
    }
    if (stream.readableEnded === true) {
      return unreadable('the stream was already read to its end by something else (a body parser?)');
    }
    const compressed = compressedBody(header(stream.headers ?? req.headers, 'content-encoding'));
    if (compressed !== undefined) return compressed;
    const declared = declaredLength(header(stream.headers ?? req.headers, 'content-length'));
    if (declared !== undefined && declared > limit) {
      return left({ _tag: 'TooLarge', size: declared, limit });
    }
    return await readStream(stream, limit);
  } catch (e) {
    return unreadable(thrownMessage(e));
  }
}

/** Reads with listeners, not `for await`: leaving an async iterator early destroys the socket, and the 400 with it. */
function readStream(stream: IncomingMessageLike, limit: number): Promise<Result<CallbackError, Uint8Array>> {
  const on = stream.on as NonNullable<IncomingMessageLike['on']>;
  return new Promise((resolve) => {
    const buffer = new LimitedBuffer(limit);
    let settled = false;
    const finish = (result: Result<CallbackError, Uint8Array>): void => {
      if (settled) return;
      settled = true;
      for (const [event, listener] of listeners) stream.removeListener?.(event, listener);
      resolve(result);
    };
    const listeners: [string, (...args: unknown[]) => void][] = [
      [
        'data',
        (chunk) => {
          if (settled) return;
          if (!buffer.push(chunk as Uint8Array | string)) {
            stream.pause?.();
            finish(buffer.tooLarge());
          }
        },
      ],
      ['end', () => finish(buffer.bytes())],
      ['error', (error) => finish(unreadable(thrownMessage(error)))],
      ['close', () => finish(unreadable('the connection closed before the body was complete'))],
    ];
    for (const [event, listener] of listeners) on.call(stream, event, listener);
  });
}

/**
 * Express 4's body parsers set `req.body = {}` even when the content type did not match and the stream was left
 * unread; that empty object is not a parsed body.
 */
function isUnreadPlaceholder(body: unknown, stream: IncomingMessageLike | undefined): boolean {
  if (stream === undefined || stream.readableEnded === true) return false;
  if ((stream as { _body?: unknown })._body === true) return false; // body-parser's "I read it" flag
  return typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;
}

function header(headers: IncomingMessageLike['headers'], name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** What {@link cosCallbackMiddleware} needs of a response: Node's `ServerResponse`, as Express extends it. */
export interface ServerResponseLike {
  /** Express's per-request bag; created when absent (plain `node:http` with a connect-style router). */
  locals?: Record<string, unknown>;
  /** Set to `400` when the body is refused, `401` when the token is. */
  statusCode: number;
  /** Sets `Content-Type` (and `Connection: close` when the body was left unread). */
  setHeader(name: string, value: string): unknown;
  /** Sends the formatted error. */
  end(body: string): unknown;
}

/** The `(req, res, next)` function {@link cosCallbackMiddleware} returns. */
export type CosCallbackMiddleware = (
  req: IncomingMessageLike,
  res: ServerResponseLike,
  next: (error?: unknown) => void,
) => void;

/**
 * An Express-style middleware: decodes the callback, which {@link getCosCallback}`(res)` then returns typed
 * (it is also in `res.locals.cosCallback`, untyped), and calls `next()`; or answers `400` with the formatted
 * error as `text/plain` (and `Connection: close` when the body was left unread: too large, or compressed).
 * With `token`, a request whose URL lacks the secret gets `401` (and `Connection: close`) without its body being
 * read. Register its route before a global `app.use(express.json())`, or mount it after `express.text()` /
 * `express.raw()`: a JSON parser that ran first leaves no text to decode.
 *
 * @throws TypeError when `options.token` has an empty secret, or `options.maxBytes` is no byte limit (`NaN`,
 *   negative, a fraction, `Infinity`): at start, not at the first callback.
 *
 * @example
 * ```ts
 * import express from 'express';
 * import { cosCallbackMiddleware, getCosCallback } from 'cos-ci-callback/node';
 *
 * export const app = express();
 *
 * app.post('/cos-callback', cosCallbackMiddleware({ maxBytes: 256 * 1024 }), (_req, res) => {
 *   res.type('text/plain').send(handleCallback(getCosCallback(res)));
 * });
 * ```
 */
export function cosCallbackMiddleware(options?: RequestOptions): CosCallbackMiddleware {
  assertUsableMaxBytes(options, 'cosCallbackMiddleware');
  if (options?.token !== undefined) assertUsableToken(options.token, 'cosCallbackMiddleware');
  return (req, res, next) => {
    decodeIncomingMessage(req, options).then(
      (result) => {
        if (result._tag === 'Right') {
          storeCosCallback(res, result.right);
          res.locals ??= {};
          res.locals.cosCallback = result.right;
          next();
          return;
        }
        const { _tag } = result.left;
        res.statusCode = _tag === 'Unauthorized' ? 401 : 400;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        // A body left unread (too large, compressed, unauthorized) is not worth keeping the connection for.
        const stream = streamOf(req);
        if (_tag === 'TooLarge' || _tag === 'Unauthorized' || stream?.readableEnded === false) {
          res.setHeader('Connection', 'close');
        }
        res.end(formatCallbackError(result.left));
      },
      (error: unknown) => next(error),
    );
  };
}

/**
 * A Fastify plugin (tested with Fastify 5): registered in the scope of the callback route, it reads the body of
 * every `POST`, `PUT` and `PATCH` request there itself (any content type, or none) with `maxBytes` (default
 * 1 MiB; Fastify's `bodyLimit` does not apply), so that {@link getCosCallback}`(request)` (also `request.body`)
 * is the decoded callback in the handler; a refused body gets `400` with the formatted error as `text/plain`
 * before the handler runs, as with the other adapters. With `token`, such a request whose URL lacks the secret
 * gets `401` (and `Connection: close`) in an `onRequest` hook, its body never read. Requests with other methods
 * (a `GET` health check) pass through untouched, with no body. Needs no `fastify` at run time: its types are
 * structural.
 *
 * @throws TypeError (registering rejects) when `options.token` has an empty secret, or `options.maxBytes` is no
 *   byte limit (`NaN`, negative, a fraction, `Infinity`): at start, not at the first callback.
 *
 * @example
 * ```ts
 * app.register(async (scope) => {
 *   await scope.register(fastifyCosCallback, { maxBytes: 256 * 1024 });
 *   scope.post('/cos-callback', async (request, reply) => {
 *     return reply.type('text/plain').send(handleCallback(getCosCallback(request)));
 *   });
 * });
 * ```
 */
export const fastifyCosCallback: FastifyCosCallbackPlugin = fastifyPluginOf(decodeIncomingMessage);

export { getCosCallback } from './received';
export type {
  FastifyCosCallbackOptions,
  FastifyCosCallbackPlugin,
  FastifyInstanceLike,
  FastifyReplyLike,
  FastifyRequestLike,
} from './fastify';
export { formatCallbackError } from './format-error';
export { checkCallbackToken } from './token';
export type { DecodeOptions } from './options';
export type { CallbackResponse } from './codecs/callback';
export type { CallbackError, RequestError, Unauthorized } from './errors';
export type { RequestOptions, TokenOptions } from './token';
export type { Result } from './result';
