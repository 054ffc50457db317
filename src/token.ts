import type { DecodeOptions } from './options';
import type { Unauthorized } from './errors';

/** A secret the callback URL must carry, for the request adapters (`{ token: { secret, param? } }`). */
export interface TokenOptions {
  /** The secret put in the `CallBack` / `NotifyConfig.Url` URL given to CI. Must not be empty. */
  readonly secret: string;
  /** The query parameter that carries it; defaults to `token`. */
  readonly param?: string;
}

/** The request adapters' options: how to read the body, and the token the URL must carry, if any. */
export interface RequestOptions extends DecodeOptions {
  /** Refuse, before reading the body, a request whose URL does not carry this secret (`Unauthorized`). */
  readonly token?: TokenOptions;
}

const encoder = new TextEncoder();

/** A lone surrogate: text that cannot travel in a URL as it is (it would arrive as U+FFFD). */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a secret or parameter name cannot be used, or `undefined` when they can. */
function unusable(secret: unknown, param: unknown): string | undefined {
  if (typeof secret !== 'string' || secret === '') {
    return 'no secret is configured (token.secret is empty), so no request is authorized';
  }
  if (LONE_SURROGATE.test(secret)) return 'the secret holds a lone surrogate, which no URL can carry';
  if (typeof param !== 'string' || param === '') return 'the token parameter name is empty';
  return undefined;
}

/**
 * Compares two texts' UTF-8 bytes in time that depends on their lengths only: every byte of `secret` is
 * compared whatever `given` holds, with no early exit.
 */
function sameText(given: string, secret: string): boolean {
  const expected = encoder.encode(secret);
  const actual = encoder.encode(given);
  const padded = new Uint8Array(expected.length);
  padded.set(actual.length > expected.length ? actual.subarray(0, expected.length) : actual);
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (padded[i] as number) ^ (expected[i] as number);
  return diff === 0;
}

/**
 * A `URL` (the platform's), described by what is read of it, so that the declarations need no DOM or Node types.
 */
export interface UrlLike {
  readonly href: string;
}

/** The query string of a URL or of a request target (`/cos-callback?token=...`), without the fragment. */
function queryOf(url: unknown): string {
  let href: unknown;
  try {
    href = typeof url === 'string' ? url : (url as UrlLike).href;
  } catch {
    return '';
  }
  if (typeof href !== 'string') return '';
  const hash = href.indexOf('#');
  const target = hash === -1 ? href : href.slice(0, hash);
  const question = target.indexOf('?');
  return question === -1 ? '' : target.slice(question + 1);
}

/** Why a URL's token does not match, or `undefined` when it does. The secret must be usable. */
function tokenProblem(url: unknown, secret: string, param: string): string | undefined {
  const values = new URLSearchParams(queryOf(url)).getAll(param);
  const name = JSON.stringify(param);
  if (values.length === 0) return `the URL has no ${name} query parameter`;
  if (values.length > 1) return `the URL has ${values.length} ${name} query parameters`;
  return sameText(values[0] as string, secret) ? undefined : `the ${name} query parameter is wrong`;
}

/**
 * Tells whether a callback's URL carries the secret you put in the callback URL you gave CI, in time that does
 * not depend on how much of it is right. CI signs nothing, so this secret is what tells CI's POSTs from
 * anyone else's. `url` may be absolute (`request.url`) or a request target (Node's `req.url`,
 * `/cos-callback?token=...`). The parameter must occur exactly once; its value is percent-decoded.
 *
 * @throws TypeError when `secret` is empty (or not a string), holds a lone surrogate, or `param` is empty: a
 *   programming error, so that a missing secret fails loudly instead of refusing (or worse, accepting) quietly.
 * @example
 * ```ts
 * import { checkCallbackToken } from 'cos-ci-callback';
 *
 * const secret = process.env.COS_CALLBACK_SECRET ?? ''; // unset: the first check throws, nothing is accepted
 * export const isFromCi = (request: Request): boolean => checkCallbackToken(request.url, secret);
 * ```
 */
export function checkCallbackToken(url: string | UrlLike, secret: string, param = 'token'): boolean {
  const problem = unusable(secret, param);
  if (problem !== undefined) throw new TypeError(`checkCallbackToken: ${problem}`);
  return tokenProblem(url, secret, param) === undefined;
}

/**
 * The request adapters' check: `undefined` when the URL carries the token, else the error to answer. Never
 * throws; an unusable secret refuses every request, saying so.
 * @internal
 */
export function authorize(url: unknown, token: TokenOptions): Unauthorized | undefined {
  let problem: string | undefined;
  try {
    const { secret, param = 'token' } = token;
    problem = unusable(secret, param) ?? tokenProblem(url, secret, param);
  } catch {
    problem = 'the token options could not be read';
  }
  return problem === undefined ? undefined : { _tag: 'Unauthorized', message: problem };
}

/**
 * Throws the `TypeError` {@link checkCallbackToken} would for unusable token options; for adapters that are set
 * up once (a middleware), so that a missing secret stops the server at start rather than at the first callback.
 * @internal
 */
export function assertUsableToken(token: TokenOptions, caller: string): void {
  const problem = unusable(token.secret, token.param ?? 'token');
  if (problem !== undefined) throw new TypeError(`${caller}: ${problem}`);
}
