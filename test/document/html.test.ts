import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../src/document/index.js';

const para = (s: string) => `<p>${s}</p>`;
const body = [
  'The central bank held its key rate at 5.25% on Wednesday, the third pause in a row, as inflation slowed.',
  'Officials said they would watch the labour market closely before deciding whether further moves were needed.',
  'Markets had priced in the decision, and the dollar was little changed after the announcement in Washington.',
  'Analysts at several banks said they expected the first cut in the spring, though some warned of sticky prices.',
];

const page = `<!doctype html><html><head>
<title>Fed holds rates | Example News</title>
<meta property="og:title" content="Fed holds rates steady">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-06-12T18:04:00Z">
<link rel="canonical" href="https://news.example/fed-holds">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Fed holds rates steady</h1>
<p>Listen to this article</p>
${body.map(para).join('\n')}
<p>Read more: Why the Fed held rates</p>
</article>
<footer>© 2024 Example News. All rights reserved.</footer>
<script>var tracking = 1;</script>
</body></html>`;

describe('documentFromHtml', () => {
  const d = documentFromHtml(page);
  it('takes the metadata the page declares', () => {
    expect(d.title).toBe('Fed holds rates steady');
    expect(d.published).toBe('2024-06-12');
    expect(d.outlet).toBe('Example News');
    expect(d.url).toBe('https://news.example/fed-holds');
  });
  it('keeps the main text, one paragraph a line, without navigation, scripts or boilerplate', () => {
    expect(d.text.slice(d.body_start)).toBe(body.join('\n'));
    expect(d.removed).toEqual(['Listen to this article', 'Read more: Why the Fed held rates']);
    expect(d.text).not.toContain('tracking');
    expect(d.text).not.toContain('Home');
  });
  it('metadata given by the caller wins', () => {
    const g = documentFromHtml(page, { published: '2024-06-13', outlet: 'Wire' });
    expect(g.published).toBe('2024-06-13');
    expect(g.outlet).toBe('Wire');
  });
  it('leaves out lines that are only links, and captions', () => {
    const html = `<html><body><article>${body.map(para).join('')}
      <figure><img src="x.jpg"><figcaption>Officials at the press conference. (Photo: Agency)</figcaption></figure>
      <ul><li><a href="/a">Sports</a></li><li><a href="/b">Business</a></li></ul>
      <p>More than half the text here, <a href="/x">a link</a>, is plain prose about the decision.</p></article></body></html>`;
    const d = documentFromHtml(html);
    expect(d.text).not.toContain('Sports');
    expect(d.text).not.toContain('Officials at the press conference');
    expect(d.text).toContain('More than half the text here, a link, is plain prose about the decision.');
  });
  it('survives malformed HTML', () => {
    const m = documentFromHtml('<html><body><p>Unclosed <b>bold <p>Second paragraph with text about the vote.<div></span>');
    expect(m.text).toContain('Second paragraph with text about the vote.');
  });
});
