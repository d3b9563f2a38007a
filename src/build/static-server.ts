// `npm start` and the e2e tests serve dist/ as the hosts fix502 is deployed to do: files through sirv
// (a maintained static-file library), gzip through compression, and a thin wrapper for what a plain
// host does besides: real 404s with 404.html (no fallback page), "dir" → "dir/", nothing outside dist/.
//   tsx src/build/static-server.ts [dir] [--port N] [--base /sub/path/]
import compression from 'compression';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { languageOfPath, notFoundFile } from '@/site/paths';

export interface ServeOptions {
  dir: string;
  port: number;
  /** The sub-path dist/ is served under, e.g. "/fix502/"; "/" for the root. */
  base: string;
  /** Send the build's precompressed `.gz` files where there are some (default), or compress every file here. */
  precompressed?: boolean;
}

/** Folders whose names change with their content: cached for a year, as the README asks of hosts. */
const IMMUTABLE = /^\/(assets|texts)\//;

export function serveStatic({ dir, port, base, precompressed = true }: ServeOptions): Promise<Server> {
  const root = resolve(dir);
  const files = sirv(root, {
    // Reads each file when asked, so that a test may rewrite dist/ while the server runs.
    dev: true,
    etag: true,
    gzip: precompressed,
    extensions: [],
    setHeaders: (response, pathname) => response.setHeader('Cache-Control', IMMUTABLE.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  // As nginx's gzip does (its gzip_min_length is 20 bytes), not only past compression's default 1 KB.
  const compress = compression({ threshold: 0 });
  const notFound = (response: ServerResponse, pathname: string) => {
    // The not-found page of the address's language where the build wrote one, else the one for both.
    const lang = languageOfPath(pathname);
    const page = [lang && join(root, notFoundFile(lang)), join(root, notFoundFile())].find((file) => file && existsSync(file));
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    response.end(page ? readFileSync(page) : 'Not found');
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(base)) {
      if (`${url.pathname}/` === base) return redirect(response, base + url.search);
      return notFound(response, '/');
    }
    const below = url.pathname.slice(base.length - 1);
    let decoded: string;
    try {
      decoded = decodeURIComponent(below);
    } catch {
      return notFound(response, below);
    }
    // Never a file outside dist/, however the path is spelled ("/..%2Fdist-other/file").
    const file = resolve(root, `.${decoded}`);
    if (file !== root && !file.startsWith(root + sep)) return notFound(response, below);
    const folder = existsSync(file) && statSync(file).isDirectory();
    if (folder && !decoded.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
    if (decoded.includes('%') || decoded.split('/').includes('..')) return notFound(response, below);
    request.url = (folder ? `${below}index.html` : below) + url.search;
    compress(request, response, () => files(request, response, () => notFound(response, below)));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

function redirect(response: ServerResponse, location: string) {
  response.writeHead(301, { Location: location });
  response.end();
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
