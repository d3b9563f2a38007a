// Apache httpd in front of PHP-FPM (SetHandler "proxy:…", as Debian's php8.2-fpm.conf does) or an
// HTTP application (ProxyPass), broken as each owner step describes.
import { setTimeout as sleep } from 'node:timers/promises';
import * as advice from '../advice/advice';
import type { ApacheOptions } from '../servers/apache';
import { startHttpBackend } from '../servers/http-backend';
import { DEBIAN_PM, type PhpFpmOptions } from '../servers/php-fpm';
import { get, getMany, sustain } from '../servers/request';
import { front, phpHandler, startApacheIn, startFpm } from './helpers';
import type { Scenario } from './scenario';
import type { Stack } from './stack';

const once = (path: string) => (stack: Stack) => Promise.all([get(front(stack, path))]);
/** 1.2 s of CPU: many more seconds of wall clock on a loaded machine, so a longer wait. */
const busy = (stack: Stack) => Promise.all([get(front(stack, '/busy.php?ms=1200'), { timeoutMs: 40_000 })]);
const fpm = (stack: Stack) => stack.server<PhpFpmOptions>('php-fpm');
const apache = (stack: Stack) => stack.server<ApacheOptions>('apache');
const socketAt = (stack: Stack, path: string) => stack.scratch.path(path.replace(/^\//, ''));
const viaSocket = (socket: string, extra = '') => phpHandler(`proxy:unix:${socket}|fcgi://localhost`, extra);

/** Sends the request, and kills the HTTP application (SIGKILL, its whole group) once it is handling it. */
async function requestThenKill(stack: Stack, path: string) {
  const app = stack.daemon('app');
  const reply = get(front(stack, path));
  for (let waited = 0; !app.stdout.includes(`GET ${path}`) && waited < 5000; waited += 20) await sleep(20);
  await app.stop(0);
  return [await reply];
}

export const APACHE_SCENARIOS: Scenario[] = [
  {
    id: 'apache/php-fpm-stopped',
    cause: 'upstream-down',
    needs: ['apache', 'php-fpm'],
    status: 503,
    statusSaidBy: 'owner-web-server: "When it can\'t connect to the backend at all, for example because PHP-FPM is stopped, Apache answers 503"',
    provoked: 'PHP-FPM listening on 127.0.0.1:PORT is stopped; GET /ok.php through Apache (SetHandler proxy:fcgi://)',
    async start(stack) {
      const port = await stack.port();
      await startFpm(stack, { listen: `127.0.0.1:${port}` });
      await startApacheIn(stack, { site: phpHandler(`proxy:fcgi://127.0.0.1:${port}`) });
      await fpm(stack).daemon.stop();
    },
    provoke: once('/ok.php'),
    async fix(stack) {
      stack.use(advice.fpmRestart());
      await fpm(stack).restart();
    },
  },
  {
    id: 'apache/socket-path-differs',
    cause: 'socket-missing',
    needs: ['apache', 'php-fpm'],
    status: 503,
    statusSaidBy: 'owner-backend: "Apache reports a stopped PHP-FPM as 503"; owner-apache-proxy: 503 when Apache can\'t connect',
    provoked: "after an upgrade to Debian 13 PHP-FPM listens on php8.4-fpm.sock, Apache's SetHandler still names Debian 12's php8.2-fpm.sock; GET /ok.php",
    async start(stack) {
      const socket = stack.use(advice.fpmSocket());
      stack.scratch.mkdir('run/php');
      await startFpm(stack, { listen: socketAt(stack, socket.upgraded) });
      await startApacheIn(stack, { site: viaSocket(socketAt(stack, socket.fastcgiPass.replace(/^unix:/, ''))) });
    },
    provoke: once('/ok.php'),
    async fix(stack) {
      await fpm(stack).restart({ listen: socketAt(stack, stack.use(advice.fpmSocket()).listen) });
    },
  },
  {
    id: 'apache/socket-permissions',
    cause: 'permission',
    needs: ['apache', 'php-fpm'],
    status: 503,
    statusSaidBy: 'owner-apache-proxy: 503 when Apache can\'t connect to the backend',
    needsRoot: true,
    provoked: 'the pool socket is owned by root:root with listen.mode 0660, Apache\'s children run as www-data; GET /ok.php',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket, pool: 'listen.owner = root\nlisten.group = root' });
      await startApacheIn(stack, { site: viaSocket(socket) });
    },
    provoke: once('/ok.php'),
    async fix(stack) {
      const user = stack.use(advice.socketUser());
      await fpm(stack).restart({ pool: `listen.owner = ${user}\nlisten.group = ${user}` });
    },
  },
  {
    id: 'apache/php-worker-crashed',
    cause: 'upstream-crashed',
    needs: ['apache', 'php-fpm'],
    status: 503,
    statusSaidBy: 'DESIGN.md: with mod_proxy_fcgi Apache answers 503 also when a PHP-FPM worker dies mid-request',
    provoked: 'a PHP-FPM worker dies of SIGSEGV 300 ms into GET /crash.php',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket });
      await startApacheIn(stack, { site: viaSocket(socket) });
    },
    provoke: once('/crash.php?ms=300'),
    async fix(stack) {
      stack.use(advice.fpmRestart());
      await fpm(stack).restart();
    },
    verify: once('/ok.php'),
  },
  {
    id: 'apache/fcgi-timeout',
    cause: 'timeout',
    needs: ['apache', 'php-fpm'],
    status: 504,
    statusSaidBy: 'owner-web-server: Apache answers "504 when PHP-FPM is too slow"',
    provoked: 'a PHP script waits 3 s; ProxyTimeout 1 stands in for the 60 s default (Timeout)',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket });
      await startApacheIn(stack, { site: viaSocket(socket, 'ProxyTimeout 1') });
    },
    provoke: once('/sleep.php?ms=3000'),
    async fix(stack) {
      const { line } = stack.use(advice.apacheProxyTimeout());
      await apache(stack).restart({ site: viaSocket(stack.scratch.path('php-fpm.sock'), line) });
    },
  },
  {
    id: 'apache/request-terminate-timeout',
    cause: 'timeout',
    needs: ['apache', 'php-fpm'],
    status: 503,
    statusSaidBy: 'owner-timeouts: request_terminate_timeout … "PHP-FPM kills the worker, the connection breaks"',
    provoked: 'a PHP script waits 2.5 s; the pool has request_terminate_timeout = 1s',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket, pool: 'request_terminate_timeout = 1s' });
      await startApacheIn(stack, { site: viaSocket(socket) });
    },
    provoke: once('/sleep.php?ms=2500'),
    async fix(stack) {
      await fpm(stack).restart({ pool: stack.use(advice.requestTerminateTimeout()).line });
    },
  },
  {
    id: 'apache/max-execution-time',
    cause: 'timeout',
    needs: ['apache', 'php-fpm'],
    status: 500,
    statusSaidBy: 'owner-timeouts: max_execution_time … "usually shown as 500 or a blank page"',
    provoked: 'a PHP script burns 1.2 s of CPU; php.ini has max_execution_time = 1',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket, ini: 'max_execution_time = 1' });
      await startApacheIn(stack, { site: viaSocket(socket) });
    },
    provoke: busy,
    async fix(stack) {
      await fpm(stack).restart({ ini: stack.use(advice.maxExecutionTime()).line });
    },
  },
  {
    id: 'apache/pm-max-children',
    cause: 'php-fpm-max-children',
    needs: ['apache', 'php-fpm'],
    status: 504,
    statusSaidBy: 'owner-php-fpm-limits: "new requests wait in a queue and may end in a 502 or 504"',
    provoked:
      "Debian's pool (pm = dynamic, pm.max_children = 5) under 8 s of steady load (8 requests in flight), then 8 requests at once to a 2 s script; ProxyTimeout 3 stands in for the 60 s default",
    reproducedBy: 'some',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      const children = stack.use(advice.debianMaxChildren());
      await startFpm(stack, { listen: socket, pm: DEBIAN_PM.replace(/max_children = \d+/, `max_children = ${children}`) });
      await startApacheIn(stack, { site: viaSocket(socket, 'ProxyTimeout 3') });
    },
    async provoke(stack) {
      await sustain(front(stack, '/sleep.php?ms=1000'), 8, 8000);
      return getMany(front(stack, '/sleep.php?ms=2000'), 8);
    },
    async fix(stack) {
      const children = stack.use(advice.maxChildren());
      await fpm(stack).restart({ pm: DEBIAN_PM.replace(/max_children = \d+/, `max_children = ${children}`) });
    },
  },
  {
    id: 'apache/fcgi-to-http-port',
    cause: 'invalid-response',
    needs: ['apache', 'php-fpm'],
    status: 503,
    statusSaidBy: 'owner-web-server: Apache answers 502 "when the backend sends a broken reply"',
    provoked: "Apache's SetHandler names the port of an HTTP application instead of PHP-FPM's listen; GET /ok.php",
    async start(stack) {
      const appPort = await stack.port();
      stack.add('app', await startHttpBackend(appPort));
      await startFpm(stack, { listen: stack.scratch.path('php-fpm.sock') });
      await startApacheIn(stack, { site: phpHandler(`proxy:fcgi://127.0.0.1:${appPort}`) });
    },
    provoke: once('/ok.php'),
    async fix(stack) {
      stack.use(advice.fpmSocket());
      await apache(stack).restart({ site: viaSocket(fpm(stack).options.listen) });
    },
  },
  {
    id: 'apache/proxy-timeout',
    cause: 'timeout',
    needs: ['apache'],
    status: 502,
    statusSaidBy: 'owner-apache-proxy: "Error reading from remote server" … "or didn\'t answer within ProxyTimeout"',
    provoked: 'an HTTP application behind ProxyPass answers after 3 s; ProxyTimeout 1 stands in for the 60 s default',
    async start(stack) {
      const port = await stack.port();
      stack.add('app', await startHttpBackend(port));
      await startApacheIn(stack, { site: `ProxyPass / http://127.0.0.1:${port}/\nProxyTimeout 1` });
    },
    provoke: once('/slow?ms=3000'),
    async fix(stack) {
      const { line } = stack.use(advice.apacheProxyTimeout());
      await apache(stack).restart({ site: apache(stack).options.site.replace(/ProxyTimeout \d+/, line) });
    },
  },
  {
    id: 'apache/app-stopped',
    cause: 'upstream-down',
    needs: ['apache'],
    status: 503,
    statusSaidBy: 'owner-apache-proxy: "nothing listens on the port named in ProxyPass" gives 503',
    provoked: 'the HTTP application behind ProxyPass is stopped; GET /',
    async start(stack) {
      const port = await stack.port();
      stack.add('app', await startHttpBackend(port));
      await startApacheIn(stack, { site: `ProxyPass / http://127.0.0.1:${port}/` });
      await stack.daemon('app').stop();
    },
    provoke: once('/'),
    async fix(stack) {
      const port = Number(/127\.0\.0\.1:(\d+)/.exec(apache(stack).options.site)?.[1]);
      stack.add('app', await startHttpBackend(port));
    },
  },
  {
    id: 'apache/app-killed-mid-request',
    cause: 'upstream-crashed',
    needs: ['apache'],
    status: 502,
    statusSaidBy: 'owner-apache-proxy: "the application closed the connection without a proper answer"',
    provoked: 'the HTTP application behind ProxyPass is killed (SIGKILL) while it handles a 5 s request',
    async start(stack) {
      const port = await stack.port();
      stack.add('app', await startHttpBackend(port));
      await startApacheIn(stack, { site: `ProxyPass / http://127.0.0.1:${port}/` });
    },
    provoke: (stack) => requestThenKill(stack, '/slow?ms=5000'),
    async fix(stack) {
      // "If it crashes, its own log … shows why": here it was killed, so start it again.
      const port = Number(/127\.0\.0\.1:(\d+)/.exec(apache(stack).options.site)?.[1]);
      stack.add('app', await startHttpBackend(port));
    },
    verify: once('/ok'),
  },
  {
    id: 'apache/tls-proxy-not-enabled',
    cause: 'ssl-upstream',
    needs: ['apache'],
    status: 500,
    statusSaidBy: 'no step yet: Apache answers 500 when ProxyPass names https:// without SSLProxyEngine',
    provoked: 'ProxyPass https:// to an application, with mod_ssl loaded but SSLProxyEngine off; GET /',
    async start(stack) {
      const port = await stack.port();
      stack.add('app', await startHttpBackend(port));
      await startApacheIn(stack, { site: `ProxyPass / https://127.0.0.1:${port}/`, modules: ['socache_shmcb', 'ssl'] });
    },
    provoke: once('/'),
    fix: null,
  },
];
