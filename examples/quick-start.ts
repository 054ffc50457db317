// The README's receiver: Express, a secret in the URL, the error answer. Run:
//   COS_CALLBACK_SECRET=s3cret npx tsx examples/serve.ts quick-start
import express from 'express';
import { decodeIncomingMessage, formatCallbackError } from 'cos-ci-callback/node';
import { enqueue } from './queue';

// The secret is also in the URL you give CI: https://example.com/cos-callback?token=<secret>
const token = { secret: process.env.COS_CALLBACK_SECRET ?? '' };

export const app = express();

// Before any app.use(express.json()): the decoder reads the raw body itself.
app.post('/cos-callback', async (req, res) => {
  const result = await decodeIncomingMessage(req, { token, maxBytes: 256 * 1024 });
  if (result._tag === 'Left') {
    // 401: the token is missing or wrong (the body was not read); 400: not a callback CI sends.
    const status = result.left._tag === 'Unauthorized' ? 401 : 400;
    res.status(status).type('text/plain').send(formatCallbackError(result.left));
    return;
  }
  enqueue(result.right); // the typed callback: store or queue it, and do the slow work later
  res.status(204).end();
});
