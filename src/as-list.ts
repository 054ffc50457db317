/**
 * A node as a list: the node itself if it is a list, a list of one if it is one node, and an empty list if it is
 * absent. Every node this version models that can repeat is already always a list. A node it does not model (in
 * a Tag it does not know, a scene or node Tencent added) is kept as it came, and XML repeats an element without a
 * wrapper: such a node is a list only when it repeats, and the node itself when it occurs once. `asList` reads
 * both alike.
 *
 * @example
 * ```ts
 * import { asList, type UnknownJob, type UnknownNode } from 'cos-ci-callback';
 *
 * // A job of a Tag this version does not model keeps its Operation as it came: a node in it that repeats, such
 * // as <Output>, is that node when sent once and a list when sent more often; asList gives a list either way.
 * const outputsOf = (job: UnknownJob): readonly UnknownNode[] => asList(job.Operation?.Output);
 * ```
 */
export function asList<T>(node: T | readonly T[] | undefined): readonly T[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? (node as readonly T[]) : [node as T];
}
