import { existsSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { decodeCallback, decodeJobsResponse, decodeModerationCallback } from '../src/index';
import {
  expectRight,
  JOBS_API_SAMPLES_DIR,
  JOB_SAMPLES_DIR,
  listFiles,
  missingLeaves,
  rawLeaves,
  readText,
  REVIEW_SAMPLES_DIR,
  SAMPLES_DIR,
  TENCENT_SAMPLES_DIR,
  valuesAt,
} from './helpers';

// Every leaf of every body must be found at its path in the decoded value. The raw body is parsed here on its
// own, with a plain parser that guesses nothing, so the check does not trust the library's adapters.
const xml = new XMLParser({ parseTagValue: false, ignoreAttributes: true, htmlEntities: true });

/** The raw root node of a body: the JSON object, or what `<Response>` holds. */
function rawRoot(name: string, text: string): unknown {
  if (name.endsWith('.json')) return JSON.parse(text);
  return (xml.parse(text) as { Response?: unknown }).Response;
}

const tencent = listFiles(TENCENT_SAMPLES_DIR).filter((name) => /\.(xml|json)$/.test(name));
const jobs = listFiles(JOB_SAMPLES_DIR).filter((name) => name.endsWith('.xml'));
const own = listFiles(SAMPLES_DIR).filter((name) => /\.(xml|json)$/.test(name));

describe("Tencent's documented bodies (../shared/tencent-samples)", () => {
  it('are present when CI runs, and are real bodies when present', () => {
    if (process.env.CI === 'true' && !existsSync(TENCENT_SAMPLES_DIR)) {
      throw new Error(
        `CI is set and ${TENCENT_SAMPLES_DIR} is missing: Tencent's bodies are read from ../shared`,
      );
    }
    if (existsSync(TENCENT_SAMPLES_DIR)) expect(tencent.length).toBeGreaterThanOrEqual(10);
    // Absent outside CI: no per-file test is generated (tests/global-setup.ts says so once), and the folder is
    // still looked for beside the repo.
    else expect(TENCENT_SAMPLES_DIR.replace(/\\/g, '/')).toMatch(/\/shared\/tencent-samples$/);
  });

  for (const name of tencent)
    it(`${name} decodes with every leaf kept`, () => {
      const text = readText(TENCENT_SAMPLES_DIR, name);
      const decoded = expectRight(decodeCallback(text));
      const raw = rawRoot(name, text);
      expect(rawLeaves(raw).length).toBeGreaterThan(5);
      expect(missingLeaves(raw, decoded)).toEqual([]);
    });

  for (const name of tencent.filter((file) => !file.startsWith('Workflow')))
    it(`${name} decodes as its Tag`, () => {
      const decoded = expectRight(decodeCallback(readText(TENCENT_SAMPLES_DIR, name)));
      if (decoded.EventName !== 'TaskFinish') throw new Error('expected TaskFinish');
      expect(decoded.JobsDetail.Tag).toBe(name.split('-')[0]);
    });
});

const jobsApi = listFiles(JOBS_API_SAMPLES_DIR).filter((name) => /\.(xml|json)$/.test(name));

/**
 * Leaves a job API answer sends twice in one node with the same text, which decode to that text once (a text
 * leaf holds one value). Each is checked below to be a repeat in the raw body, so this list cannot hide a drop.
 */
const REPEATED_LEAVES: Readonly<Record<string, readonly string[]>> = {
  'SpeechRecognition-submit-3b4a4a8a.xml': ['JobsDetail.Operation.JobLevel = "0"'],
};

describe("the job API's documented answers (../shared/jobs-api-samples)", () => {
  it('are present when CI runs, and are real bodies when present', () => {
    if (process.env.CI === 'true') expect(existsSync(JOBS_API_SAMPLES_DIR)).toBe(true);
    if (existsSync(JOBS_API_SAMPLES_DIR)) expect(jobsApi.length).toBeGreaterThanOrEqual(12);
    else expect(JOBS_API_SAMPLES_DIR.replace(/\\/g, '/')).toMatch(/\/shared\/jobs-api-samples$/);
  });

  for (const name of jobsApi)
    it(`${name} decodes with decodeJobsResponse, every leaf kept`, () => {
      const text = readText(JOBS_API_SAMPLES_DIR, name);
      const decoded = expectRight(decodeJobsResponse(text));
      const raw = rawRoot(name, text);
      expect(rawLeaves(raw).length).toBeGreaterThan(5);
      const repeated = REPEATED_LEAVES[name] ?? [];
      expect(missingLeaves(raw, decoded)).toEqual(repeated);
      for (const leaf of repeated) {
        const [path = '', value] = leaf.split(' = ');
        const keys = path.split('.');
        const copies = rawLeaves(raw).filter(
          (l) => l.path.join('.') === path && JSON.stringify(l.value) === value,
        );
        expect(copies.length).toBeGreaterThan(1);
        expect(valuesAt(decoded, keys).map((v) => JSON.stringify(v))).toEqual([value]);
      }
    });

  for (const name of jobsApi)
    it(`${name} gives every job a Tag named by the file`, () => {
      const decoded = expectRight(decodeJobsResponse(readText(JOBS_API_SAMPLES_DIR, name)));
      const tags = (name.split('-')[0] ?? '').split('+');
      expect(decoded.JobsDetail.length).toBeGreaterThan(0);
      for (const job of decoded.JobsDetail) expect(tags).toContain(String(job.Tag));
    });
});

describe("Tencent's documented file and document jobs (../shared/job-samples)", () => {
  it('are present when CI runs', () => {
    if (process.env.CI === 'true') expect(existsSync(JOB_SAMPLES_DIR)).toBe(true);
    if (existsSync(JOB_SAMPLES_DIR)) expect(jobs.length).toBeGreaterThanOrEqual(4);
    else expect(JOB_SAMPLES_DIR.replace(/\\/g, '/')).toMatch(/\/shared\/job-samples$/);
  });

  for (const name of jobs)
    it(`${name} decodes as its Tag with every leaf kept`, () => {
      const text = readText(JOB_SAMPLES_DIR, name);
      const decoded = expectRight(decodeCallback(text));
      if (decoded.EventName !== 'TaskFinish') throw new Error('expected TaskFinish');
      expect(decoded.JobsDetail.Tag).toBe(name.split('-')[0]);
      const raw = rawRoot(name, text);
      expect(rawLeaves(raw).length).toBeGreaterThan(5);
      expect(missingLeaves(raw, decoded)).toEqual([]);
    });
});

const reviews = listFiles(REVIEW_SAMPLES_DIR).filter((name) => /\.(xml|json)$/.test(name));

describe("Tencent's documented moderation callbacks (../shared/review-samples)", () => {
  it('are present when CI runs, and are real bodies of both forms when present', () => {
    if (process.env.CI === 'true' && !existsSync(REVIEW_SAMPLES_DIR)) {
      throw new Error(
        `CI is set and ${REVIEW_SAMPLES_DIR} is missing: Tencent's moderation bodies are read from ../shared`,
      );
    }
    if (existsSync(REVIEW_SAMPLES_DIR)) {
      expect(reviews.length).toBeGreaterThanOrEqual(10);
      expect(reviews.some((name) => name.includes('-simple-'))).toBe(true);
      expect(reviews.some((name) => name.includes('-detail-'))).toBe(true);
    } else expect(REVIEW_SAMPLES_DIR.replace(/\\/g, '/')).toMatch(/\/shared\/review-samples$/);
  });

  for (const name of reviews)
    it(`${name} decodes with decodeCallback and decodeModerationCallback, every leaf kept`, () => {
      const text = readText(REVIEW_SAMPLES_DIR, name);
      const raw = rawRoot(name, text);
      expect(rawLeaves(raw).length).toBeGreaterThan(5);
      const decoded = expectRight(decodeCallback(text));
      expect(missingLeaves(raw, decoded)).toEqual([]);
      expect(expectRight(decodeModerationCallback(text))).toStrictEqual(decoded);
      const [kind, form] = name.split('-');
      expect(decoded.EventName).toBe(form === 'detail' ? kind : undefined);
    });
});

describe("the project's own samples", () => {
  it('exist', () => expect(own.length).toBeGreaterThanOrEqual(20));

  for (const name of own)
    it(`${name} decodes with every leaf kept`, () => {
      const text = readText(SAMPLES_DIR, name);
      const decoded = expectRight(decodeCallback(text));
      expect(missingLeaves(rawRoot(name, text), decoded)).toEqual([]);
    });
});

describe('the leaf check itself', () => {
  it('catches a dropped, an altered and a duplicated-away leaf', () => {
    const raw = { A: { B: ['x', 'y', 'y'], C: '000123', T: '2022-06-30T18:42:20+0800' } };
    expect(
      missingLeaves(raw, { A: { B: ['x', 'y', 'y'], C: '000123', T: new Date('2022-06-30T10:42:20Z') } }),
    ).toEqual([]);
    expect(
      missingLeaves(raw, { A: { B: ['x', 'y'], C: '123', T: new Date('2022-06-30T18:42:20Z') } }),
    ).toEqual(['A.B = "y"', 'A.C = "000123"', 'A.T = "2022-06-30T18:42:20+0800"']);
  });

  it('treats one element and a one-element list alike, numbers as text, and empty leaves as absent', () => {
    expect(missingLeaves({ A: { B: 'x' }, L: 0, E: '' }, { A: [{ B: ['x'] }], L: '0' })).toEqual([]);
  });

  it('compares an Integer leaf as its text, and a time by its instant, +08:00 or epoch milliseconds', () => {
    const raw = { N: '-12', T: '2024-05-20T11:02:44+08:00', E: 1716206417000 };
    const at = (ms: number) => new Date(ms);
    expect(
      missingLeaves(raw, { N: -12, T: at(Date.UTC(2024, 4, 20, 3, 2, 44)), E: at(1716206417000) }),
    ).toEqual([]);
    expect(missingLeaves(raw, { N: 12, T: at(0), E: at(1716206417001) })).toEqual([
      'N = "-12"',
      'T = "2024-05-20T11:02:44+08:00"',
      'E = "1716206417000"',
    ]);
  });
});
