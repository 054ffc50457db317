import { decodeCallback, decodeJobsResponse, isKnownTag, KNOWN_TAGS, type JobsDetail } from '../src/index';
import { JobsDetailCodec } from '../src/codecs/jobs-detail';
import { literalAt } from '../src/codecs/shape';
import { expectLeft, expectRight, valuesAt, xmlOf } from './helpers';

/** A TaskFinish body around one job, as JSON and as XML. */
function bodies(detail: Record<string, unknown>): { json: string; xml: string } {
  const response = {
    EventName: 'TaskFinish',
    JobsDetail: { JobId: 'j0123456789abcdef0123456789abcdef', ...detail },
  };
  return { json: JSON.stringify(response), xml: xmlOf('Response', response) };
}

/** The decoded job of a body, failing the test on an error. */
function jobOf(body: string): JobsDetail {
  const decoded = expectRight(decodeCallback(body));
  if (decoded.EventName !== 'TaskFinish') throw new Error(`expected TaskFinish, got ${decoded.EventName}`);
  return decoded.JobsDetail;
}

/** Decodes both forms, checks they agree, and returns the job. */
function decodeBoth(detail: Record<string, unknown>): JobsDetail {
  const { json, xml } = bodies(detail);
  const fromJson = jobOf(json);
  expect(jobOf(xml)).toStrictEqual(fromJson);
  return fromJson;
}

const video = { CodecName: 'h264', Fps: '50/1', Level: '-99', Width: '1280' };
const outputFile = {
  Bucket: 'b-1250000000',
  ObjectName: 'out/a.mp4',
  Md5Info: { Md5: '000123', ObjectName: 'a' },
};

// One row per Tag: an Operation whose `path` holds a node only the Tag's own codec turns into a list (one
// element in, a one-element list out), so the row fails if the Tag fell through to the unknown-Tag codec.
const rows: ReadonlyArray<readonly [tag: string, operation: Record<string, unknown>, path: string]> = [
  ['ExtractDigitalWatermark', { ExtractDigitalWatermark: { Message: '000123', Type: 'Text' } }, ''],
  [
    'DigitalWatermark',
    { DigitalWatermark: { State: 'Failed' }, MediaResult: { OutputFile: outputFile } },
    'MediaResult.OutputFile.Md5Info',
  ],
  [
    'Transcode',
    { MediaResult: { OutputFile: outputFile }, Watermark: { Type: 'Text' } },
    'MediaResult.OutputFile.ObjectName',
  ],
  [
    'Snapshot',
    { MediaResult: { OutputFile: { SpriteOutputFile: outputFile } } },
    'MediaResult.OutputFile.SpriteOutputFile.ObjectName',
  ],
  [
    'Animation',
    { Animation: { Container: { Format: 'gif' } }, MediaInfo: { Stream: { Video: video } } },
    'MediaInfo.Stream.Video',
  ],
  [
    'Concat',
    { ConcatTemplate: { Index: '1' }, MediaInfo: { Stream: { Video: video } } },
    'MediaInfo.Stream.Video',
  ],
  [
    'SmartCover',
    { SmartCover: { Count: '3' }, MediaInfo: { Stream: { Video: video } } },
    'MediaInfo.Stream.Video',
  ],
  [
    'VoiceSeparate',
    {
      VoiceSeparate: { AudioMode: 'IsAudio' },
      Output: { AuObject: 'bg.mp3' },
      MediaInfo: { Stream: { Audio: { Index: '1' } } },
    },
    'MediaInfo.Stream.Audio',
  ],
  [
    'VideoMontage',
    { VideoMontage: { Duration: '10' }, MediaInfo: { Stream: { Video: video } } },
    'MediaInfo.Stream.Video',
  ],
  [
    'Segment',
    { Segment: { StartTime: '12.5', EndTime: '60' }, MediaInfo: { Stream: { Video: video } } },
    'MediaInfo.Stream.Video',
  ],
  ['SDRtoHDR', { SDRtoHDR: { HdrMode: 'HLG' }, WatermarkTemplateId: 't1' }, 'WatermarkTemplateId'],
  [
    'VideoProcess',
    { VideoProcess: { MsSharpen: { Enable: 'true' } }, WatermarkTemplateId: 't1', TranscodeTemplateId: 't2' },
    'WatermarkTemplateId',
  ],
  [
    'SuperResolution',
    { SuperResolution: { Resolution: 'sdtohd' }, WatermarkTemplateId: 't1' },
    'WatermarkTemplateId',
  ],
  ['StreamExtract', { Output: { StreamExtract: { Index: '0', Object: 'v.mp4' } } }, 'Output.StreamExtract'],
  [
    'MediaInfo',
    { MediaInfo: { Stream: { Audio: { Index: '1' }, Subtitle: { Index: '2' } } } },
    'MediaInfo.Stream.Subtitle',
  ],
  [
    'QualityEstimate',
    { QualityEstimate: { Score: '89.5', VqaPlusResult: { DetailedResult: { Type: 'Jitter' } } } },
    'QualityEstimate.VqaPlusResult.DetailedResult',
  ],
  [
    'NoiseReduction',
    { NoiseReduction: { Format: 'wav' }, MediaInfo: { Stream: { Audio: { Index: '0' } } } },
    'MediaInfo.Stream.Audio',
  ],
  [
    'Tts',
    { TtsConfig: { Input: '你好', InputType: 'Text' }, MediaResult: { OutputFile: outputFile } },
    'MediaResult.OutputFile.ObjectName',
  ],
  [
    'VideoTag',
    { VideoTag: { Scenario: 'Stream' }, VideoTagResult: { StreamData: { Data: { Tags: { Tag: '海滩' } } } } },
    'VideoTagResult.StreamData.Data.Tags',
  ],
  [
    'PicProcess',
    {
      PicProcessResult: { OriginalInfo: { Etag: '"abc"', ImageInfo: { Ave: '0xc64847' } } },
      Output: { StreamExtract: { Index: '0' } },
    },
    'Output.StreamExtract',
  ],
  [
    'SpeechRecognition',
    { SpeechRecognitionResult: { AudioTime: '3.2', Result: '你好' } },
    'SpeechRecognitionResult.Result',
  ],
  [
    'Translation',
    { Translation: { Lang: 'en', Type: 'txt' }, Output: { StreamExtract: { Index: '0' } } },
    'Output.StreamExtract',
  ],
  [
    'WordsGeneralize',
    { WordsGeneralizeResult: { WordsGeneralizeLable: { Category: '地名', Word: '成都' } } },
    'WordsGeneralizeResult.WordsGeneralizeLable',
  ],
  ['FileCompress', { FileCompressConfig: { Format: 'zip', Key: 'a/000123.txt' } }, 'FileCompressConfig.Key'],
  [
    'FileUncompress',
    { FileUncompressConfig: { DownloadConfig: { Key: 'a.txt' } }, FileUncompressResult: { FileCount: '3' } },
    'FileUncompressConfig.DownloadConfig.Key',
  ],
  [
    'FileHashCode',
    {
      FileHashCodeConfig: { Type: 'MD5' },
      FileHashCodeResult: { MD5: '0e5f', LastModified: '2022-06-27T15:23:11+0800' },
    },
    '',
  ],
  [
    'DocProcess',
    { DocProcess: { TgtType: 'png' }, DocProcessResult: { PageInfo: { PageNo: '1', TgtUri: 'out/1.png' } } },
    'DocProcessResult.PageInfo',
  ],
];

describe('every documented Tag', () => {
  it('has a row here, and only the documented Tags are known', () => {
    expect(rows.map(([tag]) => tag)).toEqual([...KNOWN_TAGS]);
    expect(KNOWN_TAGS).toHaveLength(27);
  });

  it.each(rows)('%s decodes from XML and JSON to the same typed value', (tag, operation, path) => {
    const job = decodeBoth({
      Tag: tag,
      State: 'Success',
      Operation: { ...operation, UserData: 'u', JobLevel: 0 },
    });
    expect(job.Tag).toBe(tag);
    expect(job.Operation?.UserData).toBe('u');
    expect(job.Operation?.JobLevel).toBe('0');
    if (path !== '') {
      const node = path
        .split('.')
        .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], job.Operation);
      expect(Array.isArray(node)).toBe(true);
      expect(node).toHaveLength(1);
    }
  });

  it('keeps Operation nodes it does not model, under a known Tag', () => {
    const job = decodeBoth({
      Tag: 'Transcode',
      Operation: { Transcode: { Container: { Format: 'mp4' } }, NewNode: { A: '1' } },
    });
    expect(job.Operation).toEqual({ Transcode: { Container: { Format: 'mp4' } }, NewNode: { A: '1' } });
  });

  it('keeps text that looks like something else exactly as sent', () => {
    const job = decodeBoth({
      Tag: 'VideoTag',
      Operation: {
        VideoTagResult: {
          StreamData: {
            Data: {
              PlaceTags: {
                StartTime: '12.000',
                EndTime: '2022-06-30T18:42:20+0800',
                Tags: { Confidence: '1e3' },
              },
            },
          },
        },
      },
    });
    if (job.Tag !== 'VideoTag') throw new Error(String(job.Tag));
    const [place] = job.Operation?.VideoTagResult?.StreamData?.Data?.PlaceTags ?? [];
    expect(place).toEqual({
      StartTime: '12.000',
      EndTime: '2022-06-30T18:42:20+0800',
      Tags: [{ Confidence: '1e3' }],
    });
  });

  it('reports a node of the wrong shape with its path', () => {
    const error = expectLeft(
      decodeCallback(bodies({ Tag: 'Transcode', Operation: { MediaResult: { OutputFile: 'x' } } }).json),
    );
    expect(error).toMatchObject({
      _tag: 'InvalidCallback',
      issues: [{ path: 'JobsDetail.Operation.MediaResult.OutputFile' }],
    });
  });
});

describe('KNOWN_TAGS and isKnownTag', () => {
  it('are the Tags the JobsDetail codec has a member for', () => {
    const dispatched = JobsDetailCodec.members().map((member) => literalAt(member, 'Tag'));
    expect(dispatched).toEqual([...KNOWN_TAGS, undefined]); // the last member takes every other Tag
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(KNOWN_TAGS)).toBe(true);
    expect(() => (KNOWN_TAGS as string[]).push('Transcode')).toThrow(TypeError);
    expect(KNOWN_TAGS).toHaveLength(27);
  });

  it.each(KNOWN_TAGS)('isKnownTag(%s) is true, for the Tag as written and as decoded', (tag) => {
    expect(isKnownTag(tag)).toBe(true);
    expect(isKnownTag(decodeBoth({ Tag: tag }).Tag)).toBe(true);
  });

  it.each(['SomeNewTag', '', 'transcode', 'Transcode ', '__proto__', 'toString', 'constructor'])(
    'isKnownTag(%j) is false',
    (tag) => {
      expect(isKnownTag(tag)).toBe(false);
    },
  );

  it("takes an unknown job's Tag as decoded", () => {
    const job = decodeBoth({ Tag: 'SomeNewTag' });
    expect(isKnownTag(job.Tag)).toBe(false);
  });
});

// Repeated nodes: from XML repeated elements or a JSON list (or a bare JSON value for one), always a list.
const repeated: ReadonlyArray<readonly [tag: string, path: string, item: unknown]> = [
  ['Transcode', 'Operation.MediaResult.OutputFile.ObjectName', 'out/0.jpg'],
  ['Transcode', 'Operation.MediaResult.OutputFile.Md5Info', { Md5: '0e5f', ObjectName: 'a' }],
  ['Transcode', 'Operation.WatermarkTemplateId', 't143ae6e040af6431aa772c9ec3f0a3f36'],
  ['Transcode', 'Operation.Watermark', { Type: 'Text', Text: { Text: 'hi' } }],
  ['Transcode', 'Operation.MediaInfo.Stream.Audio', { Index: '1', CodecTag: '0x6134706d' }],
  ['Transcode', 'Operation.MediaInfo.Stream.Video', { Index: '0', Fps: '50/1' }],
  ['StreamExtract', 'Operation.Output.StreamExtract', { Index: '0', Object: 'a.mp4' }],
  ['WordsGeneralize', 'Operation.WordsGeneralizeResult.WordsGeneralizeToken', { Word: '成都', Pos: 'ns' }],
  [
    'WordsGeneralize',
    'Operation.WordsGeneralizeResult.WordsGeneralizeLable',
    { Word: '成都', Category: '地名' },
  ],
  ['VideoTag', 'Operation.VideoTagResult.StreamData.Data.Tags', { Tag: '海滩', Confidence: '0.9' }],
  ['VideoTag', 'Operation.VideoTagResult.StreamData.Data.Tags.TimeInfo', { StartTime: '1.5', EndTime: '3' }],
  ['Tts', 'Input.CosHeaders', { Key: 'Content-Type', Value: 'text/plain' }],
  ['FileCompress', 'Operation.FileCompressConfig.KeyConfig', { Key: 'a.txt', Rename: 'b.txt' }],
  ['FileCompress', 'Operation.FileCompressConfig.PrefixConfig', { Prefix: 'a/', Folder: 'b/' }],
  ['DocProcess', 'Operation.DocProcessResult.PageInfo', { PageNo: '1', TgtUri: 'out/1.png' }],
];

/** `{ A: { B: value } }` for the path `A.B`. */
const nest = (path: string, value: unknown): Record<string, unknown> =>
  path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;

describe('repeated nodes', () => {
  it.each(repeated)('%s %s: one element or three, XML or JSON, always a list', (tag, path, item) => {
    const keys = path.split('.');
    for (const count of [1, 3]) {
      const items = Array.from({ length: count }, () => item);
      const job = decodeBoth({ Tag: tag, ...nest(path, items) });
      expect(valuesAt(job, keys)).toEqual(items);
      const at = keys.slice(0, -1).reduce<unknown>((node, key) => {
        const next = (node as Record<string, unknown>)[key];
        return Array.isArray(next) ? next[0] : next;
      }, job) as Record<string, unknown>;
      expect(at[keys[keys.length - 1] as string]).toHaveLength(count);
    }
    // JSON sends a one-element list as the bare value sometimes: the same decoded value.
    const bare = jobOf(bodies({ Tag: tag, ...nest(path, item) }).json);
    expect(bare).toStrictEqual(jobOf(bodies({ Tag: tag, ...nest(path, [item]) }).json));
  });
});

describe('unknown Tags', () => {
  const operation = {
    SoundHound: { Mode: 'Hum' },
    SoundHoundResult: {
      Songs: [
        { Name: '茉莉花', Score: 0.91 },
        { Name: 'b', Score: '000123' },
      ],
      Empty: '',
    },
  };

  it('decode, with Operation kept as plain data (numbers as text, empties dropped)', () => {
    const job = decodeBoth({
      Tag: 'SoundHound',
      State: 'Success',
      Operation: operation,
      Input: { CosHeaders: { Key: 'Size', Value: 1 } },
    });
    expect(job.Tag).toBe('SoundHound');
    expect(job.Operation).toEqual({
      SoundHound: { Mode: 'Hum' },
      SoundHoundResult: {
        Songs: [
          { Name: '茉莉花', Score: '0.91' },
          { Name: 'b', Score: '000123' },
        ],
      },
    });
    expect(job.Input?.CosHeaders).toEqual([{ Key: 'Size', Value: '1' }]); // the shared nodes stay typed
  });

  it('decode whatever the Tag text, even names of Object.prototype members', () => {
    for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'transcode'])
      expect(jobOf(bodies({ Tag: tag, Operation: { A: 'x' } }).json)).toMatchObject({
        Tag: tag,
        Operation: { A: 'x' },
      });
  });

  it('still need a JobId and a Tag', () => {
    const error = expectLeft(
      decodeCallback('{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","Operation":{}}}'),
    );
    expect(error).toMatchObject({ _tag: 'InvalidCallback', issues: [{ path: 'JobsDetail.Tag' }] });
  });
});

describe('prototype keys in Operation', () => {
  const hostile = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';

  it.each(['Transcode', 'ExtractDigitalWatermark', 'SoundHound'])(
    'under %s are kept as data and reach no prototype',
    (tag) => {
      const json = `{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","Tag":"${tag}","Operation":${hostile}}}`;
      const xml =
        `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>${tag}</Tag><Operation>` +
        '<__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>' +
        '</Operation></JobsDetail></Response>';
      for (const body of [json, xml]) {
        const operation = jobOf(body).Operation as Record<string, unknown>;
        expect(Object.getPrototypeOf(operation)).toBe(Object.prototype);
        expect(Object.prototype.hasOwnProperty.call(operation, '__proto__')).toBe(true);
        expect(Object.getOwnPropertyDescriptor(operation, '__proto__')?.value).toEqual({ polluted: 'yes' });
        expect(operation.constructor).toEqual({ prototype: { polluted: 'yes' } });
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }
    },
  );
});

describe('a text leaf sent more than once', () => {
  it('is an error in a callback even when every copy is the same: a callback sends each leaf once', () => {
    const { json, xml } = bodies({
      Tag: 'SpeechRecognition',
      Operation: { JobLevel: ['0', 0], UserData: 'u' },
    });
    expect(expectLeft(decodeCallback(xml))).toEqual(expectLeft(decodeCallback(json)));
    expect(expectLeft(decodeCallback(xml))).toMatchObject({
      issues: [{ path: 'JobsDetail.Operation.JobLevel', expected: 'text', actual: 'a list of 2' }],
    });
  });

  it("is that text in a job API answer when every copy is the same (SpeechRecognition's submit repeats JobLevel)", () => {
    const detail = {
      JobId: 'j1',
      Tag: 'SpeechRecognition',
      Operation: { JobLevel: ['0', 0], UserData: 'u' },
    };
    for (const body of [
      xmlOf('Response', { JobsDetail: detail }),
      JSON.stringify({ JobsDetail: [detail] }),
    ]) {
      expect(expectRight(decodeJobsResponse(body)).JobsDetail[0]?.Operation?.JobLevel).toBe('0');
    }
    const twoTags = xmlOf('Response', { JobsDetail: { ...detail, Tag: ['MediaInfo', 'MediaInfo'] } });
    expect(expectLeft(decodeJobsResponse(twoTags))).toMatchObject({
      issues: [{ path: 'JobsDetail[0].Tag' }],
    });
  });

  it('is an error when the copies differ, never a silent pick', () => {
    const { json, xml } = bodies({ Tag: 'Transcode', Operation: { JobLevel: ['0', '1'] } });
    expect(expectLeft(decodeCallback(xml))).toEqual(expectLeft(decodeCallback(json)));
    expect(expectLeft(decodeCallback(xml))).toMatchInlineSnapshot(`
     {
       "_tag": "InvalidCallback",
       "issues": [
         {
           "actual": "a list of 2",
           "expected": "text",
           "path": "JobsDetail.Operation.JobLevel",
         },
       ],
       "omitted": 0,
     }
    `);
  });

  it('is an error for a Tag, which decides how the rest is read', () => {
    const { json, xml } = bodies({ Tag: ['MediaInfo', 'MediaInfo'] });
    expect(expectLeft(decodeCallback(xml))).toEqual(expectLeft(decodeCallback(json)));
    expect(expectLeft(decodeCallback(xml))).toMatchInlineSnapshot(`
     {
       "_tag": "InvalidCallback",
       "issues": [
         {
           "actual": "a list of 2",
           "expected": "text",
           "path": "JobsDetail.Tag",
         },
       ],
       "omitted": 0,
     }
    `);
  });
});
