// A receiver on plain node:http. Run: npx tsx examples/serve.ts node-http
import { createServer } from 'node:http';
import { decodeIncomingMessage, formatCallbackError } from 'cos-ci-callback/node';
import { handleCallback } from './handle';

export const server = createServer(async (req, res) => {
  const result = await decodeIncomingMessage(req, { maxBytes: 256 * 1024 });
  if (result._tag === 'Left') {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end(formatCallbackError(result.left));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(handleCallback(result.right));
});
