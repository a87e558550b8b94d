/**
 * Text back from CoreNLP (Penn Treebank style) tokens, as in CofeNet's sentence file: a system that reads
 * text with its own tokenizer reads this, and its character spans are mapped back onto the file's tokens
 * through the offsets kept here.
 *
 * Surface forms: `` → “, '' → ”, ` → ‘, ' → ’, ''' → ’”, -LRB- → (, -RRB- → ), -LSB- → [, -RSB- → ],
 * -LCB- → {, -RCB- → }; every other token as it is. Spacing: one space between tokens, none before
 * closing punctuation (, . ; : ! ? … ) ] } % ” ’), clitics ('s 're 've 'll 'm 'd n't, so "ca n't" is
 * "can't") and the "na" of "gon na" ("ta" of "got ta"); none after opening marks (( [ { “ ‘ $ #).
 */

const SURFACE: Record<string, string> = {
  '``': '“', "''": '”', '`': '‘', "'": '’', "'''": '’”',
  '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}',
};

/** Tokens written right after the one before them. */
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|\.\.\.|…|''|'|'''|-RRB-|-RSB-|-RCB-|n't|N'T|'(?:s|re|ve|ll|m|d)|'(?:S|RE|VE|LL|M|D))$/;
/** Tokens the next one is written right after. */
const NO_SPACE_AFTER = /^(?:[([{$#]|``|`|-LRB-|-LSB-|-LCB-)$/;

export interface Detokenized {
  text: string;
  /** Per token, its [start, end) in `text`. */
  offsets: Array<{ start: number; end: number }>;
}

/** Text of CoreNLP tokens, with each token's character span in it. */
export function detokenize(tokens: readonly string[]): Detokenized {
  let text = '';
  const offsets: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const glued = i > 0 && (NO_SPACE_BEFORE.test(t) || NO_SPACE_AFTER.test(tokens[i - 1])
      || (/^na$/i.test(t) && /^(?:gon|wan)$/i.test(tokens[i - 1])) || (/^ta$/i.test(t) && /^got$/i.test(tokens[i - 1])));
    if (i > 0 && !glued) text += ' ';
    const s = SURFACE[t] ?? t;
    offsets.push({ start: text.length, end: text.length + s.length });
    text += s;
  }
  return { text, offsets };
}
