// Each web server in front of an upstream on `upstreamPort`, with the error pages' snippet added
// exactly as the README says: the include (or import, or pasted section) and nothing more.
import { readFileSync } from 'node:fs';
import { startApache } from '../servers/apache';
import type { ServerName } from '../servers/binaries';
import { startCaddy } from '../servers/caddy';
import { startHaproxy } from '../servers/haproxy';
import type { LabServer } from '../servers/lab-server';
import { startNginx } from '../servers/nginx';
import type { Scratch } from '../servers/scratch';

export interface FrontServer {
  name: ServerName;
  /** How the snippet is added, when a server has two ways. */
  way?: string;
  /** What the server answers when it cannot connect to the upstream. */
  status: number;
  /** Whether it picks the page's language by Accept-Language; HAProxy sends one page with both. */
  negotiates: boolean;
  /** Whether it writes its request id into the page. */
  writesRequestId: boolean;
  /** Whether a backend's own 502/503/504 gets the page too (HAProxy's error files are for its own errors). */
  coversBackendErrors: boolean;
  start(scratch: Scratch, pagesDir: string, port: number, upstreamPort: number): Promise<LabServer<unknown>>;
}

export const FRONT_SERVERS: FrontServer[] = [
  {
    name: 'nginx',
    status: 502,
    negotiates: true,
    writesRequestId: true,
    coversBackendErrors: true,
    start: (scratch, pages, port, upstream) =>
      startNginx({ port, server: `include ${pages}/nginx.conf;\nlocation / {\n    proxy_pass http://127.0.0.1:${upstream};\n}` }, scratch),
  },
  {
    name: 'apache',
    // Apache answers 503 when it cannot connect to the backend. retry=0: it tries a failed backend
    // again at once instead of after 60 s, so the page can see it come back within the test.
    status: 503,
    negotiates: true,
    writesRequestId: true,
    coversBackendErrors: true,
    start: (scratch, pages, port, upstream) =>
      startApache(
        { port, modules: ['alias', 'include', 'negotiation', 'unique_id'], site: `Include ${pages}/apache.conf\nProxyPass / http://127.0.0.1:${upstream}/ retry=0` },
        scratch,
      ),
  },
  {
    name: 'caddy',
    status: 502,
    negotiates: true,
    writesRequestId: true,
    coversBackendErrors: true,
    start: (scratch, pages, port, upstream) =>
      startCaddy({ port, site: `\timport ${pages}/Caddyfile\n\treverse_proxy 127.0.0.1:${upstream} {\n\t\timport ${pages}/Caddyfile-upstream\n\t}` }, scratch),
  },
  {
    name: 'haproxy',
    way: 'errorfiles',
    // No live server: HAProxy answers 503. The README's other way in: the section pasted into the config.
    status: 503,
    negotiates: false,
    writesRequestId: false,
    coversBackendErrors: false,
    start: (scratch, pages, port, upstream) =>
      startHaproxy({ port, defaults: '    errorfiles fix502', backend: `    server app 127.0.0.1:${upstream}\n\n${readFileSync(`${pages}/haproxy.cfg`, 'utf8')}` }, scratch),
  },
  {
    name: 'haproxy',
    way: 'http-error lf-file',
    status: 503,
    negotiates: false,
    writesRequestId: true,
    coversBackendErrors: false,
    // The snippet's commented lines for the request id, uncommented into the defaults section.
    start: (scratch, pages, port, upstream) => {
      const lines = readFileSync(`${pages}/haproxy.cfg`, 'utf8').split('\n').filter((line) => /^#\s+(unique-id-format|http-error) /.test(line));
      return startHaproxy({ port, defaults: lines.map((line) => line.replace(/^#\s+/, '    ')).join('\n'), backend: `    server app 127.0.0.1:${upstream}` }, scratch);
    },
  },
];
