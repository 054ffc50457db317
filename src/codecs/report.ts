import type * as t from 'io-ts';
import type { CallbackIssue } from '../errors';

/** A short description of a value for an error message: the value itself if short text, its kind otherwise. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === '') return 'empty text';
  if (typeof value === 'string')
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}...` : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Tencent-style path of a context: `JobsDetail.Input.CosHeaders[1].Key`. */
function pathOf(context: t.Context): string {
  let path = '';
  for (const { key } of context.slice(1)) {
    if (key === '') continue;
    path += key.startsWith('[') || path === '' ? key : `.${key}`;
  }
  return path;
}

/** Turns io-ts's errors into plain issues, one per path. */
export function toIssues(errors: t.Errors): CallbackIssue[] {
  const seen = new Set<string>();
  const issues: CallbackIssue[] = [];
  for (const error of errors) {
    const path = pathOf(error.context);
    if (seen.has(path)) continue;
    seen.add(path);
    const last = error.context[error.context.length - 1];
    issues.push({
      path,
      expected: error.message ?? last?.type.name ?? 'a value',
      actual: describe(error.value),
    });
  }
  return issues;
}
