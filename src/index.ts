/**
 * claimtrail's library API: `extract(input, {published, title, url, outlet}) → Ledger`
 * (the format is LEDGER.md), and the stages for those who need them one by one.
 */
export { extract, extractDocument } from './pipeline.js';
export * from './ledger/types.js';
export { documentFromText, documentFromHtml, readInput, InputError, parseDate } from './document/index.js';
export { analyse, tokenize, type Analysis, type Token, type Sentence } from './nlp/tokenize.js';
export { VERSION } from './version.js';
