import * as t from 'io-ts';
import { isObjectNode } from '../plain';
import { isAbsent } from './absent';
import { dispatch, type DispatchC } from './dispatch';

/**
 * The one place that reads a callback's `EventName` and decides what follows from it: which codec reads the
 * body, which bodies without one are still callbacks, and which names a decoder does not decode. Each family of
 * callbacks is a table ({@link EventTable}) in its own module, importing only its own codecs, so that a decoder
 * built on one family bundles that family alone.
 */

type Root = Readonly<Record<string, unknown>>;

/**
 * The `EventName` node a root holds, as sent (`undefined` when the root is not an object).
 * @internal
 */
export const eventNameOf = (root: unknown): unknown => (isObjectNode(root) ? root.EventName : undefined);

/** A family of callbacks, as {@link byEvent} reads it. */
export interface EventTable {
  /** The codec of each `EventName` the family decodes. */
  readonly events: Readonly<Record<string, t.Mixed>>;
  /**
   * Older bodies that carry no `EventName`, each read as the event it implies when the root has the node `has`:
   * the workflow body without `EventName` is a `WorkflowFinish`. Only decoded: the encoder writes the event.
   */
  readonly implied?: readonly { readonly has: string; readonly event: string }[];
  /** A form of the family's own that has no `EventName` at all, recognised by its nodes. */
  readonly unnamed?: {
    readonly is: (root: Root) => boolean;
    readonly codec: t.Mixed;
    /** How an error names it among the forms expected: `the Simple form (code, data)`. */
    readonly expected: string;
  };
}

/** The codec of a family of callbacks; see {@link byEvent}. */
export interface EventsC<A> extends DispatchC<A> {
  /** The `EventName` a root sends when the family does not decode it, else `undefined`. */
  readonly unsupported: (root: unknown) => string | undefined;
}

/** `a, b or c`. */
const either = (names: readonly string[]): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;

/** The codec of an older body read as if it said `EventName: event`. */
const asEvent = (event: string, codec: t.Mixed): t.Mixed =>
  new t.Type(
    `${codec.name} without EventName`,
    codec.is,
    (u, c) => codec.validate({ ...(u as object), EventName: event }, c),
    codec.encode,
  );

/**
 * The codec of a family of callbacks, choosing by `EventName`. A root that sends a name the table lists is read
 * by that name's codec; a root that sends none (absent, as everywhere: missing, empty, `null`) may still be an
 * older body or the family's unnamed form; anything else fails at `EventName`, and {@link EventsC.unsupported}
 * tells a name the family does not decode (a decoder's `UnsupportedEvent`) from a missing or malformed one.
 * @internal
 */
export function byEvent<A>(name: string, table: EventTable): EventsC<A> {
  const events = new Map(Object.entries(table.events));
  const implied = (table.implied ?? []).map(({ has, event }) => ({
    has,
    codec: asEvent(event, events.get(event) as t.Mixed),
  }));
  const { unnamed } = table;
  const select = (u: unknown): t.Mixed | undefined => {
    if (!isObjectNode(u)) return undefined;
    const event = u.EventName;
    if (typeof event === 'string' && event !== '') return events.get(event);
    if (!isAbsent(event)) return undefined;
    for (const form of implied) if (u[form.has] !== undefined) return form.codec;
    return unnamed?.is(u) === true ? unnamed.codec : undefined;
  };
  const expected =
    `an object with EventName ${either([...events.keys()])}` +
    (unnamed === undefined ? '' : `, or ${unnamed.expected}`);
  const members = [...events.values(), ...(unnamed === undefined ? [] : [unnamed.codec])];
  return Object.assign(
    dispatch<A>(name, select, expected, () => members),
    {
      unsupported: (root: unknown): string | undefined => {
        const event = eventNameOf(root);
        return typeof event === 'string' && event !== '' && !events.has(event) ? event : undefined;
      },
    },
  );
}
