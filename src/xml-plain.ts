import { setNode, type PlainData } from './plain';
import { keepsMixedText, MIXED_TEXT } from './xml-conventions';
import { NAME_MARKER } from './xml-scanner';

/** Names fast-xml-parser refuses or renames (it guards its own objects), though they are legal XML. */
const GUARDED_NAMES = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/** The first character of a guarded name as the parser gets it: `#`, which no XML name can hold. */
const GUARD = 0x23;

/**
 * A name as the parser must get it (its `transformTagName`): a guarded name escaped with `#`, which the builder
 * takes off again.
 * @internal
 */
export const guardName = (name: string): string =>
  GUARDED_NAMES.has(name) ? String.fromCharCode(GUARD) + name : name;

/**
 * Whether a node object of `names` child names is copied when its element ends. V8 keeps an object grown by
 * computed names fast up to about 16 of them, then turns it into a slow dictionary, which slows every loop over
 * nodes (the codecs', for every body the process decodes after); a copy made at once stays fast up to about 1,000.
 */
const copiedWhenEnded = (names: number): boolean => names > 16 && names <= 1000;

/** What fast-xml-parser passes its callbacks as `jPath` when `jPath: false`: a view of the open elements. */
interface PathView {
  getDepth(): number;
}

/** The callbacks a fast-xml-parser is given to feed a {@link PlainBuilder}. */
export interface BuildHooks {
  readonly updateTag: (name: string, path: PathView | string) => false;
  readonly tagValueProcessor: (name: string, value: string, path: PathView | string) => string;
}

/**
 * Builds plain data from fast-xml-parser's callbacks while it reads, so that the parser keeps no tree of its own:
 * its `updateTag` answers `false` (drop the element) and its `tagValueProcessor` answers `''` (drop the text), so
 * each node it allocates is garbage as soon as its element ends. Its ordered tree costs about 35x the body for a
 * document of tiny elements; the plain data it would have become costs a few times the body.
 *
 * The rules are the ones the adapter always had: text leaves, arrays for repeated names, the text between
 * elements dropped when it is XML whitespace only and kept as `#text` when it is not (mixed content).
 *
 * One builder serves one parse: its {@link hooks} go into the options of the parser made for that parse, so no
 * state outlives it or is shared between parses.
 * @internal
 */
export class PlainBuilder {
  /** Per open element, outermost first: its name, its text so far, and its children so far. */
  private readonly names: string[] = [];
  private readonly texts: string[] = [];
  private readonly objects: (Record<string, PlainData> | undefined)[] = [];
  /** Per open element, how many names its children have. */
  private readonly sizes: number[] = [];
  /** The content of the first top-level element, once it has ended. */
  private root: PlainData | undefined;

  /** The parser's callbacks into this builder. */
  readonly hooks: BuildHooks = {
    updateTag: (name, path) => {
      this.open(name, (path as PathView).getDepth());
      return false;
    },
    tagValueProcessor: (_name, value, path) => {
      this.text(value, (path as PathView).getDepth());
      return '';
    },
  };

  /**
   * @param resolve maps each text run before it is kept (the scanner's lifted runs)
   * @param markedNames the element names behind the scanner's name markers
   */
  constructor(
    private readonly resolve: ((text: string) => string) | undefined,
    private readonly markedNames: readonly string[],
  ) {}

  /** Ends what is still open, and answers the root element's content. */
  finish(): PlainData | undefined {
    this.closeTo(0);
    return this.root;
  }

  /** An element opens, `depth` levels deep (the root is at 1). */
  private open(name: string, depth: number): void {
    this.closeTo(depth - 1);
    const first = name.charCodeAt(0);
    this.names.push(
      first === GUARD
        ? name.slice(1)
        : first === NAME_MARKER
          ? (this.markedNames[Number(name.slice(1))] as string)
          : name,
    );
    this.texts.push('');
    this.objects.push(undefined);
    this.sizes.push(0);
  }

  /** A text run (decoded, CDATA included) inside the element at `depth`. */
  private text(value: string, depth: number): void {
    this.closeTo(depth);
    const top = this.texts.length - 1;
    if (top < 0) return; // outside the root: the adapter refuses it before parsing
    this.texts[top] += this.resolve === undefined ? value : this.resolve(value);
  }

  /** Ends the elements deeper than `depth`, attaching each to its parent. */
  private closeTo(depth: number): void {
    while (this.names.length > depth) {
      const name = this.names.pop() as string;
      const text = this.texts.pop() as string;
      const object = this.objects.pop();
      const size = this.sizes.pop() as number;
      let value: PlainData = text;
      if (object !== undefined) {
        if (keepsMixedText(text)) object[MIXED_TEXT] = text;
        value = copiedWhenEnded(size) ? { ...object } : object;
      }
      const parent = this.objects.length - 1;
      if (parent < 0) {
        this.root ??= value;
        continue;
      }
      const siblings = (this.objects[parent] ??= {});
      if (!Object.prototype.hasOwnProperty.call(siblings, name)) {
        setNode(siblings, name, value);
        this.sizes[parent] = (this.sizes[parent] as number) + 1;
      } else {
        // An element's own value is text or an object, so an array here is one this loop built.
        const previous = siblings[name] as PlainData;
        if (Array.isArray(previous)) (previous as PlainData[]).push(value);
        else setNode(siblings, name, [previous, value]);
      }
    }
  }
}
