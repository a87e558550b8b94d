/** What `claimtrail extract --format summary` prints: a ledger as a person reads it at a terminal. */
import type { Ledger } from '../ledger/types.js';

const APPROX_WORDS: Record<string, string> = {
  exact: '', at_least: 'at least ', more_than: 'more than ', up_to: 'up to ', less_than: 'less than ', about: 'about ', range: '',
};

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

export function formatNumber(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
}

/**
 * How a source is named: the entity's canonical name ("the spy agency" → National Intelligence
 * Service), unless the text says more than the name ("South Korean authorities").
 */
export function sourceName(text: string, canonical: string | undefined): string {
  if (!canonical) return text;
  return text.toLowerCase().includes(canonical.toLowerCase()) ? text.replace(/^the\s+/i, '') : canonical;
}

export function renderSummary(ledger: Ledger): string {
  const d = ledger.document;
  const entity = new Map(ledger.entities.map((e) => [e.id, e]));
  const time = new Map(ledger.times.map((t) => [t.id, t]));
  const out: string[] = [];
  out.push(d.title ? `# ${d.title}` : '# (untitled)');
  const meta = [d.published && `published ${d.published}`, d.outlet, d.url].filter(Boolean).join(' · ');
  if (meta) out.push(meta);
  if (d.removed.length) out.push(`boilerplate removed: ${d.removed.map((r) => JSON.stringify(clip(r, 50))).join(', ')}`);
  out.push('', `Claims (${ledger.claims.length})`);
  for (const c of ledger.claims) {
    const src = c.source ? sourceName(c.source.text, c.source.entity ? entity.get(c.source.entity)?.canonical : undefined) +
      (c.source.role ? ` (${c.source.role})` : '') : '(unattributed)';
    const flags = [c.stance !== 'assert' ? c.stance : '', c.hedged ? 'hedged' : '', c.direct ? 'quote' : ''].filter(Boolean);
    const when = c.time ? time.get(c.time)?.value : null;
    out.push(`  ${c.id}  ${src} → ${c.cue.text} → ${c.direct ? '“' : ''}${clip(c.content.text, 110)}${c.direct ? '”' : ''}` +
      (flags.length ? `  [${flags.join(', ')}]` : '') + (when ? `  @${when}` : ''));
  }
  out.push('', `Figures (${ledger.quantities.length})`);
  for (const q of ledger.quantities) {
    const value = q.approx === 'range' && q.high !== null
      ? `${formatNumber(q.value)}–${formatNumber(q.high)}`
      : `${APPROX_WORDS[q.approx] ?? ''}${formatNumber(q.value)}`;
    const what = [q.delta ? '+' : '', q.unit ?? '', q.counts ? `(${clip(q.counts.text, 50)})` : ''].filter(Boolean).join(' ');
    out.push(`  ${q.id}  "${q.text}" = ${value} ${what}${q.claim ? `  in ${q.claim}` : ''}`);
  }
  out.push('', `Dates (${ledger.times.length})`);
  for (const t of ledger.times) out.push(`  ${t.id}  "${t.text}" = ${t.value}${t.mod ? ` (${t.mod})` : ''}  ${t.type}`);
  out.push('', `Entities (${ledger.entities.length})`);
  for (const e of ledger.entities) {
    const aliases = [...new Set(e.mentions.map((m) => m.text))].filter((m) => m !== e.canonical);
    out.push(`  ${e.id}  ${e.type.padEnd(4)} ${e.canonical}${e.role ? ` — ${e.role}` : ''}${aliases.length ? `  (as ${aliases.join(', ')})` : ''}`);
  }
  if (ledger.events.length) {
    out.push('', `Events (${ledger.events.length})`);
    for (const v of ledger.events) {
      const actor = v.actor ? entity.get(v.actor)?.canonical : '?';
      const target = v.target ? entity.get(v.target)?.canonical : '?';
      out.push(`  ${v.id}  ${v.type}${v.mode ? `/${v.mode}` : ''}: ${actor} → ${target}  "${v.trigger.text}"`);
    }
  }
  return out.join('\n');
}
