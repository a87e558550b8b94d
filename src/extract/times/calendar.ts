/**
 * Calendar arithmetic for TIMEX3 values: dates as {y, m, d} (m 1–12), ISO weeks, weekdays, and the
 * TIMEX3 renderings of each granularity (2024-10-23, 2024-W43, 2024-10, 2024-Q4, 2024, 199X, 19).
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const r = { y: +m[1], m: +m[2], d: +m[3] };
  return valid(r.y, r.m, r.d) ? r : null;
}

export function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toUtc(x: Ymd): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

function fromUtc(t: number): Ymd {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromUtc(toUtc(x) + n * 86400000);
}

/** The same day `n` months later (clamped to the month's last day). */
export function addMonths(x: Ymd, n: number): Ymd {
  const idx = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(x: Ymd): number {
  const w = new Date(toUtc(x)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(x: Ymd): { y: number; w: number } {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const w = Math.floor((toUtc(thursday) - toUtc(jan1)) / 86400000 / 7) + 1;
  return { y: thursday.y, w };
}

export const fmtDay = (x: Ymd): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtYear = (y: number): string => pad(y, 4);
export const fmtQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;
export function fmtWeek(x: Ymd): string {
  const w = isoWeek(x);
  return `${pad(w.y, 4)}-W${pad(w.w)}`;
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

/** The last day with ISO weekday `dow` on or before `x` (offset 0) — or strictly before/after. */
export function weekdayOnOrBefore(x: Ymd, dow: number): Ymd {
  return addDays(x, -((weekday(x) - dow + 7) % 7));
}

export function weekdayOnOrAfter(x: Ymd, dow: number): Ymd {
  return addDays(x, (dow - weekday(x) + 7) % 7);
}

/** Shift a TIMEX3 calendar value by n of its own granularity (day, week, month, quarter, year); null when not calendar. */
export function shiftValue(value: string, n: number): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return fmtDay(addDays({ y: +m[1], m: +m[2], d: +m[3] }, n));
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const mon = mondayOfWeek(+m[1], +m[2]);
    return fmtWeek(addDays(mon, 7 * n));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const x = addMonths({ y: +m[1], m: +m[2], d: 1 }, n);
    return fmtMonth(x.y, x.m);
  }
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) {
    const idx = +m[1] * 4 + (+m[2] - 1) + n;
    return fmtQuarter(Math.floor(idx / 4), (idx % 4) + 1);
  }
  if ((m = /^(\d{4})$/.exec(value))) return fmtYear(+m[1] + n);
  return null;
}

export function mondayOfWeek(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, -(weekday(jan4) - 1) + (w - 1) * 7);
}
