import fc from 'fast-check';
import { checkCallbackToken } from '../src/index';

const SECRET = 'N3cr3t-Ünïcödé 秘密/+&=?#%';

/** The callback URL a user would give CI: the secret set through URLSearchParams, so it is percent-encoded. */
function callbackUrl(token: string, param = 'token', base = 'https://example.com/cos-callback'): URL {
  const url = new URL(base);
  url.searchParams.set(param, token);
  return url;
}

describe('checkCallbackToken', () => {
  it('accepts the secret in an absolute URL, a URL object and a request target (Node req.url)', () => {
    const url = callbackUrl(SECRET);
    expect(checkCallbackToken(url, SECRET)).toBe(true);
    expect(checkCallbackToken(url.href, SECRET)).toBe(true);
    expect(checkCallbackToken(`${url.pathname}${url.search}`, SECRET)).toBe(true);
    expect(checkCallbackToken(`/cos-callback?a=1&token=${encodeURIComponent(SECRET)}&b=2`, SECRET)).toBe(
      true,
    );
  });

  it('reads the value percent-decoded, + as a space, as a form would send it', () => {
    expect(checkCallbackToken('/cb?token=a+b%20c', 'a b c')).toBe(true);
    expect(checkCallbackToken('/cb?token=%E7%A7%98', '秘')).toBe(true);
    expect(checkCallbackToken('/cb?token=a+b', 'a+b')).toBe(false);
  });

  it('uses another parameter when told', () => {
    expect(checkCallbackToken(callbackUrl(SECRET, 'sig'), SECRET, 'sig')).toBe(true);
    expect(checkCallbackToken(callbackUrl(SECRET, 'sig'), SECRET)).toBe(false);
  });

  it.each([
    ['a wrong secret', '/cb?token=N3cr3t'],
    ['a longer secret that starts with the right one', `/cb?token=${encodeURIComponent(`${SECRET}x`)}`],
    ['an empty value', '/cb?token='],
    ['no value', '/cb?token'],
    ['no parameter', '/cb?other=1'],
    ['no query at all', '/cb'],
    ['the secret in the fragment only', `/cb#token=${encodeURIComponent(SECRET)}`],
    ['the secret in the path', `/cb/token=${encodeURIComponent(SECRET)}`],
    ['the parameter twice, once right', `/cb?token=${encodeURIComponent(SECRET)}&token=x`],
    [
      'the parameter twice, both right',
      `/cb?token=${encodeURIComponent(SECRET)}&token=${encodeURIComponent(SECRET)}`,
    ],
    ['another case of the parameter name', `/cb?Token=${encodeURIComponent(SECRET)}`],
    ['a malformed URL', 'http://[::1'],
    ['an empty URL', ''],
  ])('refuses %s', (_what, url) => {
    expect(checkCallbackToken(url, SECRET)).toBe(false);
  });

  it('throws a TypeError, never answers true, for an empty or unusable secret or parameter name', () => {
    expect(() => checkCallbackToken('/cb?token=', '')).toThrow(
      new TypeError(
        'checkCallbackToken: no secret is configured (token.secret is empty), so no request is authorized',
      ),
    );
    expect(() => checkCallbackToken('/cb?token=undefined', undefined as unknown as string)).toThrow(
      TypeError,
    );
    expect(() => checkCallbackToken('/cb?token=%EF%BF%BD', '\uD800')).toThrow(
      'checkCallbackToken: the secret holds a lone surrogate, which no URL can carry',
    );
    expect(() => checkCallbackToken(`/cb?=${SECRET}`, SECRET, '')).toThrow(
      'checkCallbackToken: the token parameter name is empty',
    );
  });

  it('agrees with plain equality of the decoded parameter and the secret, for any Unicode text', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(
        text,
        text.filter((s) => s !== ''),
        (token, secret) => {
          expect(checkCallbackToken(callbackUrl(token), secret)).toBe(token === secret);
          expect(checkCallbackToken(callbackUrl(secret), secret)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('agrees with plain equality for tokens that differ from the secret in one character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (secret, at, char) => {
          const chars = [...secret];
          chars[at % chars.length] = char;
          const token = chars.join('');
          expect(checkCallbackToken(callbackUrl(token), secret)).toBe(token === secret);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
