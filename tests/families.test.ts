import { expectTypeOf } from 'expect-type';
import type { CallbackResponse } from '../src/index';
import {
  familyOf,
  familyOfCallback,
  MEDIA_EVENTS,
  NAMELESS_FORMS,
  OLDER_WORKFLOW_BODY,
  REVIEW_EVENTS,
  SIMPLE_FORM,
} from '../src/codecs/families';
import { MODERATION_TABLE, ModerationCallbackCodec } from '../src/codecs/moderation/moderation-callback';
import { MEDIA_TABLE, MediaCallbackCodec } from '../src/codecs/response';

describe('the families of callbacks', () => {
  it("list exactly the events each family's codec decodes", () => {
    expect(MediaCallbackCodec.eventNames).toEqual(MEDIA_EVENTS);
    expect(ModerationCallbackCodec.eventNames).toEqual(REVIEW_EVENTS);
  });

  it('tell the family of an event, and of no other name', () => {
    for (const event of MEDIA_EVENTS) expect(familyOf(event)).toBe('media');
    for (const event of REVIEW_EVENTS) expect(familyOf(event)).toBe('moderation');
    for (const name of ['TaskStart', 'reviewimage', ' ', '__proto__', 'constructor', 'toString'])
      expect(familyOf(name)).toBeUndefined();
    // '' is how an error names a body that sends no EventName and implies none: the Simple form.
    expect(familyOf(SIMPLE_FORM.event)).toBe('moderation');
    expect(familyOf(OLDER_WORKFLOW_BODY.event)).toBe('media');
  });

  it('tell the family of a decoded callback from its EventName: the one rule the CLI and the laws use', () => {
    for (const EventName of MEDIA_EVENTS) expect(familyOfCallback({ EventName })).toBe('media');
    for (const EventName of REVIEW_EVENTS) expect(familyOfCallback({ EventName })).toBe('moderation');
    expect(familyOfCallback({})).toBe('moderation'); // the Simple form
    expectTypeOf(familyOfCallback).toBeCallableWith({} as CallbackResponse);
  });

  it("list the forms without EventName as the tables hold them, in decodeCallback's order", () => {
    // byEvent tries every table's older bodies, then every table's unnamed forms; decodeCallback's tables are
    // media's, then moderation's.
    const tables = [MEDIA_TABLE, MODERATION_TABLE];
    expect(NAMELESS_FORMS).toEqual([
      ...tables.flatMap((table) => table.implied ?? []),
      ...tables.flatMap((table) => (table.unnamed ?? []).map(({ form }) => form)),
    ]);
  });
});
