// A receiver in Hono (Node, Bun, Deno, Workers). Run: npx tsx examples/serve.ts hono
import { Hono } from 'hono';
import { decodeRequest, formatCallbackError } from 'cos-ci-callback/fetch';
import { handleCallback } from './handle';

export const app = new Hono();

app.post('/cos-callback', async (c) => {
  const result = await decodeRequest(c.req.raw, { maxBytes: 256 * 1024 });
  if (result._tag === 'Left') return c.text(formatCallbackError(result.left), 400);
  return c.text(handleCallback(result.right));
});
