// A Next.js App Router route handler: app/api/cos-callback/route.ts
import { decodeRequest, formatCallbackError } from 'cos-ci-callback/fetch';
import { handleCallback } from '../../../../handle';

export async function POST(request: Request): Promise<Response> {
  const result = await decodeRequest(request, { maxBytes: 256 * 1024 });
  if (result._tag === 'Left') {
    return new Response(formatCallbackError(result.left), { status: 400 });
  }
  return new Response(handleCallback(result.right));
}
