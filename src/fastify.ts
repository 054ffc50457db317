import { assertUsableMaxBytes, type DecodeOptions } from './options';
import type { CallbackResponse } from './codecs/callback';
import { decodeCallback } from './decode';
import { thrownMessage } from './error-size';
import type { CallbackError } from './errors';
import { formatCallbackError } from './format-error';
import type { IncomingMessageLike } from './node';
import { storeCosCallback } from './received';
import type { Result } from './result';
import { assertUsableToken, authorize, type RequestOptions } from './token';

/** What {@link fastifyCosCallback} reads of Fastify's `request`. */
export interface FastifyRequestLike {
  /** The HTTP method: only `POST`, `PUT` and `PATCH` requests are checked and decoded. */
  readonly method?: string;
  /** The request target, such as `/cos-callback?token=...`: where a `token` is looked for. */
  readonly url?: string;
  /** The decoded callback, once the plugin's parser ran. */
  readonly body?: unknown;
}

/** What {@link fastifyCosCallback} answers a refused request with: Fastify's `reply`, as far as it is used. */
export interface FastifyReplyLike {
  /** Sets the status: `401` for a missing or wrong token, `400` for a refused body. */
  code(statusCode: number): FastifyReplyLike;
  /** Sets `Content-Type` (and `Connection: close` when the body is left unread). */
  header(name: string, value: string): FastifyReplyLike;
  /** Sends the formatted error. */
  send(payload: string): unknown;
}

/**
 * What {@link fastifyCosCallback} needs of a Fastify instance (tested with Fastify 5), structurally, so that the
 * package needs no `fastify` at run time or for its types.
 */
export interface FastifyInstanceLike {
  /** Drops Fastify's own JSON and text parsers in the plugin's scope: the decoder reads every body itself. */
  removeAllContentTypeParsers(): unknown;
  /** Adds the parser for every content type, and for none (`'*'`). */
  addContentTypeParser(
    contentType: '*',
    parser: (
      request: FastifyRequestLike,
      payload: IncomingMessageLike,
      done: (error: Error | null, body?: unknown) => void,
    ) => void,
  ): unknown;
  /**
   * Adds the hooks: `onRequest` answers `401` for a missing or wrong token before any body is read;
   * `preValidation` answers `400` for a refused body, before validation and the handler.
   */
  addHook(
    name: 'onRequest' | 'preValidation',
    hook: (request: FastifyRequestLike, reply: FastifyReplyLike, done: () => void) => void,
  ): unknown;
}

/** The options of {@link fastifyCosCallback}: those of the decoder, and the token the URL must carry, if any. */
export type FastifyCosCallbackOptions = Readonly<Pick<RequestOptions, 'format' | 'maxBytes' | 'token'>>;

/** The plugin function {@link fastifyCosCallback} is. */
export type FastifyCosCallbackPlugin = (
  instance: FastifyInstanceLike,
  options: FastifyCosCallbackOptions,
  done: (error?: Error) => void,
) => void;

type Reader = (
  req: IncomingMessageLike,
  options?: DecodeOptions,
) => Promise<Result<CallbackError, CallbackResponse>>;

/** The methods that carry a callback: the plugin leaves requests with any other method (a `GET`) alone. */
const WITH_BODY: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);
const carriesBody = (request: FastifyRequestLike): boolean => WITH_BODY.has(request.method ?? '');

/**
 * Builds the Fastify plugin around the Node reader (given, rather than imported, so that `node.ts` can export
 * the plugin without an import cycle).
 * @internal
 */
export function fastifyPluginOf(read: Reader): FastifyCosCallbackPlugin {
  const outcomes = new WeakMap<object, Result<CallbackError, CallbackResponse>>();
  const plugin: FastifyCosCallbackPlugin = (instance, options, done) => {
    const { token, ...decodeOptions } = options;
    try {
      assertUsableMaxBytes(decodeOptions, 'fastifyCosCallback');
      if (token !== undefined) assertUsableToken(token, 'fastifyCosCallback');
    } catch (error) {
      done(error as TypeError);
      return;
    }
    if (token !== undefined) {
      instance.addHook('onRequest', (request, reply, next) => {
        const refused = carriesBody(request) ? authorize(request.url, token) : undefined;
        if (refused === undefined) {
          next();
          return;
        }
        reply
          .code(401)
          .header('content-type', 'text/plain; charset=utf-8')
          .header('connection', 'close') // the body is never read: not worth keeping the connection for
          .send(formatCallbackError(refused));
      });
    }
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser('*', (request, payload, parsed) => {
      // Another method's body (a DELETE's) is left unread: request.body stays undefined.
      if (!carriesBody(request)) {
        parsed(null);
        return;
      }
      read(payload, decodeOptions).then(
        (outcome) => {
          outcomes.set(request, outcome);
          if (outcome._tag === 'Right') storeCosCallback(request, outcome.right);
          parsed(null, outcome._tag === 'Right' ? outcome.right : undefined);
        },
        (error: unknown) => parsed(error instanceof Error ? error : new Error(thrownMessage(error))),
      );
    });
    instance.addHook('preValidation', (request, reply, next) => {
      if (!carriesBody(request)) {
        next();
        return;
      }
      // No outcome: Fastify called no parser because the request had no body at all.
      const outcome = outcomes.get(request) ?? decodeCallback('', decodeOptions);
      if (outcome._tag === 'Right') {
        next();
        return;
      }
      reply.code(400).header('content-type', 'text/plain; charset=utf-8');
      if (outcome.left._tag === 'TooLarge') reply.header('connection', 'close');
      reply.send(formatCallbackError(outcome.left));
    });
    done();
  };
  // What fastify-plugin sets: the parser and the hooks apply to the scope the plugin is registered in (the
  // callback route's), not to a child scope of their own, where no route would see them.
  Object.defineProperty(plugin, Symbol.for('skip-override'), { value: true });
  Object.defineProperty(plugin, Symbol.for('fastify.display-name'), { value: 'cos-ci-callback' });
  return plugin;
}
