import { clipName } from './error-size';

/**
 * How a node's place is written in errors, Tencent's node names joined the way the docs write them:
 * `JobsDetail.Input.CosHeaders[1].Key`, and `''` for the root.
 */

/**
 * The path of the child `name` of the node at `path`.
 * @internal
 */
export const childPath = (path: string, name: string): string => (path === '' ? name : `${path}.${name}`);

/**
 * How an item of a list is named in a path: `[1]`.
 * @internal
 */
export const itemKey = (index: number): string => `[${index}]`;

/**
 * The path of item `index` of the list at `path`.
 * @internal
 */
export const itemPath = (path: string, index: number): string => path + itemKey(index);

/**
 * The path of the child `name`, for a path that only goes into messages (the encoder's): each name in it cut as
 * errors cut names, so that the path stays a few kilobytes at the deepest, whatever the names.
 * @internal
 */
export const clippedChildPath = (path: string, name: string): string => childPath(path, clipName(name));

/**
 * The node at `path`, for a message: its path, or `the root`.
 * @internal
 */
export const placeOf = (path: string): string => (path === '' ? 'the root' : path);
