import type { CallbackResponse } from 'cos-ci-callback';

/** Stands for your queue or database: the callbacks handed over, oldest first. */
export const queued: CallbackResponse[] = [];

/** Hands a decoded callback to the work done after the answer; here, kept in memory. */
export function enqueue(callback: CallbackResponse): void {
  queued.push(callback);
}
