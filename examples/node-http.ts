// A receiver on plain node:http. Run: npx tsx examples/serve.ts node-http
import { createServer } from 'node:http';
import { decodeIncomingMessage, formatCallbackError } from 'cos-ci-callback/node';
import { handleCallback } from './handle';

// The decoder bounds a body's size, not its pace: a client trickling bytes is cut off only by these timeouts
// (the whole request within 10 s, its headers within 5 s, checked every second instead of every 30 s).
const timeouts = { requestTimeout: 10_000, headersTimeout: 5_000, connectionsCheckingInterval: 1_000 };

export const server = createServer(timeouts, async (req, res) => {
  const result = await decodeIncomingMessage(req, { maxBytes: 256 * 1024 });
  if (result._tag === 'Left') {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end(formatCallbackError(result.left));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(handleCallback(result.right));
});
