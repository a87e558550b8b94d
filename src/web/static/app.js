// The claimtrail web app: a small client-side router over the pages in ./pages/. Links inside
// the app are followed with history.pushState; the server answers every app path with index.html.
import { ApiError } from './api.js';
import { h, mount } from './dom.js';

/** @typedef {(main: HTMLElement, params: Record<string,string>, query: URLSearchParams) => Promise<void>} Page */

/** @type {Array<[RegExp, string, string]>} pattern, module, nav key */
const ROUTES = [
  [/^\/$/, './pages/stories.js', 'stories'],
  [/^\/stories\/(?<id>[^/]+)$/, './pages/story.js', 'stories'],
  [/^\/articles\/(?<id>[^/]+)$/, './pages/article.js', 'stories'],
  [/^\/entities$/, './pages/entities.js', 'entities'],
  [/^\/entities\/(?<id>[^/]+)$/, './pages/entity.js', 'entities'],
  [/^\/claims$/, './pages/claims.js', 'claims'],
  [/^\/search$/, './pages/search.js', 'search'],
];

let generation = 0;

async function render() {
  const main = /** @type {HTMLElement} */ (document.getElementById('app'));
  const gen = ++generation;
  const path = location.pathname;
  const query = new URLSearchParams(location.search);
  const searchBox = /** @type {HTMLInputElement|null} */ (document.querySelector('form.search input'));
  if (searchBox && path === '/search') searchBox.value = query.get('q') ?? '';
  for (const [re, mod, nav] of ROUTES) {
    const m = re.exec(path);
    if (!m) continue;
    for (const a of document.querySelectorAll('header nav a')) {
      a.toggleAttribute('aria-current', a.getAttribute('data-nav') === nav);
    }
    const params = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = decodeURIComponent(v);
    const container = h('div', { class: 'page' });
    try {
      const page = await import(mod);
      await page.render(container, params, query);
    } catch (err) {
      if (gen !== generation) return;
      mount(container, errorBox(err));
    }
    if (gen !== generation) return; // a later navigation won
    mount(main, container);
    document.body.setAttribute('data-page', nav);
    document.body.setAttribute('data-ready', String(gen));
    return;
  }
  mount(main, errorBox(new ApiError(404, `no page at ${path}`)));
  document.body.setAttribute('data-ready', String(gen));
}

function errorBox(err) {
  const status = err instanceof ApiError ? err.status : 0;
  return h('div', { class: 'error', role: 'alert' },
    h('h1', null, status === 404 ? 'Not found' : 'Something went wrong'),
    h('p', null, err instanceof Error ? err.message : String(err)),
    h('p', null, h('a', { href: '/' }, 'Back to the stories')));
}

/** Follow same-origin app links without reloading the page. */
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = /** @type {Element} */ (e.target).closest('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/openapi')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  e.preventDefault();
  navigate(url.pathname + url.search);
});

/** Search and filter forms navigate too (GET forms whose action is an app path). */
document.addEventListener('submit', (e) => {
  const form = /** @type {HTMLFormElement} */ (e.target);
  if (form.method.toLowerCase() !== 'get') return;
  const url = new URL(form.action, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') params.set(k, v.trim());
  const qs = params.toString();
  navigate(url.pathname + (qs ? `?${qs}` : ''));
});

/** @param {string} to */
export function navigate(to) {
  history.pushState(null, '', to);
  window.scrollTo(0, 0);
  void render();
}

window.addEventListener('popstate', () => void render());
void render();
