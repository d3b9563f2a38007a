import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '@/build/static-server';

// The server the e2e tests and `npm start` use must behave like a plain static host, or it would
// hide broken links: no fallback page, real 404s, "dir" → "dir/".
describe('serveStatic', () => {
  const parent = mkdtempSync(join(tmpdir(), 'fix502-serve-'));
  const dir = join(parent, 'dist');
  const port = 4180 + Math.floor(Math.random() * 10);
  const base = `http://127.0.0.1:${port}/sub/`;
  let server: Server;
  beforeAll(async () => {
    mkdirSync(join(dir, 'en'), { recursive: true });
    // A sibling whose name starts like dist's: what a prefix check of the path would let through.
    mkdirSync(join(parent, 'dist-other'));
    writeFileSync(join(parent, 'dist-other/file'), 'secret');
    mkdirSync(join(dir, 'texts/abc/en/parts'), { recursive: true });
    writeFileSync(join(dir, 'texts/abc/en/parts/owner.json'), '{}');
    writeFileSync(join(dir, 'en/index.html'), '<h1>English start</h1>');
    writeFileSync(join(dir, '404.html'), '<h1>Not found</h1>');
    mkdirSync(join(dir, 'ru'));
    writeFileSync(join(dir, 'ru/404.html'), '<h1>Страница не найдена</h1>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets/app.js'), 'console.log("app")');
    // What the build's Zopfli would write; different bytes, to see which file is sent.
    writeFileSync(join(dir, 'assets/app.js.gz'), gzipSync('console.log("precompressed")'));
    server = await serveStatic({ dir, port, base: '/sub/' });
  });
  afterAll(() => {
    server.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('serves a folder’s index.html, gzipped when asked', async () => {
    const response = await fetch(`${base}en/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>English start</h1>');
  });

  it('sends gzip bytes with the header that says so', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ encoding?: string; bytes: Buffer }>((done) => {
      request(`${base}en/`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      }).end();
    });
    expect(body.encoding).toBe('gzip');
    expect(gunzipSync(body.bytes).toString()).toBe('<h1>English start</h1>');
  });

  it('sends a file the build compressed already as it is, as nginx gzip_static does', async () => {
    const { request } = await import('node:http');
    const get = (encoding: string) =>
      new Promise<Buffer>((done) => {
        request(`${base}assets/app.js`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(Buffer.concat(chunks)));
        }).end();
      });
    expect(gunzipSync(await get('gzip')).toString()).toBe('console.log("precompressed")');
    expect((await get('identity')).toString()).toBe('console.log("app")');
  });

  it('redirects a folder without its trailing slash', async () => {
    const response = await fetch(`${base}en`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/sub/en/');
  });

  it('answers an unknown path with 404 and 404.html, never with a page of the site', async () => {
    for (const path of ['nope/', 'en/nope/', '../etc/passwd']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toBe('<h1>Not found</h1>');
    }
    expect((await fetch(`http://127.0.0.1:${port}/en/`)).status).toBe(404);
  });

  it('answers a miss under a language with that language’s not-found page, if the build wrote one', async () => {
    const russian = await fetch(`${base}ru/nope/`);
    expect(russian.status).toBe(404);
    expect(await russian.text()).toBe('<h1>Страница не найдена</h1>');
    // No en/404.html here: the one of both languages. Nor is a folder that is no language one.
    expect(await (await fetch(`${base}en/nope/`)).text()).toBe('<h1>Not found</h1>');
    expect(await (await fetch(`${base}ru-nope/`)).text()).toBe('<h1>Not found</h1>');
  });

  it('never serves a file outside its folder, however the path is written', async () => {
    for (const path of ['..%2Fdist-other/file', '%2E%2E/dist-other/file', '../dist-other/file', '..%5Cdist-other%5Cfile']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('secret');
    }
  });

  it('caches the step texts for a year, as the assets, and revalidates pages', async () => {
    expect((await fetch(`${base}texts/abc/en/parts/owner.json`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}assets/app.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}en/`)).headers.get('cache-control')).toBe('no-cache');
  });
});
