// Runs one example on http://127.0.0.1:PORT: npx tsx examples/serve.ts <quick-start|node-http|express|fastify|next|hono|worker|both-families> [port]
// Then: curl --data-binary @samples/<file> http://127.0.0.1:PORT/cos-callback
import type { AddressInfo } from 'node:net';
import { startExample, type ExampleName } from './start';

const name = (process.argv[2] ?? 'express') as ExampleName;
const port = Number(process.argv[3] ?? 3000);
const { server } = await startExample(name, port);
console.log(
  `${name} example listening on http://127.0.0.1:${(server.address() as AddressInfo).port}/cos-callback`,
);
