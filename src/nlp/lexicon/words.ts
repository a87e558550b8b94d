/**
 * Word forms as the taggers see them: typographic quotes and dashes folded to the plain forms of
 * the Reuters/Penn treebank text the models were trained on, and a compact word shape.
 */

/** The treebank form of a token: curly quotes straight, en/em dashes as "--"/"-", "…" as "...". */
export function normWord(t: string): string {
  if (t.length === 1) {
    switch (t) {
      case '“': case '”': case '„': case '«': case '»': return '"';
      case '‘': case '’': return "'";
      case '—': return '--';
      case '–': return '-';
      case '…': return '...';
      default: return t;
    }
  }
  if (t.includes('’')) return t.replace(/’/g, "'");
  return t;
}

/**
 * Compact shape: upper → X, lower → x, digit → d, other characters kept, runs of the same class
 * longer than two shortened ("McDonald" → "XxXx", "U.S." → "X.X.", "1996-08-22" → "dd-dd-dd").
 */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127) {
      const ch = w[i];
      k = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    } else k = w[i];
    if (k === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    last = k;
    out += k;
  }
  return out;
}

/** First character is an upper-case letter. */
export function isCap(w: string): boolean {
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = w[0];
  return ch !== ch.toLowerCase();
}

/** Every letter upper case (and at least one letter). */
export function isAllCaps(w: string): boolean {
  return w !== w.toLowerCase() && w === w.toUpperCase();
}
