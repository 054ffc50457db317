// Receivers in Express 5 (the same lines work in Express 4). Run: npx tsx examples/serve.ts express
import express from 'express';
import {
  cosCallbackMiddleware,
  decodeIncomingMessage,
  formatCallbackError,
  getCosCallback,
} from 'cos-ci-callback/node';
import { handleCallback } from './handle';

export const app = express();

// 1. The middleware: it reads the raw body itself, then getCosCallback(res) is the decoded callback; or it
//    answers 400 with the reason. Register the callback route BEFORE a global app.use(express.json()) (below).
app.post('/cos-callback', cosCallbackMiddleware({ maxBytes: 256 * 1024 }), (_req, res) => {
  res.type('text/plain').send(handleCallback(getCosCallback(res)));
});

// 2. By hand, after express.text(): a body a parser already read as text (or express.raw()'s Buffer) works too.
app.post('/cos-callback/text', express.text({ type: '*/*', limit: '256kb' }), async (req, res) => {
  const result = await decodeIncomingMessage(req);
  if (result._tag === 'Left') {
    res.status(400).type('text/plain').send(formatCallbackError(result.left));
    return;
  }
  res.type('text/plain').send(handleCallback(result.right));
});

// 3. What not to do: express.json() turns the body into an object and the original text is gone. The decoder
//    then answers UnsupportedFormat, saying to use express.text() or express.raw() instead.
app.post('/cos-callback/json-parsed', express.json({ type: '*/*' }), cosCallbackMiddleware(), (_req, res) => {
  res.type('text/plain').send(handleCallback(getCosCallback(res)));
});

// The rest of the app: a global JSON parser, registered after the callback routes, so it never sees them.
app.use(express.json());
app.post('/api/echo', (req, res) => {
  res.json(req.body);
});
