import type * as t from 'io-ts';
import type { CallbackIssue } from '../errors';
import { childPath } from '../node-path';
import { discriminantOf, expectedOf, literalAt, shapeOf } from './shape';
import { isObjectNode } from '../plain';
import { isAbsent } from './absent';

/** What an issue's `actual` says of the value found: the value itself if short text, its kind otherwise. */
export function actualOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === '') return 'empty text';
  if (typeof value === 'string')
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}...` : JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    return value.length === 1 ? `a list of 1 (${actualOf(value[0])})` : `a list of ${value.length}`;
  }
  if (value === null) return 'null';
  if (typeof value === 'object') return isAbsent(value) ? 'an empty object' : 'an object';
  return String(value);
}

/** Tencent-style path of a context: `JobsDetail.Input.CosHeaders[1].Key`. */
function pathOf(context: t.Context): string {
  let path = '';
  for (const { key } of context.slice(1)) {
    if (key === '') continue;
    path = key.startsWith('[') ? path + key : childPath(path, key); // an item's key is already `[n]`
  }
  return path;
}

/**
 * The issue one io-ts error stands for, at the deepest path that is wrong:
 * - a union that found no member for an object names the child it dispatches on (`EventName`), not the object;
 * - a node that is not an object is named by the node it should be (`JobsDetail`, not one member's codec);
 * - a missing or wrong leaf says what it should hold (`text`, `"TaskFinish"`, a time form).
 */
function toIssue(error: t.ValidationError): CallbackIssue {
  const path = pathOf(error.context);
  const last = error.context[error.context.length - 1];
  const shape = last === undefined ? undefined : shapeOf(last.type);
  if (shape?.kind === 'dispatch' && isObjectNode(error.value) && shape.select(error.value) === undefined) {
    const members = shape.members();
    const key = discriminantOf(members);
    if (key !== undefined) {
      const values = members.map((member) => literalAt(member, key)).filter((v) => v !== undefined);
      return {
        path: childPath(path, key),
        expected: values.map((v) => JSON.stringify(v)).join(' or '),
        actual: actualOf(error.value[key]),
      };
    }
  }
  const declared = last === undefined ? 'a value' : expectedOf(last.type);
  let expected = error.message ?? declared;
  if (expected.startsWith('an object (') && declared.startsWith('an object (')) expected = declared;
  return { path, expected, actual: actualOf(error.value) };
}

/** Turns io-ts's errors into plain issues, one per path. */
export function toIssues(errors: t.Errors): CallbackIssue[] {
  const seen = new Set<string>();
  const issues: CallbackIssue[] = [];
  for (const error of errors) {
    const issue = toIssue(error);
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    issues.push(issue);
  }
  return issues;
}
