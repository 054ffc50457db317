import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { receive as bothFamilies } from './both-families';
import { app as expressApp } from './express';
import { app as fastifyApp } from './fastify';
import { app as honoApp } from './hono';
import { POST } from './nextjs/app/api/cos-callback/route';
import { server as nodeServer } from './node-http';
import { app as quickStartApp } from './quick-start';
import worker from './worker';

/** The examples, by name. */
export type ExampleName =
  'quick-start' | 'node-http' | 'express' | 'fastify' | 'next' | 'hono' | 'worker' | 'both-families';

/** Starts an example on 127.0.0.1 (port 0: an ephemeral one). Fetch-style handlers run on @hono/node-server. */
export async function startExample(name: ExampleName, port = 0): Promise<{ server: Server; url: string }> {
  const server = await create(name);
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return { server, url: `http://127.0.0.1:${address.port}/cos-callback` };
}

async function create(name: ExampleName): Promise<Server> {
  switch (name) {
    case 'quick-start':
      return createServer(quickStartApp);
    case 'node-http':
      return nodeServer;
    case 'express':
      return createServer(expressApp);
    case 'fastify':
      // Fastify owns its node:http server; once ready, it is listened on like the others.
      await fastifyApp.ready();
      return fastifyApp.server;
    case 'next':
      // Next.js calls the route's POST with a Request; outside Next, a node:http -> Request bridge does the same.
      return createAdaptorServer({ fetch: (request: Request) => POST(request) }) as Server;
    case 'hono':
      return createAdaptorServer({ fetch: honoApp.fetch }) as Server;
    case 'worker':
      return createAdaptorServer({ fetch: (request: Request) => worker.fetch(request) }) as Server;
    case 'both-families':
      return createAdaptorServer({ fetch: bothFamilies }) as Server;
  }
}
