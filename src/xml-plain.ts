import { setNode, type PlainData } from './plain';
import { keepsMixedText, MIXED_TEXT } from './xml-conventions';
import { NAME_MARKER } from './xml-scanner';

/** What fast-xml-parser passes its callbacks as `jPath` when `jPath: false`: a view of the open elements. */
interface PathView {
  getDepth(): number;
}

/** What one parse built: the names of the top-level elements (up to two), and the first one's content. */
export interface Built {
  readonly roots: readonly string[];
  readonly root: PlainData | undefined;
}

/**
 * Builds plain data from fast-xml-parser's callbacks while it reads, so that the parser keeps no tree of its own:
 * its `updateTag` answers `false` (drop the element) and its `tagValueProcessor` answers `''` (drop the text), so
 * each node it allocates is garbage as soon as its element ends. Its ordered tree costs about 35x the body for a
 * document of tiny elements; the plain data it would have become costs a few times the body.
 *
 * The rules are the ones the adapter always had: text leaves, arrays for repeated names, the text between
 * elements dropped when it is XML whitespace only and kept as `#text` when it is not (mixed content).
 */
class Builder {
  /** Per open element, outermost first: its name, its text so far, and its children so far. */
  private readonly names: string[] = [];
  private readonly texts: string[] = [];
  private readonly objects: (Record<string, PlainData> | undefined)[] = [];
  readonly roots: string[] = [];
  root: PlainData | undefined;

  constructor(
    private readonly resolve: ((text: string) => string) | undefined,
    private readonly markedNames: readonly string[],
  ) {}

  /** An element opens, `depth` levels deep (the root is at 1). */
  open(name: string, depth: number): void {
    this.closeTo(depth - 1);
    if (depth === 1 && this.roots.length < 2) this.roots.push(name);
    const first = name.charCodeAt(0);
    this.names.push(
      first === 0x23 /* # */
        ? name.slice(1)
        : first === NAME_MARKER
          ? (this.markedNames[Number(name.slice(1))] as string)
          : name,
    );
    this.texts.push('');
    this.objects.push(undefined);
  }

  /** A text run (decoded, CDATA included) inside the element at `depth`. */
  text(value: string, depth: number): void {
    this.closeTo(depth);
    const top = this.texts.length - 1;
    if (top < 0) return; // outside the root: the adapter refuses it before parsing
    this.texts[top] += this.resolve === undefined ? value : this.resolve(value);
  }

  /** Ends the elements deeper than `depth`, attaching each to its parent. */
  closeTo(depth: number): void {
    while (this.names.length > depth) {
      const name = this.names.pop() as string;
      const text = this.texts.pop() as string;
      const object = this.objects.pop();
      let value: PlainData = text;
      if (object !== undefined) {
        if (keepsMixedText(text)) object[MIXED_TEXT] = text;
        value = object;
      }
      const parent = this.objects.length - 1;
      if (parent < 0) {
        this.root ??= value;
        continue;
      }
      const siblings = (this.objects[parent] ??= {});
      if (!Object.prototype.hasOwnProperty.call(siblings, name)) setNode(siblings, name, value);
      else {
        // An element's own value is text or an object, so an array here is one this loop built.
        const previous = siblings[name] as PlainData;
        if (Array.isArray(previous)) (previous as PlainData[]).push(value);
        else setNode(siblings, name, [previous, value]);
      }
    }
  }
}

let active: Builder | undefined;

/**
 * The callbacks that feed the builder; the adapter's parser is configured with them.
 * @internal
 */
export const buildHooks = {
  updateTag: (name: string, path: PathView | string): false => {
    active?.open(name, (path as PathView).getDepth());
    return false;
  },
  tagValueProcessor: (_name: string, value: string, path: PathView | string): string => {
    active?.text(value, (path as PathView).getDepth());
    return '';
  },
};

/**
 * Runs `parse` (a fast-xml-parser configured with {@link buildHooks}) and returns the plain data it built.
 * `resolve` maps each text run before it is kept (the scanner's lifted runs); `markedNames` are the element
 * names behind the scanner's name markers. Throws what `parse` throws.
 * @internal
 */
export function buildPlain(
  parse: () => unknown,
  resolve: ((text: string) => string) | undefined,
  markedNames: readonly string[],
): Built {
  const builder = new Builder(resolve, markedNames);
  active = builder;
  try {
    parse();
  } finally {
    active = undefined;
  }
  builder.closeTo(0);
  return builder;
}
