import type { CallbackResponse } from './codecs/response';

/**
 * The callbacks the framework adapters decoded, by the object they were decoded for (Express's `res`,
 * Fastify's `request`). A WeakMap rather than a property: nothing else can put a value there, so what
 * {@link getCosCallback} returns is always one the decoder produced, and it goes away with the request.
 */
const received = new WeakMap<object, CallbackResponse>();

/** Records the callback decoded for a request. @internal */
export function storeCosCallback(key: object, callback: CallbackResponse): void {
  received.set(key, callback);
}

/**
 * The callback {@link cosCallbackMiddleware} (Express: pass `res`) or the {@link fastifyCosCallback} plugin
 * (Fastify: pass `request`) decoded, typed. Throws an `Error` saying what to mount when neither ran for this
 * request: in a route that they guard, that is a wiring mistake, not a bad body (those get a `400` before the
 * handler runs).
 *
 * @example
 * ```ts
 * app.post('/cos-callback', cosCallbackMiddleware({ maxBytes: 256 * 1024 }), (_req, res) => {
 *   res.type('text/plain').send(handleCallback(getCosCallback(res)));
 * });
 * ```
 */
export function getCosCallback(requestOrResponse: object): CallbackResponse {
  const callback = received.get(requestOrResponse);
  if (callback !== undefined) return callback;
  throw new Error(
    'getCosCallback: no callback was decoded for this object. Express: mount cosCallbackMiddleware() before ' +
      'this handler on its route and pass res; Fastify: register fastifyCosCallback in the scope of this route ' +
      'and pass request.',
  );
}
