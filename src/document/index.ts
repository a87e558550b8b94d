/** The document stage: inputs → Document (main text, title, date, outlet, boilerplate removed). */
export { InputError } from './errors.js';
export { readInput, decodeText, sniffKind, MAX_INPUT_BYTES, type RawInput, type InputKind } from './input.js';
export { documentFromText, isBoilerplate, readsAsHeadline, contentId, type DocumentMeta } from './text.js';
export { documentFromHtml, extractMainText, htmlMetadata } from './html.js';
export { parseDate, parseIsoDateStrict } from './dates.js';
export { parseHeader, type HeaderMeta } from './header.js';
