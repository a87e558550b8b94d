/**
 * A real store for the tests: a temporary SQLite file holding the bundled sample corpus (through the
 * real extractor) and, when asked, an XSS probe article; the real server over it on 127.0.0.1.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addSamples } from '../../src/cli/commands/serve.js';
import { createServer, type ClaimtrailServer, type ServerOptions } from '../../src/server/index.js';
import type { Store } from '../../src/store/types.js';

const root = join(import.meta.dirname, '..', '..');
const STAGES = ['entities', 'times', 'quantities', 'attribution', 'events'];
/** Whether the store module, every extractor stage and the sample corpus exist in this checkout. */
export const HAVE_STORE = existsSync(join(root, 'src', 'store', 'index.ts')) && existsSync(join(root, 'samples', 'troops')) &&
  STAGES.every((s) => existsSync(join(root, 'src', 'extract', s, 'index.ts')));
export const NO_STORE_REASON = 'the SQLite store (src/store/index.ts), an extractor stage (src/extract/*/index.ts) or the sample corpus (samples/) is missing';

/** An article whose text, title and outlet hold script and markup. */
export const XSS_PROBE = {
  title: 'Officials <script>window.__xss=1;alert("t")</script> speak',
  outlet: 'Probe <i>Wire</i>',
  published: '2024-11-02',
  text: 'The spokesman said <script>window.__xss = 2; alert("xss")</script> was found on the server. ' +
    'Police said <img src=x onerror="window.__xss = 3; alert(1)"> and <b>bold</b> & "quoted" markup appeared 3 times.',
};

export interface SampleServer {
  store: Store;
  server: ClaimtrailServer;
  base: string;
  xssArticleId: number | null;
  close(): Promise<void>;
}

export async function startSampleServer(opts: ServerOptions & { xss?: boolean } = {}): Promise<SampleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-web-'));
  const { openStore } = await import('../../src/store/index.js');
  const store = await openStore(join(dir, 'sample.db'));
  await addSamples(store, { jobs: 1 });
  let xssArticleId: number | null = null;
  if (opts.xss) {
    const { extract } = await import('../../src/pipeline.js');
    const ledger = extract(XSS_PROBE.text, { title: XSS_PROBE.title, outlet: XSS_PROBE.outlet, published: XSS_PROBE.published });
    xssArticleId = (await store.addArticle(ledger, { source: 'xss-probe', kind: 'text' })).articleId;
  }
  const server = createServer(store, opts);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    store, server, base, xssArticleId,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
