import type { CallbackError } from './errors';

/**
 * Renders any {@link CallbackError} for a person: one line, or one line per issue for `InvalidCallback`.
 *
 * @example
 * ```ts
 * const result = decodeCallback(body);
 * if (result._tag === 'Left') res.status(400).send(formatCallbackError(result.left));
 * ```
 */
export function formatCallbackError(error: CallbackError): string {
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
      return `Unsupported event ${JSON.stringify(error.eventName)}: expected TaskFinish or WorkflowFinish.`;
    case 'InvalidCallback': {
      const lines = error.issues.map(
        (issue) =>
          `  ${issue.path === '' ? '(root)' : issue.path}: expected ${issue.expected}, got ${issue.actual}`,
      );
      const count = error.issues.length === 1 ? '1 issue' : `${error.issues.length} issues`;
      return [`Invalid callback (${count}):`, ...lines].join('\n');
    }
  }
}

function where(line: number | undefined, column: number | undefined): string {
  if (line === undefined) return '';
  return column === undefined ? ` at line ${line}` : ` at line ${line}, column ${column}`;
}
