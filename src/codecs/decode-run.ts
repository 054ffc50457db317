import * as t from 'io-ts';
import { itemKey } from '../node-path';

/**
 * What a decode run does with a failing child:
 * - `check`: only whether it fails counts (a first look, whose errors are thrown away): stop at the first failure;
 * - `collect`: each failure becomes an error with its context (its path);
 * - `count`: the cap is reached: failures are counted in `omitted`, with no context and no list of errors.
 */
type Mode = 'check' | 'collect' | 'count';

/** How a decode run reads what it decodes, beside the issue cap. */
export interface RunOptions {
  /**
   * A text leaf sent several times with the same text is that text (the job API's SpeechRecognition answer
   * repeats `<JobLevel>0</JobLevel>`). Off by default: a callback sends each leaf once, and a repeat is an issue.
   */
  readonly repeatedText?: boolean;
}

/** The state of one capped decode, shared by the codecs through the root entry of io-ts's context. */
interface Run {
  readonly options: RunOptions;
  mode: Mode;
  /** Errors collected so far, by the children that returned. */
  collected: number;
  readonly cap: number;
  /** Failures counted, not collected, once `cap` errors were. */
  omitted: number;
}

interface RunEntry extends t.ContextEntry {
  readonly run: Run;
}

/** The failure of a child whose errors were counted: its parent fails, with nothing more to report. */
const COUNTED: t.Validation<never> = t.failures([]);

/**
 * The run a context belongs to, or `undefined` when the codec was called the plain io-ts way (`codec.decode`):
 * then every child builds its context and every failure is collected, as io-ts codecs do.
 */
const runOf = (c: t.Context): Run | undefined => (c[0] as Partial<RunEntry> | undefined)?.run;

/**
 * Validates `value` with `codec`, collecting at most `cap` errors in document order (a node's missing required
 * children first, see {@link Children}) and counting the rest exactly, without building their contexts: a body
 * with 130,000 wrong list items costs 100 contexts, not 130,000.
 * The codecs read the run from the context's root entry, so nothing is shared between decodes.
 * @internal
 */
export function validateCapped<A>(
  codec: t.Decoder<unknown, A>,
  value: unknown,
  cap: number,
  options: RunOptions = {},
): { readonly result: t.Validation<A>; readonly omitted: number } {
  const run: Run = { options, mode: 'collect', collected: 0, cap, omitted: 0 };
  const root: RunEntry = { key: '', type: codec, actual: value, run };
  const result = codec.validate(value, [root]);
  return { result, omitted: run.omitted };
}

/**
 * Does the run `c` belongs to read a text leaf sent several times with the same text as that text
 * ({@link RunOptions.repeatedText})? Never outside a run (`codec.decode`).
 * @internal
 */
export const readsRepeatedText = (c: t.Context): boolean => runOf(c)?.options.repeatedText === true;

/** What {@link Children.validate} answers for a child that failed. */
export const FAILED: unique symbol = Symbol('failed');

/**
 * The children of one node, validated in its run: every codec that holds nodes (a struct, a list) reads its
 * children through this, so that a failing child is handled alike everywhere. While the run only checks, the
 * first failure ends the node ({@link done}); otherwise each failure's errors are kept, and the node goes on to
 * report the others. The node's errors are its missing required children first (a missing node has no place in
 * the document, and it is most often the cause: it must not fall behind the cap), then the errors of its
 * children in the order they were validated.
 * @internal
 */
export class Children {
  /** Has any child failed (its errors may have been only counted)? */
  failed = false;
  private errors: t.ValidationError[] | undefined;
  /** The errors of missing required children, reported before {@link errors}. */
  private missed: t.ValidationError[] | undefined;
  private readonly run: Run | undefined;

  constructor(private readonly context: t.Context) {
    this.run = runOf(context);
  }

  /** Whether the node is decided: a child failed while the run only checks whether anything does. */
  get done(): boolean {
    return this.failed && this.run?.mode === 'check';
  }

  /** Validates the child `key` with `codec`: its value, or {@link FAILED} (then see {@link done}). */
  validate(codec: t.Mixed, value: unknown, key: string | number): unknown {
    const result = validateChild(codec, value, this.context, key, this.run);
    if (result._tag === 'Right') return result.right;
    this.fail(result.left);
    return FAILED;
  }

  /**
   * Reports the required child `key` missing, ahead of every other child's errors whenever it is called: with its
   * own context, unless it will only be counted.
   */
  missing(key: string, codec: t.Mixed, value: unknown): void {
    const run = this.run;
    const context =
      run === undefined || run.mode === 'collect'
        ? t.appendContext(this.context, key, codec, value)
        : this.context;
    this.failed = true;
    (this.missed ??= []).push({ value, context });
  }

  /** The node's validation: `value`, unless a child failed; missing children's errors first. */
  result<A>(value: A): t.Validation<A> {
    if (!this.failed) return t.success(value);
    if (this.missed === undefined) return t.failures(this.errors ?? []);
    if (this.errors !== undefined) for (const error of this.errors) this.missed.push(error);
    return t.failures(this.missed);
  }

  private fail(errors: readonly t.ValidationError[]): void {
    this.failed = true;
    if (errors.length === 0) return;
    const all = (this.errors ??= []);
    for (const error of errors) all.push(error);
  }
}

/**
 * Validates a child node, the way `codec.validate(value, t.appendContext(c, key, codec, value))` does, but
 * builds contexts only for errors that are reported. In a run, a child is first checked with its parent's
 * context (most children succeed, and io-ts copies the whole context for every node); only a child that fails
 * runs again with its own context, every failing node under it doing the same, so errors carry exactly the paths
 * they always had. Once the cap is reached, a child runs once, with no context, its failures only counted.
 * This is sound because whether a codec succeeds, and with what, never depends on the context: only error paths
 * do. A failing child costs a check that stops at its first failure, then the run that reports it: at most one
 * more run of the failing branch per level, linear in the depth.
 */
function validateChild(
  codec: t.Mixed,
  value: unknown,
  c: t.Context,
  key: string | number,
  run: Run | undefined,
): t.Validation<unknown> {
  if (run === undefined) return codec.validate(value, t.appendContext(c, nameOf(key), codec, value));
  if (run.mode === 'check') return codec.validate(value, c);
  if (run.mode === 'collect' && run.collected < run.cap) {
    run.mode = 'check';
    const checked = codec.validate(value, c);
    run.mode = 'collect';
    if (checked._tag === 'Right') return checked;
    const before = run.collected;
    const result = codec.validate(value, t.appendContext(c, nameOf(key), codec, value));
    if (result._tag === 'Left') run.collected = before + result.left.length; // the errors under it included
    return result;
  }
  const mode = run.mode;
  run.mode = 'count';
  const result = codec.validate(value, c);
  run.mode = mode;
  if (result._tag === 'Right') return result;
  run.omitted += result.left.length; // what the codec failed on itself: what failed under it is counted already
  return COUNTED;
}

const nameOf = (key: string | number): string => (typeof key === 'number' ? itemKey(key) : key);
