/**
 * How plain data and XML map where one element per node is not enough, shared by the XML adapter (and its
 * builder), the XML writer and the arbitraries, so that what one side writes the other reads back.
 */

import { MIXED_TEXT } from './plain';
import { isXmlWhitespace } from './xml-syntax';

/** The root element of every body: callbacks and the job API's answers alike. */
export const ROOT = 'Response';

/**
 * The key under which an element that holds both elements and text keeps its text (mixed content); its home is
 * the plain-data contract (`src/plain.ts`), since the codecs read it too.
 */
export { MIXED_TEXT };

/**
 * Is `text`, found beside child elements, kept as {@link MIXED_TEXT}? Only when it is more than XML whitespace:
 * indentation between elements is layout, not content.
 */
export const keepsMixedText = (text: string): boolean => !isXmlWhitespace(text);

/**
 * The name of the empty element written beside the text of an object that holds nothing else: without an element
 * beside it, the text would be read back as a text node, not as an object holding {@link MIXED_TEXT}. It decodes
 * to nothing.
 */
export const FILLER = '_';
