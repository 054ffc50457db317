import * as t from 'io-ts';
import { isObjectNode } from '../plain';
import { isAbsent } from './absent';
import { either } from '../wording';
import { dispatch, type DispatchC } from './dispatch';
import { NAMELESS_FORMS, type NamelessForm } from './families';

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
   * Older bodies that carry no `EventName`, each read as the event its form names (`src/codecs/families.ts`):
   * the workflow body without `EventName` is a `WorkflowFinish`. Only decoded: the encoder writes the event.
   */
  readonly implied?: readonly NamelessForm[];
  /** Forms of the family's own that have no `EventName` at all, each recognised by its nodes. */
  readonly unnamed?: readonly {
    readonly form: NamelessForm;
    readonly codec: t.Mixed;
    /** How an error names it among the forms expected: `the Simple form (code, data)`. */
    readonly expected: string;
  }[];
}

/** The codec of a family of callbacks; see {@link byEvent}. */
export interface EventsC<A> extends DispatchC<A> {
  /** The `EventName`s the family decodes, in the order of its tables. */
  readonly eventNames: readonly string[];
  /**
   * The `EventName` a root sends when the family does not decode it, or, for a root that sends none, the name of
   * another family's form it has ({@link NamelessForm.event}); else `undefined`.
   */
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

/** Does a root have the nodes of a form without `EventName` (any of them, present by the one absent rule)? */
const hasForm = (root: Root, form: NamelessForm): boolean => form.has.some((node) => !isAbsent(root[node]));

/**
 * The codec of a family of callbacks, choosing by `EventName`; several tables make one family of them all (the
 * decoder of every callback), read in order. A root that sends a name a table lists is read by that name's codec;
 * a root that sends none (absent, as everywhere: missing, empty, `null`) may still be an older body (the first
 * `implied` form it has the nodes of) or an unnamed form (the first it has the nodes of); anything else fails at
 * `EventName`, and {@link EventsC.unsupported} tells a name the family does not decode, or another family's form
 * without one (a decoder's `UnsupportedEvent`), from a missing or malformed one. A root without a name is the
 * first of {@link NAMELESS_FORMS} it has, whichever family reads it, as `decodeCallback` reads it.
 * @internal
 */
export function byEvent<A>(name: string, ...tables: readonly EventTable[]): EventsC<A> {
  const events = new Map(tables.flatMap((table) => Object.entries(table.events)));
  const unnamed = tables.flatMap((table) => table.unnamed ?? []);
  // The family's own forms without EventName, in the order they are tried, each with the codec that reads it.
  const forms = new Map<NamelessForm, t.Mixed>([
    ...tables.flatMap((table) =>
      (table.implied ?? []).map(
        (form) => [form, asEvent(form.event, events.get(form.event) as t.Mixed)] as const,
      ),
    ),
    ...unnamed.map(({ form, codec }) => [form, codec] as const),
  ]);
  const select = (u: unknown): t.Mixed | undefined => {
    if (!isObjectNode(u)) return undefined;
    const event = u.EventName;
    if (typeof event === 'string' && event !== '') return events.get(event);
    if (!isAbsent(event)) return undefined;
    for (const [form, codec] of forms) if (hasForm(u, form)) return codec;
    return undefined;
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
        if (!isObjectNode(root)) return undefined;
        const event = root.EventName;
        if (typeof event === 'string' && event !== '') return events.has(event) ? undefined : event;
        if (!isAbsent(event)) return undefined;
        const form = NAMELESS_FORMS.find((nameless) => hasForm(root, nameless));
        return form === undefined || forms.has(form) ? undefined : form.event;
      },
    },
  );
}
