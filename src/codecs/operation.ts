import type * as t from 'io-ts';
import { struct } from './struct';
import { Text } from './text';

/** The `Operation` children most job types share. */
export interface JobOperation {
  /** The user's own string, passed through from the job's submission (up to 1024 printable characters). */
  readonly UserData?: string;
  /** The job's priority, `0`, `1` or `2`, as text. */
  readonly JobLevel?: string;
  /** The ID of the template the job ran with. */
  readonly TemplateId?: string;
  /** The name of the template the job ran with. */
  readonly TemplateName?: string;
}

/** The codecs of {@link JobOperation}'s nodes, spread into each Tag's operation. */
export const operationNodes = { UserData: Text, JobLevel: Text, TemplateId: Text, TemplateName: Text };

/** The `Operation` codec of a Tag: the shared nodes and the Tag's own. */
export const operation = <P extends t.Props>(tag: string, nodes: P) =>
  struct(`${tag} Operation`, {}, { ...operationNodes, ...nodes });
