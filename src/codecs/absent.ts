/**
 * The one rule for "nothing here", shared by every codec so that both formats agree: an empty XML element
 * (`<Message/>`) and a missing JSON key mean the same, and so do `null`, an empty object and an empty list.
 * @internal
 */
export function isAbsent(u: unknown): boolean {
  if (u === undefined || u === null || u === '') return true;
  if (typeof u !== 'object' || u instanceof Date) return false;
  if (Array.isArray(u)) return u.length === 0;
  for (const key in u) if (Object.prototype.hasOwnProperty.call(u, key)) return false;
  return true;
}
