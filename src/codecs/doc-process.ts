import { knownJob, type JobsDetailBase } from './job';
import { many } from './many';
import { operation, type JobOperation } from './operation';
import { JobOutputCodec, type JobOutput } from './output';
import { struct } from './struct';
import { Text } from './text';
import { exactly } from './exactly';

/** The parameters of a DocProcess job (a document turned into images, PDF or HTML). */
export interface DocProcess {
  /** The input's type, such as `docx`; absent when read from its name. */
  readonly SrcType?: string;
  /** The output's type: `jpg`, `png`, `pdf`, `html` ... */
  readonly TgtType?: string;
  /** The spreadsheet sheet to convert. */
  readonly SheetId?: string;
  /** The first page to convert. */
  readonly StartPage?: string;
  /** The last page to convert (`0` or `-1`: to the end). */
  readonly EndPage?: string;
  /** Image processing applied to each page's image. */
  readonly ImageParams?: string;
  /** The document's password. */
  readonly DocPassword?: string;
  /** `1` to show comments. */
  readonly Comments?: string;
  /** A spreadsheet's paper direction: `0` portrait, `1` landscape. */
  readonly PaperDirection?: string;
  /** The output images' quality. */
  readonly Quality?: string;
  /** The output's zoom, in percent. */
  readonly Zoom?: string;
}

export const DocProcessCodec = exactly<DocProcess>()(
  struct(
    'DocProcess',
    {},
    {
      SrcType: Text,
      TgtType: Text,
      SheetId: Text,
      StartPage: Text,
      EndPage: Text,
      ImageParams: Text,
      DocPassword: Text,
      Comments: Text,
      PaperDirection: Text,
      Quality: Text,
      Zoom: Text,
    },
  ),
);

/** One page a DocProcess job wrote. */
export interface DocProcessPageInfo {
  /** The page's number in the document. */
  readonly PageNo?: string;
  /** The key of the file written for it. */
  readonly TgtUri?: string;
  /** How many images a spreadsheet's sheet became. */
  readonly 'X-SheetPics'?: string;
  /** The image's index within its sheet. */
  readonly PicIndex?: string;
  /** How many images its sheet became. */
  readonly PicNum?: string;
}

export const DocProcessPageInfoCodec = exactly<DocProcessPageInfo>()(
  struct('PageInfo', {}, { PageNo: Text, TgtUri: Text, 'X-SheetPics': Text, PicIndex: Text, PicNum: Text }),
);

/** The result of a DocProcess job. */
export interface DocProcessResult {
  /** How many pages failed. */
  readonly FailPageCount?: string;
  /** How many pages were converted. */
  readonly SuccPageCount?: string;
  /** How many pages the document has. */
  readonly TotalPageCount?: string;
  /** How many sheets a spreadsheet has. */
  readonly TotalSheetCount?: string;
  /** The conversion task's ID. */
  readonly TaskId?: string;
  /** The output's type. */
  readonly TgtType?: string;
  /** Each page written, always a list (one page is a list of one). */
  readonly PageInfo?: readonly DocProcessPageInfo[];
}

export const DocProcessResultCodec = exactly<DocProcessResult>()(
  struct(
    'DocProcessResult',
    {},
    {
      FailPageCount: Text,
      SuccPageCount: Text,
      TotalPageCount: Text,
      TotalSheetCount: Text,
      TaskId: Text,
      TgtType: Text,
      PageInfo: many(DocProcessPageInfoCodec),
    },
  ),
);

/** The `Operation` nodes of a DocProcess job, beyond the shared ones. */
export const docProcessOperationNodes = {
  DocProcess: DocProcessCodec,
  DocProcessResult: DocProcessResultCodec,
  Output: JobOutputCodec,
};

/** The `Operation` of a DocProcess job. */
export interface DocProcessOperation extends JobOperation {
  /** The parameters. */
  readonly DocProcess?: DocProcess;
  /** The result. */
  readonly DocProcessResult?: DocProcessResult;
  /** Where the job was told to write (`${Number}` placeholders stay as sent). */
  readonly Output?: JobOutput;
}

/** The `JobsDetail` of a DocProcess job (document transcoding). */
export interface DocProcessJob extends JobsDetailBase {
  readonly Tag: 'DocProcess';
  readonly Operation?: DocProcessOperation;
}

export const DocProcessJobCodec = exactly<DocProcessJob>()(
  knownJob('DocProcess', operation('DocProcess', docProcessOperationNodes)),
);
