import { familyOf, MEDIA_EVENTS, REVIEW_EVENTS } from '../src/codecs/families';
import { ModerationCallbackCodec } from '../src/codecs/moderation/moderation-callback';
import { MediaCallbackCodec } from '../src/codecs/response';

describe('the families of callbacks', () => {
  it("list exactly the events each family's codec decodes", () => {
    expect(MediaCallbackCodec.eventNames).toEqual(MEDIA_EVENTS);
    expect(ModerationCallbackCodec.eventNames).toEqual(REVIEW_EVENTS);
  });

  it('tell the family of an event, and of no other name', () => {
    for (const event of MEDIA_EVENTS) expect(familyOf(event)).toBe('media');
    for (const event of REVIEW_EVENTS) expect(familyOf(event)).toBe('moderation');
    for (const name of ['TaskStart', 'reviewimage', '', '__proto__', 'constructor', 'toString'])
      expect(familyOf(name)).toBeUndefined();
  });
});
