import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main } from '../src/cli-main';
import { useColor } from '../src/cli-output';
import { listFiles, readBytes, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';

async function cli(
  argv: string[],
  stdin: Uint8Array | AsyncIterable<Uint8Array> = new Uint8Array(),
  color = false,
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    stdin:
      stdin instanceof Uint8Array
        ? (async function* () {
            yield stdin;
          })()
        : stdin,
    version: '9.9.9',
    color: { stdout: color, stderr: color },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const seedXml = join(SAMPLES_DIR, 'extract-digital-watermark.xml');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cos-cli-'));
  mkdirSync(join(dir, 'nested/deeper'), { recursive: true });
  writeFileSync(join(dir, 'a.xml'), readBytes(SAMPLES_DIR, listFiles(SAMPLES_DIR, '.xml')[0] ?? ''));
  writeFileSync(join(dir, 'nested/b.JSON'), readBytes(SAMPLES_DIR, listFiles(SAMPLES_DIR, '.json')[0] ?? ''));
  writeFileSync(join(dir, 'nested/deeper/broken.xml'), '<Response><EventName>TaskFinish</EventName>');
  writeFileSync(join(dir, 'notes.txt'), 'not a body');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cos-ci-callback decode', () => {
  it('prints one summary line per body, times as ISO', async () => {
    const { code, out, err } = await cli(['decode', seedXml]);
    expect({ code, err }).toEqual({ code: EXIT.ok, err: '' });
    expect(out).toBe(
      `${seedXml}: EventName=TaskFinish Tag=ExtractDigitalWatermark JobId=j7c1e0b24e05211ee9a3f525400f1d2c8 ` +
        `State=Success Code=Success CreationTime=2024-03-12T01:15:02.000Z StartTime=2024-03-12T01:15:03.000Z ` +
        `EndTime=2024-03-12T01:15:37.000Z`,
    );
  });

  it('summarizes a WorkflowFinish by RunId, State and task count', async () => {
    const file = listFiles(TENCENT_SAMPLES_DIR).find((name) => name.startsWith('Workflow'));
    if (file === undefined) return expect(listFiles(TENCENT_SAMPLES_DIR)).toEqual([]); // shared samples absent
    const { code, out } = await cli(['decode', join(TENCENT_SAMPLES_DIR, file)]);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(
      /: EventName=WorkflowFinish RunId=i\w+ .*State=Success Tasks=2 CreateTime=2022-08-09T06:54:17\.000Z$/,
    );
  });

  it('summarizes a moderation callback by its event, job, state and verdict, and the Simple form by its trace', async () => {
    const detail = join(SAMPLES_DIR, 'review-video-detail.json');
    const document = join(SAMPLES_DIR, 'review-document-detail.json');
    const simple = join(SAMPLES_DIR, 'review-test-request.json');
    const { code, out } = await cli(['decode', detail, document, simple]);
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n')).toEqual([
      `${detail}: EventName=ReviewVideo JobId=av5c9b7e2a6d3e11ef9b7a525400c8e7f1 State=Success Label=Porn ` +
        `Result=1 CreationTime=2024-05-20T03:02:44.000Z`,
      expect.stringMatching(
        new RegExp(`^${document}: EventName=ReviewDocument JobId=\\w+ State=Success .*Suggestion=\\d `),
      ),
      `${simple}: form=Simple code=0 trace_id=test_trace_id result=0 ` +
        'message=Test request when setting callback url',
    ]);
  });

  it('reads - from stdin', async () => {
    const { code, out } = await cli(
      ['decode', '-'],
      readBytes(SAMPLES_DIR, 'extract-digital-watermark.json'),
    );
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^-: EventName=TaskFinish Tag=ExtractDigitalWatermark /);
  });

  it('prints one JSON line per body with --json, the whole value under callback, even for one body', async () => {
    const { code, out } = await cli(['decode', '--json', seedXml]);
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toMatchObject({
      file: seedXml,
      ok: true,
      callback: {
        EventName: 'TaskFinish',
        JobsDetail: {
          CreationTime: '2024-03-12T01:15:02.000Z',
          Operation: { ExtractDigitalWatermark: { Message: '000417' } },
        },
      },
    });
  });

  it('prints NDJSON with --json for several bodies, failures as lines with the error and its text', async () => {
    const json = join(SAMPLES_DIR, 'extract-digital-watermark.json');
    const { code, out, err } = await cli(
      ['decode', '--json', seedXml, '-', json],
      new TextEncoder().encode('x'),
    );
    expect({ code, err }).toEqual({ code: EXIT.failed, err: '' });
    const lines = out.split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map(({ file, ok }) => [file, ok])).toEqual([
      [seedXml, true],
      ['-', false],
      [json, true],
    ]);
    expect(lines[1]).toEqual({
      file: '-',
      ok: false,
      error: {
        _tag: 'UnsupportedFormat',
        message: 'the body starts with "x", neither XML (<) nor JSON ({ or [)',
      },
      message: 'Unsupported format: the body starts with "x", neither XML (<) nor JSON ({ or [)',
    });
    expect(lines[0]?.callback).toEqual(lines[2]?.callback);
  });

  it('exits 1 with a readable reason for garbage, a bad body, or a missing file, and still decodes the rest', async () => {
    const garbage = await cli(['decode', '-', seedXml], new TextEncoder().encode('hello'));
    expect(garbage.code).toBe(EXIT.failed);
    expect(garbage.err).toBe(
      '-: Unsupported format: the body starts with "h", neither XML (<) nor JSON ({ or [)',
    );
    expect(garbage.out).toMatch(/EventName=TaskFinish/);

    const invalid = await cli(
      ['decode', '-'],
      new TextEncoder().encode('{"EventName":"TaskFinish","JobsDetail":{"Tag":"Transcode"}}'),
    );
    expect(invalid.code).toBe(EXIT.failed);
    expect(invalid.err).toMatch(
      /^-: Invalid callback \(1 issue\):\n {4}JobsDetail\.JobId: expected text, got nothing/,
    );

    const missing = await cli(['decode', join(dir, 'nope.xml')]);
    expect(missing).toMatchObject({ code: EXIT.failed, err: `${join(dir, 'nope.xml')}: does not exist` });
  });

  it('says a directory is one, and how to decode the bodies in it', async () => {
    expect(await cli(['decode', dir])).toEqual({
      code: EXIT.failed,
      out: '',
      err: `${dir}: is a directory; to decode every body in it: cos-ci-callback check ${dir}`,
    });
    const spaced = join(dir, "it's here");
    mkdirSync(spaced);
    expect((await cli(['decode', spaced])).err).toMatch(/check '.*\/it'\\''s here'$/);
  });

  it('honours --max-bytes and --format', async () => {
    expect((await cli(['decode', '--max-bytes', '10', seedXml])).err).toMatch(
      /Body too large: \d+ bytes, the limit is 10\./,
    );
    expect((await cli(['decode', '--format', 'json', seedXml])).err).toMatch(/Malformed JSON/);
  });

  it('stops reading stdin at --max-bytes: 50 MB of zeros, of which a few chunks are pulled', async () => {
    const chunk = new Uint8Array(64 * 1024);
    let pulled = 0;
    async function* zeros() {
      for (let i = 0; i < 800; i++) {
        pulled++;
        yield chunk; // 50 MiB, if it were all read
      }
    }
    const limit = 200 * 1024;
    const { code, err } = await cli(['decode', '--max-bytes', String(limit), '-'], zeros());
    expect({ code, err }).toEqual({
      code: EXIT.failed,
      err: `-: Body too large: more than ${limit} bytes, the limit is ${limit}.`,
    });
    expect(pulled).toBe(4); // three chunks of 64 KiB fit in 200 KiB; the fourth passes the limit and is the last
  });

  it('refuses a file over --max-bytes from its size, without reading it: a 4 GiB sparse file', async () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 4 * 1024 ** 3);
    try {
      expect(await cli(['decode', huge])).toEqual({
        code: EXIT.failed,
        out: '',
        err: `${huge}: Body too large: ${4 * 1024 ** 3} bytes, the limit is ${1024 * 1024}.`,
      });
    } finally {
      rmSync(huge);
    }
  });

  it('stops reading a file that is not a regular one at --max-bytes: /dev/zero', async () => {
    expect(await cli(['decode', '--max-bytes', '10', '/dev/zero'])).toEqual({
      code: EXIT.failed,
      out: '',
      err: expect.stringMatching(/^\/dev\/zero: Body too large: more than 10 bytes, the limit is 10\.$/),
    });
  });
});

describe('cos-ci-callback check', () => {
  it('decodes every .xml/.json below DIR, one line per file, a total, exit 1 on a failure', async () => {
    const { code, out } = await cli(['check', dir]);
    expect(code).toBe(EXIT.failed);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ok {3}a\.xml: EventName=TaskFinish /);
    expect(lines[1]).toMatch(/^ok {3}nested\/b\.JSON: EventName=TaskFinish /);
    expect(lines[2]).toMatch(/^FAIL nested\/deeper\/broken\.xml: Malformed XML/);
    expect(lines.at(-1)).toBe('3 files: 2 ok (2 media, 0 moderation), 1 failed');
  });

  it('counts the bodies of each family that decoded', async () => {
    const mixed = mkdtempSync(join(tmpdir(), 'cos-cli-mixed-'));
    writeFileSync(join(mixed, 'job.xml'), readBytes(SAMPLES_DIR, 'extract-digital-watermark.xml'));
    writeFileSync(join(mixed, 'image.json'), readBytes(SAMPLES_DIR, 'review-image-detail.json'));
    writeFileSync(join(mixed, 'simple.json'), readBytes(SAMPLES_DIR, 'review-test-request.json'));
    const { code, out } = await cli(['check', mixed]);
    expect(code).toBe(EXIT.ok);
    expect(out.split('\n').at(-1)).toBe('3 files: 3 ok (1 media, 2 moderation), 0 failed');
    expect(JSON.parse((await cli(['check', '--json', mixed])).out)).toMatchObject({
      total: 3,
      ok: 3,
      media: 1,
      moderation: 2,
      failed: 0,
    });
    rmSync(mixed, { recursive: true, force: true });
  });

  it('follows a symlink to a file, not one to a directory, and reports a link it cannot follow', async () => {
    const links = mkdtempSync(join(tmpdir(), 'cos-cli-links-'));
    mkdirSync(join(links, 'elsewhere'));
    writeFileSync(join(links, 'elsewhere/inside.json'), readBytes(SAMPLES_DIR, 'review-image-detail.json'));
    symlinkSync(join(SAMPLES_DIR, 'workflow-finish.xml'), join(links, 'a.xml'));
    symlinkSync(join(links, 'elsewhere'), join(links, 'dir.json')); // a directory: not followed
    symlinkSync(join(links, 'nowhere.json'), join(links, 'gone.json'));
    const { code, out } = await cli(['check', links]);
    expect(code).toBe(EXIT.failed);
    expect(out.split('\n')).toEqual([
      expect.stringMatching(/^ok {3}a\.xml: EventName=WorkflowFinish /),
      expect.stringMatching(/^ok {3}elsewhere\/inside\.json: EventName=ReviewImage /),
      'FAIL gone.json: does not exist',
      '3 files: 2 ok (1 media, 1 moderation), 1 failed',
    ]);
    rmSync(links, { recursive: true, force: true });
  });

  it('passes over the project samples and the shared Tencent samples', async () => {
    for (const samples of [SAMPLES_DIR, TENCENT_SAMPLES_DIR]) {
      if (listFiles(samples).length === 0) continue;
      const { code, out } = await cli(['check', samples]);
      expect(code).toBe(EXIT.ok);
      expect(out.split('\n').at(-1)).toMatch(/^\d+ files?: \d+ ok \(\d+ media, \d+ moderation\), 0 failed$/);
    }
  });

  it('fails for a folder without bodies, a file, or a path that does not exist, saying which', async () => {
    const empty = join(dir, 'nested/deeper/empty');
    mkdirSync(empty, { recursive: true });
    expect(await cli(['check', empty])).toMatchObject({
      code: EXIT.failed,
      out: `no .xml or .json files below ${empty}`,
    });
    const file = join(dir, 'a.xml');
    expect(await cli(['check', file])).toEqual({
      code: EXIT.failed,
      out: '',
      err: `cos-ci-callback: ${file} is a file, not a directory; to decode it: cos-ci-callback decode ${file}`,
    });
    expect(await cli(['check', join(dir, 'missing')])).toEqual({
      code: EXIT.failed,
      out: '',
      err: `cos-ci-callback: ${join(dir, 'missing')} does not exist`,
    });
  });

  it('prints one JSON document with --json: each file, then the totals', async () => {
    const { code, out, err } = await cli(['check', '--json', dir]);
    expect({ code, err }).toEqual({ code: EXIT.failed, err: '' });
    const report = JSON.parse(out) as { files: { file: string; ok: boolean }[] };
    expect(report).toMatchObject({
      dir,
      total: 3,
      ok: 2,
      failed: 1,
      files: [
        { file: 'a.xml', ok: true, summary: { EventName: 'TaskFinish' } },
        { file: 'nested/b.JSON', ok: true, summary: { EventName: 'TaskFinish' } },
        { file: 'nested/deeper/broken.xml', ok: false, error: { _tag: 'MalformedXml' } },
      ],
    });
    expect(report.files[2]).toHaveProperty('message', expect.stringMatching(/^Malformed XML/));
    const empty = await cli(['check', '--json', join(dir, 'nested/deeper/empty')]);
    expect(empty.code).toBe(EXIT.failed);
    expect(JSON.parse(empty.out)).toMatchObject({ files: [], total: 0, ok: 0, failed: 0 });
    expect(empty.err).toMatch(/no \.xml or \.json files below/);
  });

  it('colours ok and FAIL only when asked to', async () => {
    const ESC = '\u001b';
    const plain = await cli(['check', dir]);
    expect(plain.out).not.toContain(ESC);
    const lines = (await cli(['check', dir], undefined, true)).out.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${ESC}\\[32mok${ESC}\\[39m {3}a\\.xml: `));
    expect(lines[2]).toMatch(new RegExp(`^${ESC}\\[31mFAIL${ESC}\\[39m nested`));
    expect(lines.at(-1)).toBe(`3 files: 2 ok (2 media, 0 moderation), ${ESC}[31m1 failed${ESC}[39m`);
    expect((await cli(['decode', dir], undefined, true)).err).toMatch(new RegExp(`^${ESC}\\[31m.*:${ESC}`));
    expect((await cli(['check', '--json', dir], undefined, true)).out).not.toContain(ESC);
  });

  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true, false],
  ])('useColor(%j, isTTY %s) is %s', (env, isTTY, expected) => {
    expect(useColor(env, isTTY)).toBe(expected);
  });
});

describe('what a sender wrote, in text output', () => {
  /** What reaches a terminal raw in no text line: C0 (but the CLI's own line breaks), DEL, C1, line and bidi controls. */
  const RAW_CONTROL =
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/u;
  const bytes = (text: string) => new TextEncoder().encode(text);
  const forged = 'j1\u001b[2K\rbodies/evil.json: EventName=TaskFinish JobId=jOK State=Success\n';
  const evil = JSON.stringify({
    EventName: 'TaskFinish',
    JobsDetail: {
      JobId: forged,
      Tag: 'Trans\u202ecode',
      State: 'Fail\u009bed',
      Code: 'a\u2028b\u007f\u0000',
    },
  });
  let bodies: string;
  beforeAll(() => {
    bodies = mkdtempSync(join(tmpdir(), 'cos-cli-evil-'));
    writeFileSync(join(bodies, 'evil\u001b[31m\u2066.json'), evil);
    writeFileSync(join(bodies, 'line\nbreak.xml'), '<Response><EventName>Nope</EventName></Response>');
  });
  afterAll(() => rmSync(bodies, { recursive: true, force: true }));

  it('escapes every control a summary value holds, and --json keeps the value exact', async () => {
    const { code, out } = await cli(['decode', '-'], bytes(evil));
    expect(code).toBe(EXIT.ok);
    expect(out).toBe(
      String.raw`-: EventName=TaskFinish Tag=Trans\u202ecode JobId=j1\u001b[2K\u000dbodies/evil.json: ` +
        String.raw`EventName=TaskFinish JobId=jOK State=Success\u000a State=Fail\u009bed Code=a\u2028b\u007f\u0000`,
    );
    const json = await cli(['decode', '--json', '-'], bytes(evil));
    expect(json.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.out)).toMatchObject({
      callback: {
        JobsDetail: {
          JobId: forged,
          Tag: 'Trans\u202ecode',
          State: 'Fail\u009bed',
          Code: 'a\u2028b\u007f\u0000',
        },
      },
    });
  });

  it('escapes C1 controls an XML body carries', async () => {
    const xml =
      '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>a\u0085b&#x9b;c&#x7f;</JobId><Tag>T</Tag></JobsDetail></Response>';
    const { out } = await cli(['decode', '-'], bytes(xml));
    expect(out).toBe(String.raw`-: EventName=TaskFinish Tag=T JobId=a\u0085b\u009bc\u007f`);
  });

  it('escapes controls in error texts, keeping one line per issue', async () => {
    const malformed = await cli(['decode', '-'], bytes('{"a":\u001b[31mRED}'));
    expect(malformed.err).toMatch(/^-: Malformed JSON.*\\u001b\[31mRED/);
    expect(malformed.err).not.toMatch(RAW_CONTROL);
    const invalid = await cli(
      ['decode', '-'],
      bytes('{"EventName":"TaskFinish","JobsDetail":{"JobId":"j","Tag":"T","CreationTime":"x\u202e\\n"}}'),
    );
    expect(invalid.err).toBe(
      '-: Invalid callback (1 issue):\n' +
        String.raw`    JobsDetail.CreationTime: expected a time such as 2022-06-30T18:42:20+0800, got "x\u202e\n"`,
    );
    const event = await cli(['decode', '-'], bytes('{"EventName":"Task\u2029Finish"}'));
    expect(event.err).toBe(
      String.raw`-: Unsupported event "Task\u2029Finish": expected TaskFinish, WorkflowFinish, ReviewImage, ReviewVideo, ReviewAudio, ReviewText, ReviewDocument or ReviewHtml.`,
    );
  });

  it('escapes controls in file names, for decode and check', async () => {
    const decoded = await cli([
      'decode',
      join(bodies, 'evil\u001b[31m\u2066.json'),
      join(bodies, 'line\nbreak.xml'),
    ]);
    expect(decoded.out).toBe(
      `${bodies}/evil\\u001b[31m\\u2066.json: ${(await cli(['decode', '-'], bytes(evil))).out.slice(3)}`,
    );
    expect(decoded.err).toBe(
      `${bodies}/line\\u000abreak.xml: Unsupported event "Nope": expected TaskFinish, WorkflowFinish, ReviewImage, ReviewVideo, ReviewAudio, ReviewText, ReviewDocument or ReviewHtml.`,
    );
    const checked = await cli(['check', bodies]);
    expect(checked.out.split('\n')).toEqual([
      expect.stringMatching(/^ok {3}evil\\u001b\[31m\\u2066\.json: EventName=TaskFinish /),
      'FAIL line\\u000abreak.xml: Unsupported event "Nope": expected TaskFinish, WorkflowFinish, ReviewImage, ReviewVideo, ReviewAudio, ReviewText, ReviewDocument or ReviewHtml.',
      '2 files: 1 ok (1 media, 0 moderation), 1 failed',
    ]);
    for (const { out, err } of [decoded, checked]) expect(out + err).not.toMatch(RAW_CONTROL);
    const report = await cli(['check', '--json', bodies]);
    expect(report.out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(report.out)).toMatchObject({
      files: [{ file: 'evil\u001b[31m\u2066.json' }, { file: 'line\nbreak.xml' }],
    });
  });
});

describe('cos-ci-callback usage', () => {
  it.each([
    [[], 'missing command (decode or check)'],
    [['frob'], 'unknown command "frob"'],
    [['decode'], 'decode needs at least one FILE (or - for stdin)'],
    [['check'], 'check needs exactly one DIR'],
    [['check', 'a', 'b'], 'check needs exactly one DIR'],
    [['decode', '--format', 'yaml', 'x'], '--format must be auto, xml or json, not "yaml"'],
    [
      ['decode', '--max-bytes', 'lots', 'x'],
      '--max-bytes must be a whole number of bytes from 0 to 2^53 - 1',
    ],
    [['decode', '--max-bytes', '-1', 'x'], '--max-bytes must be a whole number of bytes from 0 to 2^53 - 1'],
    [
      ['decode', '--max-bytes', '9007199254740993', 'x'],
      '--max-bytes must be a whole number of bytes from 0 to 2^53 - 1',
    ],
    [['decode', '--bogus', 'x'], 'unknown option --bogus'],
    [['decode', 'x', '-z'], 'unknown option -z'],
    [['-hq'], 'unknown option -q'],
    [['decode', 'x', '--format'], '--format needs a value'],
    [['decode', '--json=yes', 'x'], '--json takes no value'],
  ])('exits 2 for %j with one line of its own', async (argv, message) => {
    const { code, out, err } = await cli(argv);
    expect({ code, out }).toEqual({ code: EXIT.usage, out: '' });
    expect(err).toBe(`cos-ci-callback: ${message} (see cos-ci-callback --help)`);
  });

  it('reads a file named like an option after --', async () => {
    const { code, err } = await cli(['decode', '--', '--bogus']);
    expect({ code, err }).toEqual({ code: EXIT.failed, err: '--bogus: does not exist' });
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.out).toMatch(/^Usage: cos-ci-callback <command>/);
    expect(help.out).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    expect(await cli(['-v'])).toEqual({ code: EXIT.ok, out: '9.9.9', err: '' });
  });
});
