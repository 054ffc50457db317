import * as t from 'io-ts';
import { isObjectNode } from '../plain';
import { isAbsent } from './absent';
import { either } from '../wording';
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
  /** Forms of the family's own that have no `EventName` at all, each recognised by its nodes. */
  readonly unnamed?: readonly {
    readonly is: (root: Root) => boolean;
    readonly codec: t.Mixed;
    /** How an error names it among the forms expected: `the Simple form (code, data)`. */
    readonly expected: string;
  }[];
}

/** The codec of a family of callbacks; see {@link byEvent}. */
export interface EventsC<A> extends DispatchC<A> {
  /** The `EventName`s the family decodes, in the order of its tables. */
  readonly eventNames: readonly string[];
  /** The `EventName` a root sends when the family does not decode it, else `undefined`. */
  readonly unsupported: (root: unknown) => string | undefined;
}

/** The codec of an older body read as if it said `EventName: event`. */
const asEvent = (event: string, codec: t.Mixed): t.Mixed =>
  new t.Type(
    `${codec.name} without EventName`,
    codec.is,
    (u, c) => codec.validate({ ...(u as object), EventName: event }, c),
    codec.encode,
  );

/**
 * The codec of a family of callbacks, choosing by `EventName`; several tables make one family of them all (the
 * decoder of every callback), read in order. A root that sends a name a table lists is read by that name's
 * codec; a root that sends none (absent, as everywhere: missing, empty, `null`) may still be an older body (the
 * first `implied` whose node it has) or an unnamed form (the first whose `is` holds); anything else fails at
 * `EventName`, and {@link EventsC.unsupported} tells a name the family does not decode (a decoder's
 * `UnsupportedEvent`) from a missing or malformed one.
 * @internal
 */
export function byEvent<A>(name: string, ...tables: readonly EventTable[]): EventsC<A> {
  const events = new Map(tables.flatMap((table) => Object.entries(table.events)));
  const implied = tables.flatMap((table) =>
    (table.implied ?? []).map(({ has, event }) => ({
      has,
      codec: asEvent(event, events.get(event) as t.Mixed),
    })),
  );
  const unnamed = tables.flatMap((table) => table.unnamed ?? []);
  const select = (u: unknown): t.Mixed | undefined => {
    if (!isObjectNode(u)) return undefined;
    const event = u.EventName;
    if (typeof event === 'string' && event !== '') return events.get(event);
    if (!isAbsent(event)) return undefined;
    for (const form of implied) if (u[form.has] !== undefined) return form.codec;
    return unnamed.find((form) => form.is(u))?.codec;
  };
  const eventNames = [...events.keys()];
  const expected = [
    `an object with EventName ${either(eventNames)}`,
    ...unnamed.map((form) => form.expected),
  ];
  const members = [...events.values(), ...unnamed.map((form) => form.codec)];
  return Object.assign(
    dispatch<A>(name, select, expected.join(', or '), () => members),
    {
      eventNames,
      unsupported: (root: unknown): string | undefined => {
        const event = eventNameOf(root);
        return typeof event === 'string' && event !== '' && !events.has(event) ? event : undefined;
      },
    },
  );
}
