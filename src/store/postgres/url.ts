/**
 * PostgreSQL connection strings: telling one from a file path, and printing one without its
 * password. Apart from the store so that opening a SQLite file never loads the PostgreSQL driver.
 */

/** Is this location a PostgreSQL connection string? */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** A connection string fit to print: its password (in the user part or a password= parameter) hidden. */
export function redactUrl(url: string): string {
  let out = url.replace(/[?&]password=[^&#]*/gi, (m) => m.slice(0, m.indexOf('=') + 1) + '***');
  const m = /^([a-z]+:\/\/)([^/?#]*)/i.exec(out);
  if (m) {
    const at = m[2].lastIndexOf('@');
    if (at >= 0) {
      const user = m[2].slice(0, at);
      const colon = user.indexOf(':');
      if (colon >= 0) out = m[1] + user.slice(0, colon) + ':***' + m[2].slice(at) + out.slice(m[0].length);
    }
  }
  return out;
}
