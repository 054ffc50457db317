import type * as t from 'io-ts';
import { Integer } from '../integer';
import { many, one } from '../many';
import { struct } from '../struct';
import { record } from '../record';
import { literal, Text } from '../text';
import { ReviewTime } from '../time';
import { exactly } from '../exactly';

/**
 * The custom headers set when the object was uploaded, as sent: header name to value (`x-cos-meta-id`). Unlike
 * the media jobs' `CosHeaders`, moderation sends a map, not a Key/Value list.
 */
export type CosHeaderMap = Readonly<Record<string, string>>;

/** The codec of a {@link CosHeaderMap}: header names to text, each name kept as sent, empty values absent. */
export const CosHeaderMapCodec = exactly<CosHeaderMap>()(record('CosHeaders', Text));

/** The user the content came from, as the job's submitter described them (each field as they sent it). */
export interface UserInfo {
  /** The user's account ID. */
  readonly TokenId?: string;
  /** The user's nickname. */
  readonly Nickname?: string;
  /** The user's device ID. */
  readonly DeviceId?: string;
  /** The app's ID. */
  readonly AppId?: string;
  /** The room's ID. */
  readonly Room?: string;
  /** The user's IP address. */
  readonly IP?: string;
  /** The business type. */
  readonly Type?: string;
  /** The account ID of the user a message was sent to. */
  readonly ReceiveTokenId?: string;
  /** The user's gender. */
  readonly Gender?: string;
  /** The user's level. */
  readonly Level?: string;
  /** The user's role. */
  readonly Role?: string;
}

export const UserInfoCodec = exactly<UserInfo>()(
  struct(
    'UserInfo',
    {},
    {
      TokenId: Text,
      Nickname: Text,
      DeviceId: Text,
      AppId: Text,
      Room: Text,
      IP: Text,
      Type: Text,
      ReceiveTokenId: Text,
      Gender: Text,
      Level: Text,
      Role: Text,
    },
  ),
);

/** A hit in the user's allow or block lists of accounts. */
export interface ListResult {
  /** The list's kind: 0 an allow list, 1 a block list. */
  readonly ListType?: number;
  /** The list's name. */
  readonly ListName?: string;
  /** The entry of the list that matched. */
  readonly Entity?: string;
}

export const ListResultCodec = exactly<ListResult>()(
  struct('ListResult', {}, { ListType: Integer, ListName: Text, Entity: Text }),
);

/** The account lists the content's user matched. */
export interface ListInfo {
  /** Each list that matched. */
  readonly ListResults?: readonly ListResult[];
}

export const ListInfoCodec = exactly<ListInfo>()(
  struct('ListInfo', {}, { ListResults: many(ListResultCodec) }),
);

/** What every moderation job's detail holds, whatever the kind of content. */
export interface ReviewJobBase {
  /** The moderation job's ID. */
  readonly JobId: string;
  /** The error code of a failed job. */
  readonly Code?: string;
  /** The error message of a failed job. */
  readonly Message?: string;
  /** `Submitted`, `Snapshoting` (live streams), `Auditing`, `Success` or `Failed`. */
  readonly State?: string;
  /** When the job was created; absent when sent empty. */
  readonly CreationTime?: Date;
  /** The submitter's own ID for the content (up to 512 bytes), echoed back. */
  readonly DataId?: string;
  /** The COS object moderated. */
  readonly Object?: string;
  /** The URL moderated (content not in COS, live streams, web pages). */
  readonly Url?: string;
  /** The highest-priority label hit, such as `Normal` or `Porn`. */
  readonly Label?: string;
  /** The bucket, as `name-appid`. */
  readonly BucketId?: string;
  /** The bucket's region. */
  readonly Region?: string;
  /** The object's freeze state: 0 not frozen, 1 frozen, 2 moved. */
  readonly ForbidState?: number;
  /** The custom headers set when the object was uploaded. */
  readonly CosHeaders?: CosHeaderMap;
  /** The user the content came from. */
  readonly UserInfo?: UserInfo;
  /** The account lists the user matched. */
  readonly ListInfo?: ListInfo;
}

export const reviewJobNodes = {
  Code: Text,
  Message: Text,
  State: Text,
  CreationTime: ReviewTime,
  DataId: Text,
  Object: Text,
  Url: Text,
  Label: Text,
  BucketId: Text,
  Region: Text,
  ForbidState: Integer,
  CosHeaders: CosHeaderMapCodec,
  UserInfo: UserInfoCodec,
  ListInfo: ListInfoCodec,
};

/** The codec of one kind's `JobsDetail`: the shared nodes and the kind's own. */
export const reviewJob = <P extends t.Props>(name: string, nodes: P) =>
  struct(`${name} JobsDetail`, { JobId: Text }, { ...reviewJobNodes, ...nodes });

/** The codec of a Detail callback: `{ EventName, JobsDetail }` (JSON may wrap `JobsDetail` in a one-element list). */
export const reviewCallback = <E extends string, J extends t.Mixed>(event: E, job: J) =>
  struct(`${event} callback`, { EventName: literal(event), JobsDetail: one(job) }, {});
