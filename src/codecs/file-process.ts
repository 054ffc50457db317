import { knownJob, type JobsDetailBase } from './job';
import { many } from './many';
import { operation, type JobOperation } from './operation';
import { JobOutputCodec, type JobOutput } from './output';
import { struct } from './struct';
import { Text } from './text';
import { exactly } from './exactly';

// The file-processing family (FileCompress, FileUncompress, FileHashCode): jobs on whole COS objects, reported
// in the media envelope. Every leaf is text as sent, like the other media jobs'.

/** A folder to pack into an archive, with its own options. */
export interface FileCompressPrefixConfig {
  /** The key prefix of the objects to pack. */
  readonly Prefix?: string;
  /** The folder they go to inside the archive. */
  readonly Folder?: string;
  /** Image processing applied to images before packing. */
  readonly ImageParams?: string;
}

export const FileCompressPrefixConfigCodec = exactly<FileCompressPrefixConfig>()(
  struct('PrefixConfig', {}, { Prefix: Text, Folder: Text, ImageParams: Text }),
);

/** An object to pack into an archive, with its own options. */
export interface FileCompressKeyConfig {
  /** The object's key. */
  readonly Key?: string;
  /** The folder it goes to inside the archive. */
  readonly Folder?: string;
  /** Its name inside the archive. */
  readonly Rename?: string;
  /** Image processing applied to it before packing. */
  readonly ImageParams?: string;
}

export const FileCompressKeyConfigCodec = exactly<FileCompressKeyConfig>()(
  struct('KeyConfig', {}, { Key: Text, Folder: Text, Rename: Text, ImageParams: Text }),
);

/** The parameters of a FileCompress job. */
export interface FileCompressConfig {
  /** `0` keeps the objects' folders in the archive, `1` flattens them. */
  readonly Flatten?: string;
  /** The archive's format: `zip`, `tar` or `tar.gz`. */
  readonly Format?: string;
  /** The compression type, as the job was told. */
  readonly Type?: string;
  /** The key of the archive's password, as the job was told. */
  readonly CompressKey?: string;
  /** Whether objects that fail are skipped rather than failing the job, as the job was told. */
  readonly IgnoreError?: string;
  /** The key of an index file listing the URLs to pack. */
  readonly UrlList?: string;
  /** The key prefix of the objects to pack. */
  readonly Prefix?: string;
  /** The keys of the objects to pack, one per item. */
  readonly Key?: readonly string[];
  /** Folders to pack with their own options. */
  readonly PrefixConfig?: readonly FileCompressPrefixConfig[];
  /** Objects to pack with their own options. */
  readonly KeyConfig?: readonly FileCompressKeyConfig[];
}

export const FileCompressConfigCodec = exactly<FileCompressConfig>()(
  struct(
    'FileCompressConfig',
    {},
    {
      Flatten: Text,
      Format: Text,
      Type: Text,
      CompressKey: Text,
      IgnoreError: Text,
      UrlList: Text,
      Prefix: Text,
      Key: many(Text),
      PrefixConfig: many(FileCompressPrefixConfigCodec),
      KeyConfig: many(FileCompressKeyConfigCodec),
    },
  ),
);

/** The archive a FileCompress job wrote. */
export interface FileCompressResult {
  /** The bucket's region. */
  readonly Region?: string;
  /** The bucket, as `name-appid`. */
  readonly Bucket?: string;
  /** The archive's key. */
  readonly Object?: string;
  /** How many files were packed. */
  readonly CompressFileCount?: string;
  /** How many files failed. */
  readonly ErrorCount?: string;
}

export const FileCompressResultCodec = exactly<FileCompressResult>()(
  struct(
    'FileCompressResult',
    {},
    { Region: Text, Bucket: Text, Object: Text, CompressFileCount: Text, ErrorCount: Text },
  ),
);

/** The `Operation` nodes of a FileCompress job, beyond the shared ones. */
export const fileCompressOperationNodes = {
  FileCompressConfig: FileCompressConfigCodec,
  FileCompressResult: FileCompressResultCodec,
  Output: JobOutputCodec,
};

/** The `Operation` of a FileCompress job (several objects packed into one archive). */
export interface FileCompressOperation extends JobOperation {
  /** The parameters. */
  readonly FileCompressConfig?: FileCompressConfig;
  /** The archive written. */
  readonly FileCompressResult?: FileCompressResult;
  /** Where the job was told to write. */
  readonly Output?: JobOutput;
}

/** The `JobsDetail` of a FileCompress job. */
export interface FileCompressJob extends JobsDetailBase {
  readonly Tag: 'FileCompress';
  readonly Operation?: FileCompressOperation;
}

export const FileCompressJobCodec = exactly<FileCompressJob>()(
  knownJob('FileCompress', operation('FileCompress', fileCompressOperationNodes)),
);

/** Where a FileUncompress job is told to send some files of the archive for download. */
export interface FileUncompressDownloadConfig {
  /** The key prefix of the files. */
  readonly Prefix?: string;
  /** The keys of the files, one per item. */
  readonly Key?: readonly string[];
}

export const FileUncompressDownloadConfigCodec = exactly<FileUncompressDownloadConfig>()(
  struct('DownloadConfig', {}, { Prefix: Text, Key: many(Text) }),
);

/** The parameters of a FileUncompress job. */
export interface FileUncompressConfig {
  /** The key prefix the files are written under. */
  readonly Prefix?: string;
  /** How `Prefix` combines with the archive's own folder names, as the job was told (`0`, `1`, `2`). */
  readonly PrefixReplaced?: string;
  /** The key of the archive's password, as the job was told. */
  readonly UnCompressKey?: string;
  /** What to do with a file that already exists. */
  readonly Mode?: string;
  /** Files of the archive to extract for download. */
  readonly DownloadConfig?: FileUncompressDownloadConfig;
}

export const FileUncompressConfigCodec = exactly<FileUncompressConfig>()(
  struct(
    'FileUncompressConfig',
    {},
    {
      Prefix: Text,
      PrefixReplaced: Text,
      UnCompressKey: Text,
      Mode: Text,
      DownloadConfig: FileUncompressDownloadConfigCodec,
    },
  ),
);

/** The files a FileUncompress job wrote. */
export interface FileUncompressResult {
  /** The bucket's region. */
  readonly Region?: string;
  /** The bucket, as `name-appid`. */
  readonly Bucket?: string;
  /** How many files were extracted. */
  readonly FileCount?: string;
}

export const FileUncompressResultCodec = exactly<FileUncompressResult>()(
  struct('FileUncompressResult', {}, { Region: Text, Bucket: Text, FileCount: Text }),
);

/** The `Operation` nodes of a FileUncompress job, beyond the shared ones. */
export const fileUncompressOperationNodes = {
  FileUncompressConfig: FileUncompressConfigCodec,
  FileUncompressResult: FileUncompressResultCodec,
  Output: JobOutputCodec,
};

/** The `Operation` of a FileUncompress job (an archive extracted into a bucket). */
export interface FileUncompressOperation extends JobOperation {
  /** The parameters. */
  readonly FileUncompressConfig?: FileUncompressConfig;
  /** The files written. */
  readonly FileUncompressResult?: FileUncompressResult;
  /** Where the job was told to write. */
  readonly Output?: JobOutput;
}

/** The `JobsDetail` of a FileUncompress job. */
export interface FileUncompressJob extends JobsDetailBase {
  readonly Tag: 'FileUncompress';
  readonly Operation?: FileUncompressOperation;
}

export const FileUncompressJobCodec = exactly<FileUncompressJob>()(
  knownJob('FileUncompress', operation('FileUncompress', fileUncompressOperationNodes)),
);

/** The parameters of a FileHashCode job. */
export interface FileHashCodeConfig {
  /** The hash asked for: `MD5`, `SHA1` or `SHA256`. */
  readonly Type?: string;
  /** `true` to also store the hash in the object's headers. */
  readonly AddToHeader?: string;
}

export const FileHashCodeConfigCodec = exactly<FileHashCodeConfig>()(
  struct('FileHashCodeConfig', {}, { Type: Text, AddToHeader: Text }),
);

/** What a FileHashCode job computed; only the hash asked for is present. */
export interface FileHashCodeResult {
  /** The MD5, in hex. */
  readonly MD5?: string;
  /** The SHA-1, in hex. */
  readonly SHA1?: string;
  /** The SHA-256, in hex. */
  readonly SHA256?: string;
  /** The object's size in bytes. */
  readonly FileSize?: string;
  /** When the object was last modified, as sent (an HTTP date, not a job time). */
  readonly LastModified?: string;
  /** The object's ETag. */
  readonly Etag?: string;
}

export const FileHashCodeResultCodec = exactly<FileHashCodeResult>()(
  struct(
    'FileHashCodeResult',
    {},
    { MD5: Text, SHA1: Text, SHA256: Text, FileSize: Text, LastModified: Text, Etag: Text },
  ),
);

/** The `Operation` nodes of a FileHashCode job, beyond the shared ones. */
export const fileHashCodeOperationNodes = {
  FileHashCodeConfig: FileHashCodeConfigCodec,
  FileHashCodeResult: FileHashCodeResultCodec,
  Output: JobOutputCodec,
};

/** The `Operation` of a FileHashCode job (an object's hash computed). */
export interface FileHashCodeOperation extends JobOperation {
  /** The parameters. */
  readonly FileHashCodeConfig?: FileHashCodeConfig;
  /** The hash computed. */
  readonly FileHashCodeResult?: FileHashCodeResult;
  /** Where the job was told to write. */
  readonly Output?: JobOutput;
}

/** The `JobsDetail` of a FileHashCode job. */
export interface FileHashCodeJob extends JobsDetailBase {
  readonly Tag: 'FileHashCode';
  readonly Operation?: FileHashCodeOperation;
}

export const FileHashCodeJobCodec = exactly<FileHashCodeJob>()(
  knownJob('FileHashCode', operation('FileHashCode', fileHashCodeOperationNodes)),
);
