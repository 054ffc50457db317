import type * as t from 'io-ts';
import { dispatch } from './dispatch';
import { job, type JobsDetailBase } from './job';
import { UnknownNodesCodec, type UnknownNodes } from './node';
import { Text } from './text';
import { ExtractDigitalWatermarkJobCodec, type ExtractDigitalWatermarkJob } from './watermark';

declare const unknownTag: unique symbol;

/**
 * A `Tag` this version does not model. Branded so that `switch (d.Tag)` still narrows: a plain `string`
 * member would swallow every `case`.
 */
export type UnknownTag = string & { readonly [unknownTag]: true };

/** The `JobsDetail` of a job type this version does not model; its `Operation` is kept as plain data. */
export interface UnknownJob extends JobsDetailBase {
  readonly Tag: UnknownTag;
  readonly Operation?: UnknownNodes;
}

const UnknownJobCodec: t.Type<UnknownJob, unknown> = job(
  'unknown Tag',
  Text as unknown as t.Type<UnknownTag, string, unknown>,
  UnknownNodesCodec,
);

/** The detail of a finished job, narrowed by `Tag`. */
export type JobsDetail = ExtractDigitalWatermarkJob | UnknownJob;

const known = new Map<string, t.Mixed>([['ExtractDigitalWatermark', ExtractDigitalWatermarkJobCodec]]);

const tagOf = (u: unknown): unknown =>
  typeof u === 'object' && u !== null ? (u as { Tag?: unknown }).Tag : undefined;

export const JobsDetailCodec = dispatch<JobsDetail>(
  'JobsDetail',
  (u) => {
    const tag = tagOf(u);
    if (typeof tag !== 'string' || tag === '') return UnknownJobCodec; // reports the missing Tag with the rest
    return known.get(tag) ?? UnknownJobCodec;
  },
  'an object (JobsDetail)',
);
