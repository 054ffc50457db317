// A Worker-style fetch handler (Cloudflare Workers, Deno.serve, Bun.serve). Run: npx tsx examples/serve.ts worker
import { decodeRequest, formatCallbackError } from 'cos-ci-callback/fetch';
import { handleCallback } from './handle';

export default {
  async fetch(request: Request): Promise<Response> {
    if (request.method !== 'POST') return new Response('POST a callback here', { status: 405 });
    const result = await decodeRequest(request, { maxBytes: 256 * 1024 });
    if (result._tag === 'Left') {
      return new Response(formatCallbackError(result.left), { status: 400 });
    }
    return new Response(handleCallback(result.right));
  },
};
