/**
 * Publication dates as ISO calendar dates (YYYY-MM-DD). Accepts ISO dates and date-times and the
 * RFC 2822 dates of feeds; refuses what is not a real calendar day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** The ISO date of `s`, or null when `s` is not a date. */
export function parseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const iso = ISO_DATE.exec(t);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!isRealDay(y, m, d)) return null;
    if (t.length > 10) {
      // A date-time: take the date as written (the publisher's local day), but refuse nonsense.
      if (Number.isNaN(Date.parse(t.replace(' ', 'T')))) return null;
    }
    return t.slice(0, 10);
  }
  // RFC 2822 and similar ("Wed, 23 Oct 2024 10:00:00 GMT", "October 23, 2024").
  if (!/[a-z]/i.test(t) || !/\d{4}/.test(t)) return null;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Like parseDate, but only YYYY-MM-DD or an ISO date-time, as the command line takes it. */
export function parseIsoDateStrict(s: string): string | null {
  return ISO_DATE.test(s.trim()) ? parseDate(s) : null;
}
