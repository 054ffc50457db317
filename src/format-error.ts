import type { CallbackFamily, ConfirmError, RequestError, UnsupportedEvent } from './errors';
import { either } from './wording';

/**
 * Renders any error of this library for a person: a `CallbackError`, and the request adapters' and
 * `confirmCallback`'s own errors. One line, or one line per issue for `InvalidCallback`, ending with
 * `... and N more` when issues were omitted.
 *
 * @example
 * ```ts
 * const result = decodeCallback(body);
 * if (result._tag === 'Left') res.status(400).send(formatCallbackError(result.left));
 * ```
 */
export function formatCallbackError(error: RequestError | ConfirmError): string {
  switch (error._tag) {
    case 'TooLarge': {
      const size = error.sizeIsLowerBound === true ? `more than ${error.limit}` : String(error.size);
      return `Body too large: ${size} bytes, the limit is ${error.limit}.`;
    }
    case 'InvalidEncoding':
      return `Invalid encoding: ${error.message}`;
    case 'UnsupportedFormat':
      return `Unsupported format: ${error.message}`;
    case 'MalformedXml':
      return `Malformed XML${where(error.line, error.column)}: ${error.message}`;
    case 'MalformedJson':
      return `Malformed JSON${error.position === undefined ? '' : ` at position ${error.position}`}: ${error.message}`;
    case 'UnsupportedEvent':
      return unsupportedEvent(error);
    case 'InvalidCallback': {
      const total = error.issues.length + error.omitted;
      const lines = [`Invalid callback (${total === 1 ? '1 issue' : `${total} issues`}):`];
      for (const issue of error.issues) {
        lines.push(
          `  ${issue.path === '' ? '(root)' : issue.path}: expected ${issue.expected}, got ${issue.actual}`,
        );
      }
      if (error.omitted > 0) lines.push(`  ... and ${error.omitted} more`);
      return lines.join('\n');
    }
    case 'Unauthorized':
      return `Unauthorized: ${error.message}`;
    case 'JobNotFound':
      return `Job not found: CI does not report job ${JSON.stringify(error.jobId)}.`;
    case 'JobMismatch':
      return `Job mismatch: job ${JSON.stringify(error.jobId)} as CI reports it differs from the callback in ${error.fields.join(', ')}.`;
    case 'FetchFailed':
      return `Fetching the job failed: ${error.message}`;
  }
}

/** The decoders that read each family's callbacks. */
const DECODERS: Readonly<Record<CallbackFamily, string>> = {
  media: 'decodeMediaCallback or decodeCallback',
  moderation: 'decodeModerationCallback or decodeCallback',
};

const FAMILY_NAMES: Readonly<Record<CallbackFamily, string>> = {
  media: 'a job or workflow callback',
  moderation: 'a content moderation callback',
};

function unsupportedEvent(error: UnsupportedEvent): string {
  const name = JSON.stringify(error.eventName);
  if (error.family === undefined) return `Unsupported event ${name}: expected ${either(error.expected)}.`;
  const [what, it] =
    error.eventName === ''
      ? [
          'Unsupported callback without EventName',
          `the body is the Simple form of ${FAMILY_NAMES[error.family]}`,
        ]
      : [`Unsupported event ${name}`, `${name} is ${FAMILY_NAMES[error.family]}`];
  return `${what}: this decoder reads ${either(error.expected)}; ${it}: decode it with ${DECODERS[error.family]}.`;
}

function where(line: number | undefined, column: number | undefined): string {
  if (line === undefined) return '';
  return column === undefined ? ` at line ${line}` : ` at line ${line}, column ${column}`;
}
