// The app's one door to the server: GET /api/… as JSON, errors turned into exceptions that carry
// the server's {status, message}.

export class ApiError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * @param {string} path  e.g. "/api/stories"
 * @param {Record<string, string|number|undefined|null>} [query]
 */
export async function get(path, query) {
  const url = new URL(path, location.origin);
  if (query) {
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  }
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch { /* not JSON */ }
  if (!res.ok) throw new ApiError(res.status, body && typeof body.message === 'string' ? body.message : res.statusText);
  return body;
}
