import { decodeCallback } from '../src/index';
import { expectRight, listFiles, readBytes, SAMPLES_DIR } from './helpers';

// Golden test: every callback in samples/ is written twice, as CI would send it in XML and in JSON, and the
// two must decode to deep-equal values (an empty XML element and a missing JSON key mean the same).
const names = listFiles(SAMPLES_DIR, '.xml').map((name) => name.slice(0, -'.xml'.length));

describe('samples/', () => {
  it('pairs every XML body with a JSON body', () => {
    expect(names.length).toBeGreaterThanOrEqual(18);
    expect(listFiles(SAMPLES_DIR, '.json')).toEqual(names.map((name) => `${name}.json`).sort());
  });

  for (const name of names)
    it(`${name}: XML and JSON decode to deep-equal values`, () => {
      const fromXml = expectRight(decodeCallback(readBytes(SAMPLES_DIR, `${name}.xml`)));
      const fromJson = expectRight(decodeCallback(readBytes(SAMPLES_DIR, `${name}.json`)));
      expect(fromJson).toEqual(fromXml);
      expect(fromJson).toStrictEqual(fromXml);
    });
});
