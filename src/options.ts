/** How a body is read before it is parsed. */
export interface DecodeOptions {
  /** `'auto'` (the default) sniffs the first non-space character after a BOM: `<` is XML, `{` or `[` JSON. */
  readonly format?: 'auto' | 'xml' | 'json';
  /** Larger bodies are refused before any parsing. Defaults to 1 MiB. */
  readonly maxBytes?: number;
}

/**
 * The default of {@link DecodeOptions.maxBytes}: 1 MiB.
 * @internal
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
