/**
 * The scanner: tries the parsers only at tokens that can start a time expression. Each parser names
 * the lowercase first words it can start with (the part of a token before any hyphen; '#' for a
 * number); at such a token its sticky pattern is run on the text, the longest match wins (the first
 * parser listed on a tie), and scanning resumes after it.
 */
import type { Analysis } from '../../nlp/tokenize.js';
import type { Draft, Parser } from './types.js';

export class Scanner {
  private readonly byTrigger = new Map<string, Parser[]>();

  constructor(parsers: readonly Parser[]) {
    for (const p of parsers) {
      if (!p.pattern.sticky) throw new Error(`times parser ${p.name}: pattern must be sticky (y)`);
      for (const t of p.triggers) {
        const list = this.byTrigger.get(t) ?? [];
        list.push(p);
        this.byTrigger.set(t, list);
      }
    }
  }

  private key(text: string, kind: string): string {
    if (kind === 'number') return '#';
    const h = text.indexOf('-');
    return (h > 0 ? text.slice(0, h) : text).toLowerCase();
  }

  scan(a: Analysis): Draft[] {
    const out: Draft[] = [];
    const toks = a.tokens;
    const text = a.text;
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i];
      const parsers = this.byTrigger.get(this.key(tok.text, tok.kind));
      if (!parsers) continue;
      let best: Draft[] | null = null;
      let bestEnd = -1;
      for (const p of parsers) {
        p.pattern.lastIndex = tok.start;
        const m = p.pattern.exec(text);
        if (!m || m[0].length === 0) continue;
        const end = tok.start + m[0].length;
        if (end <= bestEnd) continue;
        // a match must end at a token end
        const next = text.charCodeAt(end);
        if (end < text.length && isWordChar(next) && isWordChar(text.charCodeAt(end - 1))) continue;
        const built = p.build(m, { a, index: i });
        if (!built) continue;
        const list = Array.isArray(built) ? built : [built];
        if (list.length === 0) continue;
        best = list;
        bestEnd = end;
      }
      if (!best) continue;
      for (const d of best) out.push(d);
      while (i + 1 < toks.length && toks[i + 1].start < bestEnd) i++;
    }
    return out;
  }
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
