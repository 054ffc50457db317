import * as fc from 'fast-check';
import { decodeCallback, encodeCallback } from '../src/index';
import { arbitraryCallback, knownTags } from '../src/testing';
import { REVIEW_EVENTS } from '../src/codecs/families';
import {
  JOB_SAMPLES_DIR,
  listFiles,
  readText,
  REVIEW_SAMPLES_DIR,
  SAMPLES_DIR,
  TENCENT_SAMPLES_DIR,
} from './helpers';
import { checkDecoders, laws } from './laws';

const samples = [SAMPLES_DIR, TENCENT_SAMPLES_DIR, REVIEW_SAMPLES_DIR, JOB_SAMPLES_DIR].flatMap((dir) =>
  listFiles(dir).map((name) => readText(dir, name)),
);

/** `npm test` runs every law at this many cases; `npm run fuzz` at 100,000 or more. */
const RUNS = 1000;

describe('laws', () => {
  for (const [name, law] of Object.entries(laws(samples))) {
    test(`${name} (${RUNS} runs)`, () => {
      fc.assert(law(), { numRuns: RUNS });
    });
  }
});

test('the decoders agree both ways on bodies at the border of the families', () => {
  for (const body of [
    '{"code":0,"data":{"trace_id":"t"},"WorkflowExecution":null}',
    '{"code":0,"WorkflowExecution":{}}',
    '<Response><code>0</code><WorkflowExecution/></Response>',
    '{"code":0,"data":{"trace_id":"t"},"WorkflowExecution":{"RunId":"r"}}',
    '{"code":null,"data":"","WorkflowExecution":{"RunId":"r"}}',
    '{"WorkflowExecution":{"RunId":"r"}}',
    '{"code":0}',
  ])
    expect(() => checkDecoders(body)).not.toThrow();
});

describe('the arbitraries cover what the laws claim to cover', () => {
  const callbacks = fc.sample(arbitraryCallback(), { numRuns: 5000, seed: 42 });
  const tags = new Set(
    callbacks.flatMap((x) => (x.EventName === 'TaskFinish' ? [x.JobsDetail.Tag as string] : [])),
  );
  const bodies = callbacks.map((x) => encodeCallback(x, 'xml'));

  test('every Tag the codecs model, and unknown Tags', () => {
    for (const tag of knownTags()) expect(tags).toContain(tag);
    expect(
      [...tags].filter((tag) => !(knownTags() as readonly string[]).includes(tag)).length,
    ).toBeGreaterThan(25);
  });

  test('every event of both families, and the Simple form', () => {
    const events = new Set(callbacks.map((x) => x.EventName));
    expect([...events].sort()).toEqual([
      ...['TaskFinish', 'WorkflowFinish', ...REVIEW_EVENTS].sort(),
      undefined,
    ]);
  });

  test('integers across the safe range, zero and negatives, and header maps, as JSON numbers and objects', () => {
    const json = callbacks
      .filter((x) => x.EventName?.startsWith('Review') !== false)
      .map((x) => encodeCallback(x, 'json'));
    const numbers = json.flatMap((body) => [...body.matchAll(/": (-?\d+)[,\n]/g)].map((m) => Number(m[1])));
    expect(numbers).toContain(0);
    expect(numbers.some((n) => n < 0)).toBe(true);
    expect(numbers.some((n) => n > 2 ** 32)).toBe(true);
    expect(numbers).toContain(Number.MAX_SAFE_INTEGER);
    expect(json.some((body) => /"CosHeaders": \{/.test(body))).toBe(true);
    expect(json.some((body) => /"cos_headers": \{/.test(body))).toBe(true);
    expect(json.join('\n')).toMatch(/"CreationTime": "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?\+08:00"/);
  });

  test('lists of one and of several, unknown nodes, escapes, text beyond the BMP, numeric-looking text', () => {
    const lists = callbacks.flatMap((x) =>
      x.EventName === 'WorkflowFinish' ? [x.WorkflowExecution.Tasks?.length ?? 0] : [],
    );
    expect(lists).toContain(1);
    expect(lists.some((n) => n > 1)).toBe(true);
    const all = bodies.join('\n');
    for (const needle of [
      '&lt;',
      '&amp;',
      ']]&gt;',
      '&#xD;',
      '<__proto__>',
      '1234567890123456789012',
      '0x1F',
    ]) {
      expect(all).toContain(needle);
    }
    expect(/[\u{10000}-\u{10FFFF}]/u.test(all)).toBe(true);
  });

  test('times at the ends of the range and at the date line of +08:00', () => {
    const times = bodies.join('\n');
    expect(times).toContain('0000-01-01T00:00:00+0800');
    expect(times).toContain('9999-12-31T23:59:59.999+0800');
    expect(times).toContain('2023-01-01T00:00:00+0800');
    expect(times).toMatch(/T\d\d:\d\d:\d\d\.\d{3}\+0800/);
  });

  test('the JSON-only arbitrary generates what XML cannot carry', () => {
    const json = fc.sample(arbitraryCallback({ format: 'json' }), { numRuns: 2000, seed: 7 });
    const refused = json.filter((x) => {
      try {
        encodeCallback(x, 'xml');
        return false;
      } catch (e) {
        return e instanceof RangeError;
      }
    });
    expect(refused.length).toBeGreaterThan(100);
    for (const x of refused.slice(0, 50))
      expect(decodeCallback(encodeCallback(x, 'json'))).toEqual({ _tag: 'Right', right: x });
  });
});
