import { decodeCallback } from '../src/index';
import { expectRight, listFiles, readBytes, SAMPLES_DIR } from './helpers';

// Golden test: every callback in samples/ is written as CI would send it, and every one CI sends in both formats
// is written twice, in XML and in JSON; the two must decode to deep-equal values (an empty XML element and a
// missing JSON key mean the same). Moderation's Simple form is JSON only, as CI sends it.
const names = listFiles(SAMPLES_DIR, '.xml').map((name) => name.slice(0, -'.xml'.length));
const jsonOnly = listFiles(SAMPLES_DIR, '.json').filter(
  (name) => !names.includes(name.slice(0, -'.json'.length)),
);

describe('samples/', () => {
  it('pairs every XML body with a JSON body', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    expect(listFiles(SAMPLES_DIR, '.json')).toEqual(
      expect.arrayContaining(names.map((name) => `${name}.json`)),
    );
  });

  it('has a JSON body without XML twin only for the Simple form of moderation callbacks', () => {
    expect(jsonOnly.length).toBeGreaterThanOrEqual(5);
    for (const name of jsonOnly) {
      expect([name, expectRight(decodeCallback(readBytes(SAMPLES_DIR, name))).EventName]).toEqual([
        name,
        undefined,
      ]);
    }
  });

  for (const name of names)
    it(`${name}: XML and JSON decode to deep-equal values`, () => {
      const fromXml = expectRight(decodeCallback(readBytes(SAMPLES_DIR, `${name}.xml`)));
      const fromJson = expectRight(decodeCallback(readBytes(SAMPLES_DIR, `${name}.json`)));
      expect(fromJson).toEqual(fromXml);
      expect(fromJson).toStrictEqual(fromXml);
    });
});
