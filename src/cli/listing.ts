/**
 * Output of the listing commands (stories, story, figures, search, stats …): one set of rows as an
 * aligned text table, a JSON document, JSON lines or CSV (RFC 4180).
 */
export const LIST_FORMATS = ['text', 'json', 'jsonl', 'csv'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null;
  /** Widest the text table shows (longer values are cut with …); default no limit. */
  max?: number;
  align?: 'left' | 'right';
}

function cell(v: string | number | boolean | null): string {
  if (v === null || v === undefined) return '';
  return String(v);
}

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An aligned text table with a header line. */
export function textTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => {
    let s = cell(c.value(r)).replace(/\s+/g, ' ');
    if (c.max && s.length > c.max) s = s.slice(0, c.max - 1) + '…';
    return s;
  }));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (vals: string[]): string => vals.map((v, i) => {
    const last = i === vals.length - 1;
    if (columns[i].align === 'right') return v.padStart(widths[i]);
    return last ? v : v.padEnd(widths[i]);
  }).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}

export function csvTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  return [columns.map((c) => csvField(c.header)).join(','), ...rows.map((r) => columns.map((c) => csvField(c.value(r))).join(','))].join('\r\n');
}

/**
 * Write rows: text → table (or `text` when given), json → `json` (default: the rows), jsonl → one
 * object per row (`jsonRow`, default the row), csv → the columns.
 */
export function writeRows<T>(format: ListFormat, rows: readonly T[], columns: readonly Column<T>[], opts: {
  json?: unknown;
  jsonRow?: (row: T) => unknown;
  text?: string;
  out?: (s: string) => void;
} = {}): void {
  const out = opts.out ?? ((s: string) => { process.stdout.write(s); });
  switch (format) {
    case 'json':
      out(JSON.stringify(opts.json ?? rows, null, 2) + '\n');
      break;
    case 'jsonl':
      for (const r of rows) out(JSON.stringify(opts.jsonRow ? opts.jsonRow(r) : r) + '\n');
      break;
    case 'csv':
      out(csvTable(rows, columns) + '\r\n');
      break;
    default:
      out((opts.text ?? textTable(rows, columns)) + '\n');
  }
}
