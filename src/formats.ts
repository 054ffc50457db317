import { parseJson } from './json-adapter';
import type { Adapters } from './pipeline';
import { parseXml } from './xml-adapter';

/**
 * The adapters of both formats, for the decoders that read XML and JSON (the JSON-only entry passes its own, so
 * that its bundle has no XML parser).
 * @internal
 */
export const BOTH_FORMATS: Adapters = { xml: parseXml, json: parseJson };
