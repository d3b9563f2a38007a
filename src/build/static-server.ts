// A plain static file server like the hosts fix502 is deployed to: no SPA fallback, real 404s
// (with 404.html), "dir" → "dir/" redirects, bound to 127.0.0.1. `npm start` and the e2e tests use it.
//   tsx src/build/static-server.ts [dir] [--port N] [--base /sub/path/]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
  dir: string;
  port: number;
  /** The sub-path dist/ is served under, e.g. "/fix502/"; "/" for the root. */
  base: string;
  /** Send the build's precompressed `.gz` files where there are some (default), or compress every file here. */
  precompressed?: boolean;
}

export function serveStatic({ dir, port, base, precompressed = true }: ServeOptions): Promise<Server> {
  const root = resolve(dir);
  const notFoundPage = join(root, '404.html');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const send404 = () => {
      response.writeHead(404, { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-cache' });
      response.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send404();
    }
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) return redirect(response, base + url.search);
      return send404();
    }
    const file = normalize(join(root, pathname.slice(base.length)));
    if (!file.startsWith(root)) return send404();
    if (!existsSync(file)) return send404();
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
      return sendFile(response, join(file, 'index.html'), send404, acceptsGzip && { precompressed });
    }
    sendFile(response, file, send404, acceptsGzip && { precompressed });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

function redirect(response: import('node:http').ServerResponse, location: string) {
  response.writeHead(301, { Location: location });
  response.end();
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);
const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();

/**
 * gzip, as every static host does for text: the benchmark's byte counts are what people download.
 * A file the build compressed already (`file.gz`, src/build/precompress.ts) is sent as it is, as
 * nginx's gzip_static does.
 */
function gzipOf(file: string, precompressed: boolean): Buffer {
  const { mtimeMs } = statSync(file);
  if (precompressed && existsSync(`${file}.gz`) && statSync(`${file}.gz`).mtimeMs >= mtimeMs) return readFileSync(`${file}.gz`);
  const hit = gzipped.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, { mtimeMs, body });
  return body;
}

function sendFile(response: import('node:http').ServerResponse, file: string, fallback: () => void, gzip: false | { precompressed: boolean }) {
  if (!existsSync(file)) return fallback();
  const immutable = file.includes(`${join('/', 'assets', '/')}`);
  const compress = gzip !== false && COMPRESSIBLE.has(extname(file));
  const body = compress ? gzipOf(file, gzip.precompressed) : readFileSync(file);
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
  });
  response.end(body);
}

function parseArgs(argv: string[]): ServeOptions {
  const options: ServeOptions = { dir: 'dist', port: Number(process.env.PORT) || 4173, base: '/' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--base') options.base = argv[++i] ?? '/';
    else options.dir = arg;
  }
  if (!options.base.startsWith('/')) options.base = `/${options.base}`;
  if (!options.base.endsWith('/')) options.base += '/';
  if (!Number.isInteger(options.port) || options.port <= 0) throw new Error('--port needs a port number');
  return options;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(options.dir, 'index.html'))) {
    console.error(`${options.dir}/index.html not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  await serveStatic(options);
  console.log(`fix502 is running at http://127.0.0.1:${options.port}${options.base}  (Ctrl+C to stop)`);
}
