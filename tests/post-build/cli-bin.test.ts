/** The built CLI, run as the package's bin is: `node dist/cli.js` (and directly, through its shebang). */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listFiles, TENCENT_SAMPLES_DIR, SAMPLES_DIR } from '../helpers';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};
const ESC = '\u001b';

/** Runs the CLI with stdout and stderr as pipes, in an environment without colour settings unless given. */
const run = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) => {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NO_COLOR' && name !== 'FORCE_COLOR'),
  );
  Object.assign(env, options.env);
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: 'utf8',
    env,
  });
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cos-cli-bin-'));
  mkdirSync(join(dir, 'bodies/nested'), { recursive: true });
  copyFileSync(join(SAMPLES_DIR, 'extract-digital-watermark.xml'), join(dir, 'bodies/seed.xml'));
  copyFileSync(join(SAMPLES_DIR, 'workflow-finish.json'), join(dir, 'bodies/nested/workflow.json'));
  writeFileSync(join(dir, 'bodies/nested/broken.xml'), '<Response><EventName>TaskFinish</EventName>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dist/cli.js', () => {
  it('is the bin, starts with a shebang, and runs directly', () => {
    expect(pkg.bin).toEqual({ 'cos-ci-callback': 'dist/cli.js' });
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const direct = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
    expect(direct.stdout.trim()).toBe(pkg.version);
  });

  it('checks the Tencent samples and the project samples: exit 0', () => {
    for (const samples of [TENCENT_SAMPLES_DIR, SAMPLES_DIR].filter((d) => listFiles(d).length > 0)) {
      const result = run(['check', samples]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/\n\d+ files?: \d+ ok \(\d+ media, \d+ moderation\), 0 failed\n$/);
    }
  });

  it("prints the README's example summary line", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const line = /^samples\/extract-digital-watermark\.xml: EventName=.*$/m.exec(readme)?.[0];
    expect(line).toBeDefined();
    expect(run(['decode', 'samples/extract-digital-watermark.xml']).stdout).toBe(`${line}\n`);
  });

  it('shows the controls a body or a file name holds as escapes, and never sends them to the terminal', () => {
    const evil = join(dir, 'evil\u001b[2K.json');
    const jobId = 'j1\u001b[2K\rforged.json: EventName=TaskFinish State=Success\n\u009b\u202e';
    writeFileSync(evil, JSON.stringify({ EventName: 'TaskFinish', JobsDetail: { JobId: jobId, Tag: 'T' } }));
    try {
      const decoded = run(['decode', evil]);
      expect(decoded.stdout).toBe(
        `${dir}/evil\\u001b[2K.json: EventName=TaskFinish Tag=T JobId=j1\\u001b[2K\\u000dforged.json: ` +
          'EventName=TaskFinish State=Success\\u000a\\u009b\\u202e\n',
      );
      const malformed = run(['decode', '-'], { input: '{"a":\u001b[31mRED}' });
      expect(malformed.stderr).toMatch(/^-: Malformed JSON.*\\u001b\[31mRED.*\n$/);
      for (const { stdout, stderr } of [decoded, malformed, run(['check', dir])]) {
        for (const control of [ESC, '\r', '\u009b', '\u202e']) expect(stdout + stderr).not.toContain(control);
      }
      expect(JSON.parse(run(['decode', '--json', evil]).stdout)).toMatchObject({
        callback: { JobsDetail: { JobId: jobId } },
      });
    } finally {
      rmSync(evil);
    }
  });

  it('stops reading stdin at --max-bytes: the writer of 50 MB of zeros is cut off', () => {
    const pipeline = `head -c ${50 * 1024 * 1024} /dev/zero | ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} decode --max-bytes 10 -`;
    // PIPESTATUS: head's exit status, 141 (SIGPIPE) or 1 (EPIPE) when the CLI stopped reading before the end.
    const result = spawnSync(
      'bash',
      ['-c', `${pipeline}; echo "cli=\${PIPESTATUS[1]} head=\${PIPESTATUS[0]}" >&2`],
      {
        encoding: 'utf8',
      },
    );
    const [answer, statuses] = result.stderr.trimEnd().split('\n');
    expect(answer).toBe('-: Body too large: more than 10 bytes, the limit is 10.');
    expect(statuses).toMatch(/^cli=1 head=(141|1)$/);
  });

  it('exits 1 with a readable reason for garbage on stdin', () => {
    const garbage = run(['decode', '-'], { input: 'this is not a callback' });
    expect(garbage.status).toBe(1);
    expect(garbage.stderr).toBe(
      '-: Unsupported format: the body starts with "t", neither XML (<) nor JSON ({ or [)\n',
    );
  });

  it('says a directory given to decode is one, and suggests check', () => {
    const bodies = join(dir, 'bodies');
    expect(run(['decode', bodies])).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `${bodies}: is a directory; to decode every body in it: cos-ci-callback check ${bodies}\n`,
    });
  });

  it('says a missing path does not exist, for decode and for check', () => {
    const missing = join(dir, 'missing.xml');
    expect(run(['decode', missing])).toMatchObject({ status: 1, stderr: `${missing}: does not exist\n` });
    expect(run(['check', missing])).toMatchObject({
      status: 1,
      stderr: `cos-ci-callback: ${missing} does not exist\n`,
    });
  });

  it('check reads symbolic links to files, and does not follow links to directories', () => {
    const links = join(dir, 'links');
    mkdirSync(links);
    symlinkSync(join(SAMPLES_DIR, 'review-image-detail.json'), join(links, 'a.json'));
    symlinkSync(join(SAMPLES_DIR, 'workflow-finish.xml'), join(links, 'b.xml'));
    symlinkSync(join(dir, 'bodies'), join(links, 'more.xml'));
    const result = run(['check', links]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^ok {3}a\.json: EventName=ReviewImage .*\nok {3}b\.xml: EventName=WorkflowFinish /,
    );
    expect(result.stdout).toMatch(/\n2 files: 2 ok \(1 media, 1 moderation\), 0 failed\n$/);
    expect(run(['--help']).stdout).toContain('links to directories are not followed');
  });

  it('says a file given to check is not a directory, and suggests decode', () => {
    const file = join(dir, 'bodies/seed.xml');
    expect(run(['check', file])).toMatchObject({
      status: 1,
      stdout: '',
      stderr: `cos-ci-callback: ${file} is a file, not a directory; to decode it: cos-ci-callback decode ${file}\n`,
    });
  });

  it('check --json prints one JSON document with each file and the totals', () => {
    const result = run(['check', '--json', join(dir, 'bodies')]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      total: 3,
      ok: 2,
      failed: 1,
      files: [
        { file: 'nested/broken.xml', ok: false, error: { _tag: 'MalformedXml' } },
        { file: 'nested/workflow.json', ok: true, summary: { EventName: 'WorkflowFinish' } },
        { file: 'seed.xml', ok: true, summary: { Tag: 'ExtractDigitalWatermark' } },
      ],
    });
    expect(run(['check', '--json', SAMPLES_DIR]).status).toBe(0);
  });

  it('decode --json prints one JSON line per body, with its file name', () => {
    const files = ['bodies/seed.xml', 'bodies/nested/broken.xml', 'bodies/nested/workflow.json'];
    const result = run(['decode', '--json', ...files.map((file) => join(dir, file))]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as { file: string; ok: boolean })).toMatchObject([
      { file: join(dir, files[0] as string), ok: true, callback: { EventName: 'TaskFinish' } },
      { file: join(dir, files[1] as string), ok: false, message: expect.stringMatching(/^Malformed XML/) },
      { file: join(dir, files[2] as string), ok: true, callback: { EventName: 'WorkflowFinish' } },
    ]);
    const one = run(['decode', '--json', join(dir, files[0] as string)]);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([['--bogus'], ['-x'], ['--json=1']])(
    'answers %s with its own one-line usage error, exit 2',
    (flag) => {
      const result = run(['decode', flag, 'x.xml']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^cos-ci-callback: .+ \(see cos-ci-callback --help\)\n$/);
      expect(result.stderr).toContain(flag.replace(/=.*/, ''));
    },
  );

  it('exits 2 for an unknown command', () => {
    expect(run(['explode'])).toMatchObject({
      status: 2,
      stderr: 'cos-ci-callback: unknown command "explode" (see cos-ci-callback --help)\n',
    });
  });

  it('documents --json, colours and exit codes in --help', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/NDJSON/);
    expect(help.stdout).toMatch(/NO_COLOR/);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });

  it('prints no colour into a pipe, and colours with FORCE_COLOR unless NO_COLOR is set', () => {
    const bodies = join(dir, 'bodies');
    expect(run(['check', bodies]).stdout).not.toContain(ESC);
    expect(run(['check', bodies], { env: { FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}[32mok${ESC}[39m`);
    expect(run(['check', bodies], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  // util-linux's script(1) (Debian's bsdutils, an essential package) runs the CLI on a pseudo-terminal.
  it('colours on a terminal, and not on one with NO_COLOR', () => {
    const onTerminal = (env: Record<string, string>) => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check ${JSON.stringify(join(dir, 'bodies'))}`;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], {
        encoding: 'utf8',
        env: { ...env, PATH: process.env.PATH ?? '' },
      });
      expect(result.status).toBe(1); // the broken body
      return result.stdout;
    };
    expect(onTerminal({})).toContain(`${ESC}[31mFAIL${ESC}[39m`);
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain(ESC);
  });
});
