import { existsSync } from 'node:fs';
import { decodeCallback, type JobsDetail } from '../src/index';
import { expectRight, JOB_SAMPLES_DIR, readText, xmlOf } from './helpers';

/** The job of a TaskFinish body, from its XML and its JSON form, which must agree. */
function decodeBoth(detail: Record<string, unknown>): JobsDetail {
  const response = { EventName: 'TaskFinish', JobsDetail: { JobId: 'f0123456789abcdef', ...detail } };
  const fromJson = expectRight(decodeCallback(JSON.stringify(response)));
  expect(expectRight(decodeCallback(xmlOf('Response', response)))).toStrictEqual(fromJson);
  if (fromJson.EventName !== 'TaskFinish') throw new Error('expected TaskFinish');
  return fromJson.JobsDetail;
}

const page = (n: number) => ({ PageNo: String(n), TgtUri: `out/page-${n}.png`, PicIndex: '1', PicNum: '1' });

describe('DocProcess', () => {
  it('PageInfo is a list for one page and for two, in XML and JSON', () => {
    for (const pages of [[page(1)], [page(1), page(2)]]) {
      const job = decodeBoth({
        Tag: 'DocProcess',
        Operation: {
          DocProcessResult: { TotalPageCount: '2', PageInfo: pages.length === 1 ? pages[0] : pages },
        },
      });
      if (job.Tag !== 'DocProcess') throw new Error(String(job.Tag));
      expect(job.Operation?.DocProcessResult?.PageInfo).toEqual(pages);
    }
  });

  it("Tencent's sample: one page is a list of one", () => {
    if (!existsSync(JOB_SAMPLES_DIR)) return; // presence is checked in conformance.test.ts
    const decoded = expectRight(decodeCallback(readText(JOB_SAMPLES_DIR, 'DocProcess-de43681f.xml')));
    if (decoded.EventName !== 'TaskFinish' || decoded.JobsDetail.Tag !== 'DocProcess')
      throw new Error('DocProcess');
    expect(decoded.JobsDetail.Operation?.DocProcessResult?.PageInfo).toEqual([
      { PageNo: '2', TgtUri: 'big/test-1' },
    ]);
  });
});

describe('FileCompress, FileUncompress, FileHashCode', () => {
  it('repeated nodes are lists whatever their count', () => {
    const compress = decodeBoth({
      Tag: 'FileCompress',
      Operation: { FileCompressConfig: { Key: 'a.txt', KeyConfig: [{ Key: 'b' }, { Key: 'c' }] } },
    });
    if (compress.Tag !== 'FileCompress') throw new Error(String(compress.Tag));
    expect(compress.Operation?.FileCompressConfig).toEqual({
      Key: ['a.txt'],
      KeyConfig: [{ Key: 'b' }, { Key: 'c' }],
    });
    const uncompress = decodeBoth({
      Tag: 'FileUncompress',
      Operation: {
        FileUncompressConfig: { DownloadConfig: { Key: ['a', 'b'] } },
        FileUncompressResult: { FileCount: 2 },
      },
    });
    if (uncompress.Tag !== 'FileUncompress') throw new Error(String(uncompress.Tag));
    expect(uncompress.Operation).toEqual({
      FileUncompressConfig: { DownloadConfig: { Key: ['a', 'b'] } },
      FileUncompressResult: { FileCount: '2' },
    });
  });

  it('keeps LastModified and every other leaf as text, exactly as sent', () => {
    const result = {
      MD5: '000123',
      FileSize: '1234567890123456789012',
      LastModified: 'Mon, 27 Jun 2022 07:23:11 GMT',
    };
    const job = decodeBoth({ Tag: 'FileHashCode', Operation: { FileHashCodeResult: result } });
    if (job.Tag !== 'FileHashCode') throw new Error(String(job.Tag));
    expect(job.Operation?.FileHashCodeResult).toEqual(result);
  });
});
