import type { DecodeOptions } from './options';
import type { CallbackResponse } from './codecs/response';
import { decodeCallback } from './decode';
import { thrownMessage } from './error-size';
import type { CallbackError } from './errors';
import { formatCallbackError } from './format-error';
import type { IncomingMessageLike } from './node';
import { storeCosCallback } from './received';
import type { Result } from './result';

/** What {@link fastifyCosCallback} answers a refused body with: Fastify's `reply`, as far as it is used. */
export interface FastifyReplyLike {
  /** Sets the status, `400` here. */
  code(statusCode: number): FastifyReplyLike;
  /** Sets `Content-Type` (and `Connection: close` for a body over the limit). */
  header(name: string, value: string): FastifyReplyLike;
  /** Sends the formatted error. */
  send(payload: string): unknown;
}

/**
 * What {@link fastifyCosCallback} needs of a Fastify instance (Fastify 4 and 5), structurally, so that the
 * package needs no `fastify` at run time or for its types.
 */
export interface FastifyInstanceLike {
  /** Drops Fastify's own JSON and text parsers in the plugin's scope: the decoder reads every body itself. */
  removeAllContentTypeParsers(): unknown;
  /** Adds the parser for every content type, and for none (`'*'`). */
  addContentTypeParser(
    contentType: '*',
    parser: (
      request: object,
      payload: IncomingMessageLike,
      done: (error: Error | null, body?: unknown) => void,
    ) => void,
  ): unknown;
  /** Adds the hook that answers `400` for a refused body, before validation and the handler. */
  addHook(
    name: 'preValidation',
    hook: (request: { readonly body?: unknown }, reply: FastifyReplyLike, done: () => void) => void,
  ): unknown;
}

/** The options of {@link fastifyCosCallback}: those of the decoder. */
export type FastifyCosCallbackOptions = Readonly<Pick<DecodeOptions, 'format' | 'maxBytes'>>;

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

/**
 * Builds the Fastify plugin around the Node reader (given, rather than imported, so that `node.ts` can export
 * the plugin without an import cycle).
 * @internal
 */
export function fastifyPluginOf(read: Reader): FastifyCosCallbackPlugin {
  const outcomes = new WeakMap<object, Result<CallbackError, CallbackResponse>>();
  const plugin: FastifyCosCallbackPlugin = (instance, options, done) => {
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser('*', (request, payload, parsed) => {
      read(payload, options).then(
        (outcome) => {
          outcomes.set(request, outcome);
          if (outcome._tag === 'Right') storeCosCallback(request, outcome.right);
          parsed(null, outcome._tag === 'Right' ? outcome.right : undefined);
        },
        (error: unknown) => parsed(error instanceof Error ? error : new Error(thrownMessage(error))),
      );
    });
    instance.addHook('preValidation', (request, reply, next) => {
      // No outcome: Fastify called no parser because the request had no body at all.
      const outcome = outcomes.get(request) ?? decodeCallback('', options);
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
  // What fastify-plugin sets: the parser and the hook apply to the scope the plugin is registered in (the
  // callback route's), not to a child scope of their own, where no route would see them.
  Object.defineProperty(plugin, Symbol.for('skip-override'), { value: true });
  Object.defineProperty(plugin, Symbol.for('fastify.display-name'), { value: 'cos-ci-callback' });
  return plugin;
}
