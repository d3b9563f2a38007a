// A small HTTP application for the lab's proxies to talk to, run by http-backend.ts as a daemon.
// Paths: /ok → 200; /slow?ms=N → 200 after N ms; /big-header?bytes=N → 200 with an N-byte header;
// /garbage → bytes that are not HTTP; /close → closes the connection without a reply.
// Usage: node http-app.mjs PORT [--tls KEY CERT | --tls-sni KEY CERT]
// --tls-sni serves its certificate only to a client that names a server (SNI), as a host or CDN
// with many names does: a handshake without a name fails.
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { createSecureContext } from 'node:tls';
import { readFileSync } from 'node:fs';

const [port, flag, key, cert] = process.argv.slice(2);
const handler = (req, res) => {
  // One line per request on stdout: the lab waits for it before it kills the application mid-request.
  console.log(`${req.method} ${req.url}`);
  const url = new URL(req.url, 'http://backend');
  const number = (name, fallback) => Number(url.searchParams.get(name) ?? fallback);
  switch (url.pathname) {
    case '/slow':
      setTimeout(() => res.end('slow ok\n'), number('ms', 1000));
      return;
    case '/big-header':
      res.setHeader('X-Big', 'b'.repeat(number('bytes', 20000)));
      res.end('big ok\n');
      return;
    case '/garbage':
      req.socket.end('THIS IS NOT HTTP\r\n\r\n');
      return;
    case '/close':
      req.socket.destroy();
      return;
    default:
      res.end('ok\n');
  }
};
const tls = () => ({ key: readFileSync(key), cert: readFileSync(cert) });
const server =
  flag === '--tls'
    ? createHttps(tls(), handler)
    : flag === '--tls-sni'
      ? createHttps({ SNICallback: (name, done) => done(null, createSecureContext(tls())) }, handler)
      : createHttp(handler);
server.listen(Number(port), '127.0.0.1', () => console.log(`listening on 127.0.0.1:${port}`));
