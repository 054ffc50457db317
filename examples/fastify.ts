// A receiver in Fastify 5. Run: npx tsx examples/serve.ts fastify
import Fastify from 'fastify';
import { fastifyCosCallback, getCosCallback } from 'cos-ci-callback/node';
import { handleCallback } from './handle';

export const app = Fastify();

// The plugin replaces the body parsers of the scope it is registered in: give the callback route a scope of
// its own, and the rest of the app keeps Fastify's parsers.
app.register(async (scope) => {
  await scope.register(fastifyCosCallback, { maxBytes: 256 * 1024 });
  scope.post('/cos-callback', async (request, reply) => {
    return reply.type('text/plain').send(handleCallback(getCosCallback(request)));
  });
});

// Any other route still gets Fastify's JSON parser.
app.post('/echo', async (request) => request.body);
