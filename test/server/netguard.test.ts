import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkUrl, fetchPublicUrl, isPrivateAddress } from '../../src/server/netguard.js';

describe('isPrivateAddress', () => {
  // address → refused?
  const cases: Array<[string, boolean]> = [
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['fc00::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['::ffff:7f00:1', true],
    ['::ffff:808:808', false],
    ['0:0:0:0:0:ffff:7f00:1', true],
    ['::127.0.0.1', true],
    ['2002:7f00:1::1', true],
    ['2606:4700:4700::1111', false],
    ['not-an-ip', true],
  ];
  it.each(cases)('%s → %s', (addr, refused) => {
    expect(isPrivateAddress(addr)).toBe(refused);
  });
});

describe('checkUrl', () => {
  const resolveTo = (...addresses: string[]) => async () => addresses.map((a) => ({ address: a, family: a.includes(':') ? 6 : 4 }));

  it('refuses schemes other than http(s)', async () => {
    await expect(checkUrl('file:///etc/passwd')).rejects.toThrow(/only http and https/);
    await expect(checkUrl('gopher://example.com/')).rejects.toThrow(/only http and https/);
  });
  it('refuses literal loopback and private hosts', async () => {
    await expect(checkUrl('http://127.0.0.1:8080/x')).rejects.toThrow(/127\.0\.0\.1, a loopback or private/);
    await expect(checkUrl('http://[::1]/')).rejects.toThrow(/::1, a loopback or private/);
    await expect(checkUrl('http://[::ffff:127.0.0.1]/')).rejects.toThrow(/a loopback or private/);
    await expect(checkUrl('http://2130706433/')).rejects.toThrow(/127\.0\.0\.1, a loopback or private/);
    await expect(checkUrl('http://169.254.169.254/latest/meta-data')).rejects.toThrow(/169\.254\.169\.254/);
  });
  it('refuses a name when any one of its addresses is private', async () => {
    await expect(checkUrl('http://news.example/', { resolve: resolveTo('93.184.216.34', '10.0.0.5') }))
      .rejects.toThrow(/10\.0\.0\.5/);
  });
  it('accepts a name whose addresses are all public', async () => {
    const got = await checkUrl('https://news.example/a', { resolve: resolveTo('93.184.216.34', '2606:4700::1') });
    expect(got.map((a) => a.address)).toEqual(['93.184.216.34', '2606:4700::1']);
  });
  it('accepts private addresses when explicitly allowed', async () => {
    const got = await checkUrl('http://127.0.0.1/', { allowPrivate: true });
    expect(got[0].address).toBe('127.0.0.1');
  });
  it('refuses URLs with credentials', async () => {
    await expect(checkUrl('http://user:pw@example.com/')).rejects.toThrow(/credentials/);
  });
});

describe('fetchPublicUrl', () => {
  async function withServer(handler: http.RequestListener, fn: (base: string) => Promise<void>): Promise<void> {
    const srv = http.createServer(handler);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    try {
      await fn(`http://127.0.0.1:${(srv.address() as AddressInfo).port}`);
    } finally {
      await new Promise((r) => srv.close(r));
    }
  }

  it('refuses a loopback server by default and fetches it when allowed', async () => {
    await withServer((_req, res) => res.end('hello'), async (base) => {
      await expect(fetchPublicUrl(`${base}/`)).rejects.toThrow(/loopback or private/);
      const page = await fetchPublicUrl(`${base}/`, { allowPrivate: true });
      expect(page.body).toBe('hello');
      expect(page.status).toBe(200);
    });
  });

  it('checks the name again inside the connection (a name that resolves privately is refused)', async () => {
    await withServer((_req, res) => res.end('secret'), async (base) => {
      const port = new URL(base).port;
      let calls = 0;
      // First answer public (the up-front check), then loopback (a DNS rebinding attempt).
      const resolve = async () => [{ address: calls++ === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
      await expect(fetchPublicUrl(`http://rebind.example:${port}/`, { resolve })).rejects.toThrow(/127\.0\.0\.1/);
    });
  });

  it('follows redirects and bounds size', async () => {
    await withServer((req, res) => {
      if (req.url === '/old') {
        res.writeHead(302, { Location: '/new' });
        res.end();
      } else if (req.url === '/big') res.end('x'.repeat(5000));
      else res.end('moved here');
    }, async (base) => {
      const page = await fetchPublicUrl(`${base}/old`, { allowPrivate: true });
      expect(page.body).toBe('moved here');
      expect(page.url).toBe(`${base}/new`);
      await expect(fetchPublicUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1000 })).rejects.toThrow(/larger than 1000 bytes/);
    });
  });
});
