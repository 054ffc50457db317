import type { CallbackResponse } from './codecs/callback';

type Received = WeakMap<object, CallbackResponse>;

/**
 * Where every copy of the package in this realm (ESM and CJS builds, duplicate installs) finds the one store. The
 * name holds the versions whose copies share it, as a caret range reads the version (`@0.1`: 0.1.x; from 1.0, the
 * major): a copy of another range may decode to another `CallbackResponse` (0.2 adds moderation callbacks), and
 * must not hand its values to this copy's `getCosCallback` under this copy's type. tests/received.test.ts ties the
 * name to package.json's version, so a version past the range fails until the name follows.
 */
const REGISTRY = Symbol.for('cos-ci-callback/received@0.1');

let received: Received | undefined;

/**
 * The callbacks the framework adapters decoded, by the object they were decoded for (Express's `res`, Fastify's
 * `request`): a WeakMap, so a value goes away with its request and no property of the request can fake one.
 * It is kept on `globalThis` under {@link REGISTRY}, created once by the first copy that needs it and not
 * replaceable after, so that an ESM middleware and a CJS `getCosCallback` see the same callbacks.
 */
function store(): Received {
  if (received !== undefined) return received;
  const existing: unknown = (globalThis as Record<symbol, unknown>)[REGISTRY];
  if (existing instanceof WeakMap) return (received = existing as Received);
  const created: Received = new WeakMap();
  try {
    Object.defineProperty(globalThis, REGISTRY, { value: created }); // read-only, not configurable
  } catch {
    // The name is taken by something else that cannot be replaced: this copy keeps a store of its own.
  }
  return (received = created);
}

/** Records the callback decoded for a request. @internal */
export function storeCosCallback(key: object, callback: CallbackResponse): void {
  store().set(key, callback);
}

/**
 * The callback {@link cosCallbackMiddleware} (Express: pass `res`) or the {@link fastifyCosCallback} plugin
 * (Fastify: pass `request`) decoded, typed. Throws an `Error` saying what to mount when neither ran for this
 * request: in a route that they guard, that is a wiring mistake, not a bad body (those get a `400` before the
 * handler runs). Works across copies of the package (an ESM app mounting the middleware, a CJS module reading it):
 * copies of one version range share one store in `globalThis[Symbol.for('cos-ci-callback/received@0.1')]` (another
 * range, which may decode to other types, keeps its own). The guarantee: what it returns was stored by a copy's
 * adapter, or by code in your process that looks that store up on purpose; nothing a request carries, and no
 * property set on `res`, `res.locals` or `request`, can put a value there.
 *
 * @example
 * ```ts
 * app.post('/cos-callback', cosCallbackMiddleware({ maxBytes: 256 * 1024 }), (_req, res) => {
 *   res.type('text/plain').send(handleCallback(getCosCallback(res)));
 * });
 * ```
 */
export function getCosCallback(requestOrResponse: object): CallbackResponse {
  const callback = store().get(requestOrResponse);
  if (callback !== undefined) return callback;
  throw new Error(
    'getCosCallback: no callback was decoded for this object. Express: mount cosCallbackMiddleware() before ' +
      'this handler on its route and pass res; Fastify: register fastifyCosCallback in the scope of this route ' +
      'and pass request.',
  );
}
