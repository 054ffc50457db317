// Confirm a callback with CI's own job API before acting on it. The signed GET is made by Tencent's official Node
// SDK, cos-nodejs-sdk-v5 (npm install cos-nodejs-sdk-v5). tests/confirm-with-cos-sdk.test.ts runs this file
// against a local server that plays CI's job API.
import COS from 'cos-nodejs-sdk-v5';
import {
  confirmCallback,
  type ConfirmError,
  type JobsDetail,
  type Result,
  type TaskFinishResponse,
} from 'cos-ci-callback';

/** Where CI's job API answers for a bucket. */
export function ciOrigin(bucketId: string, region: string): string {
  return `https://${bucketId}.ci.${region}.myqcloud.com`;
}

/** confirmCallback's fetchJob: `GET <origin>/jobs/<jobId>`, signed by the SDK, resolving to the raw answer. */
export function cosJobFetcher(cos: COS, origin: string): (jobId: string) => Promise<Uint8Array> {
  return async (jobId) => {
    // RawBody: the answer's bytes as CI sent them, not the SDK's own XML-to-object conversion. A status other
    // than 2xx rejects (CI's error Code in the message), and confirmCallback reports it as FetchFailed.
    const answer = await cos.request({ Method: 'GET', Url: `${origin}/jobs/${jobId}`, RawBody: true });
    if (!(answer.Body instanceof Uint8Array)) throw new Error('the SDK returned no body');
    return answer.Body;
  };
}

/** The job as CI reports it, or why the callback is not confirmed. Gives up after 10 s. */
export function confirmWithCos(
  callback: TaskFinishResponse,
  cos: COS,
  origin: string,
): Promise<Result<ConfirmError, JobsDetail>> {
  // The SDK cannot cancel a request; the signal makes confirmCallback stop waiting (set the SDK's Timeout too).
  return confirmCallback(callback, cosJobFetcher(cos, origin), { signal: AbortSignal.timeout(10_000) });
}

/** How a receiver would use it: the SDK with a key allowed to read CI jobs, the bucket's own origin. */
export function confirmer(bucketId: string, region: string) {
  const cos = new COS({
    SecretId: process.env.COS_SECRET_ID ?? '',
    SecretKey: process.env.COS_SECRET_KEY ?? '',
    Timeout: 10_000,
  });
  const origin = ciOrigin(bucketId, region);
  return (callback: TaskFinishResponse) => confirmWithCos(callback, cos, origin);
}
