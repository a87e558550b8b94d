// DOM helpers. Every piece of data enters the page as a text node (textContent) or an attribute
// value set through the DOM: never innerHTML, so article text can hold any markup and stay inert.

/**
 * Create an element. `attrs` values: strings become attributes (class, href, data-*, aria-*),
 * functions under on* become listeners; children are nodes or strings (added as text).
 * @param {string} tag
 * @param {Record<string, unknown>|null} [attrs]
 * @param {...(Node|string|number|null|undefined|false|Array<Node|string|null|undefined|false>)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), /** @type {EventListener} */ (v));
      else if (k === 'href') el.setAttribute('href', safeHref(String(v)));
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

/** @param {Node} el @param {unknown[]} children */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Only same-site paths and http(s) links: a javascript: URL from data never becomes a link. */
export function safeHref(href) {
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  if (href.startsWith('#') || href.startsWith('?')) return href;
  try {
    const u = new URL(href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch { /* not a URL */ }
  return '#';
}

/** A same-site link the app's router follows without a page load. */
export function link(href, ...children) {
  return h('a', { href }, ...children);
}

/** Replace the children of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Percent-encode one path segment. */
export const seg = (s) => encodeURIComponent(String(s));

/** "2024-10-23" → "23 Oct 2024"; unknown dates shown as an em dash. */
export function fmtDate(iso) {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return String(iso);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

/** A number in the page's words: 12,000; 1.5 million stays 1,500,000 for exactness. */
export function fmtNum(n) {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return Number(n).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const APPROX_WORDS = {
  exact: '', at_least: 'at least ', more_than: 'more than ', up_to: 'up to ', less_than: 'less than ',
  about: 'about ', range: '',
};

/** A figure as a reader would say it: "at least 3,000", "10,000–12,000", "about 2,000". */
export function fmtFigure(p) {
  if (p.approx === 'range' && p.high !== null && p.high !== undefined) return `${fmtNum(p.value)}–${fmtNum(p.high)}`;
  return `${APPROX_WORDS[p.approx] ?? ''}${fmtNum(p.value)}`;
}

/** A small coloured badge: stance, type, flag. */
export function badge(text, kind) {
  return h('span', { class: `badge ${kind ? `badge-${kind}` : ''}` }, text);
}
