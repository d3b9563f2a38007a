// nginx in front of PHP-FPM or an HTTP application, broken as each owner step describes.
import * as advice from '../advice/advice';
import { startDns, type LabDns } from '../servers/dns';
import { selfSignedCertificate, startHttpBackend } from '../servers/http-backend';
import type { NginxOptions } from '../servers/nginx';
import { DEBIAN_PM, type PhpFpmOptions } from '../servers/php-fpm';
import { get, getMany, getUntil, staggered, sustain } from '../servers/request';
import { front, phpLocation, startFpm, startNginxIn, waitForWorkers } from './helpers';
import type { Scenario } from './scenario';
import type { Stack } from './stack';

const once = (path: string) => (stack: Stack) => Promise.all([get(front(stack, path))]);
/** 1.2 s of CPU: many more seconds of wall clock on a loaded machine, so a longer wait. */
const busy = (stack: Stack) => Promise.all([get(front(stack, '/busy.php?ms=1200'), { timeoutMs: 40_000 })]);
const fpm = (stack: Stack) => stack.server<PhpFpmOptions>('php-fpm');
const nginx = (stack: Stack) => stack.server<NginxOptions>('nginx');

/** PHP-FPM on a socket in the scratch folder, at the path the backend step names (/run/php/…). */
const dnsOf = new WeakMap<Stack, LabDns>();

/** The upstream DNS step's example, pointed at the lab's DNS server and application port. */
function resolverLocation(stack: Stack, dnsPort: number, appPort: number): string {
  const example = stack.use(advice.resolverExample());
  const code = example.code
    .replace(`resolver ${example.resolver}`, `resolver 127.0.0.1:${dnsPort}`)
    .replace(`${example.host}:${example.port}`, `${example.host}:${appPort}`);
  return `location / {\n${code}\n}`;
}

const socketAt = (stack: Stack, path: string) => stack.scratch.path(path.replace(/^\//, ''));

export const NGINX_SCENARIOS: Scenario[] = [
  {
    id: 'nginx/php-fpm-stopped',
    cause: 'upstream-down',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-backend: "nginx returns 502 when PHP-FPM … is stopped"',
    provoked: 'PHP-FPM listening on 127.0.0.1:PORT is stopped; GET /ok.php through nginx',
    async start(stack) {
      const port = await stack.port();
      await startFpm(stack, { listen: `127.0.0.1:${port}` });
      await startNginxIn(stack, { server: phpLocation(`127.0.0.1:${port}`) });
      await fpm(stack).daemon.stop();
    },
    provoke: once('/ok.php'),
    async fix(stack) {
      stack.use(advice.fpmRestart());
      await fpm(stack).restart();
    },
  },
  {
    id: 'nginx/socket-path-differs',
    cause: 'socket-missing',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-backend: a socket that differs from fastcgi_pass "is a classic cause of 502"',
    provoked: "after an upgrade to Debian 13 PHP-FPM listens on php8.4-fpm.sock, nginx's fastcgi_pass still names Debian 12's php8.2-fpm.sock; GET /ok.php",
    async start(stack) {
      const socket = stack.use(advice.fpmSocket());
      stack.scratch.mkdir('run/php');
      await startFpm(stack, { listen: socketAt(stack, socket.upgraded) });
      await startNginxIn(stack, { server: phpLocation(`unix:${socketAt(stack, socket.fastcgiPass.replace(/^unix:/, ''))}`) });
    },
    provoke: once('/ok.php'),
    async fix(stack) {
      // "Correct the side that is wrong": the pool's listen = as the step's example gives it.
      await fpm(stack).restart({ listen: socketAt(stack, stack.use(advice.fpmSocket()).listen) });
    },
  },
  {
    id: 'nginx/socket-permissions',
    cause: 'permission',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-backend: "the nginx log says Permission denied" (nginx answers 502 for any connect failure, owner-web-server)',
    needsRoot: true,
    provoked: 'the pool socket is owned by root:root with listen.mode 0660, nginx workers run as www-data; GET /ok.php',
    async start(stack) {
      await startFpm(stack, { listen: stack.scratch.path('php-fpm.sock'), pool: 'listen.owner = root\nlisten.group = root' });
      await startNginxIn(stack, { server: phpLocation(`unix:${stack.scratch.path('php-fpm.sock')}`) });
    },
    provoke: once('/ok.php'),
    async fix(stack) {
      const user = stack.use(advice.socketUser());
      await fpm(stack).restart({ pool: `listen.owner = ${user}\nlisten.group = ${user}` });
    },
  },
  {
    id: 'nginx/php-worker-crashed',
    cause: 'upstream-crashed',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-web-server: nginx answers 502 "when the backend\'s reply is broken"',
    provoked: 'a PHP-FPM worker dies of SIGSEGV 300 ms into GET /crash.php',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`) });
    },
    provoke: once('/crash.php?ms=300'),
    async fix(stack) {
      stack.use(advice.fpmRestart());
      await fpm(stack).restart();
    },
    verify: once('/ok.php'),
  },
  {
    id: 'nginx/fastcgi-header-too-big',
    cause: 'header-too-big',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-buffers: "upstream sent too big header" … "nginx answers 502"',
    provoked: "PHP sends a 20 KB response header (many cookies); nginx's default fastcgi_buffer_size (one 4 KB page)",
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`) });
    },
    provoke: once('/header.php?bytes=20000'),
    async fix(stack) {
      const { lines } = stack.use(advice.fastcgiBuffers());
      await nginx(stack).restart({ server: phpLocation(`unix:${stack.scratch.path('php-fpm.sock')}`, lines) });
    },
  },
  {
    id: 'nginx/proxy-header-too-big',
    cause: 'header-too-big',
    needs: ['nginx'],
    status: 502,
    statusSaidBy: 'owner-buffers: "upstream sent too big header" … "nginx answers 502"',
    provoked: "an HTTP application behind proxy_pass sends a 12 KB response header; nginx's default proxy_buffer_size",
    async start(stack) {
      const port = await stack.port();
      stack.add('app', await startHttpBackend(port));
      await startNginxIn(stack, { server: `location / { proxy_pass http://127.0.0.1:${port}; }` });
    },
    provoke: once('/big-header?bytes=12000'),
    async fix(stack) {
      const { lines } = stack.use(advice.proxyBuffers());
      const pass = nginx(stack).options.server.replace(' }', ` ${lines.replaceAll('\n', ' ')} }`);
      await nginx(stack).restart({ server: pass });
    },
  },
  {
    id: 'nginx/fastcgi-read-timeout',
    cause: 'timeout',
    needs: ['nginx', 'php-fpm'],
    status: 504,
    statusSaidBy: 'owner-timeouts: fastcgi_read_timeout … "nginx stops waiting and answers 504"',
    provoked: 'a PHP script waits 3.5 s; fastcgi_read_timeout 2s stands in for the 60 s default',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`, 'fastcgi_read_timeout 2s;') });
    },
    provoke: once('/sleep.php?ms=3500'),
    async fix(stack) {
      const { line } = stack.use(advice.fastcgiReadTimeout());
      await nginx(stack).restart({ server: phpLocation(`unix:${stack.scratch.path('php-fpm.sock')}`, line) });
    },
  },
  {
    id: 'nginx/request-terminate-timeout',
    cause: 'timeout',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-timeouts: request_terminate_timeout … "PHP-FPM kills the worker … nginx answers 502"',
    provoked: 'a PHP script waits 2.5 s; the pool has request_terminate_timeout = 1s',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket, pool: 'request_terminate_timeout = 1s' });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`) });
    },
    provoke: once('/sleep.php?ms=2500'),
    async fix(stack) {
      const { line } = stack.use(advice.requestTerminateTimeout());
      await fpm(stack).restart({ pool: line });
    },
  },
  {
    id: 'nginx/max-execution-time',
    cause: 'timeout',
    needs: ['nginx', 'php-fpm'],
    status: 500,
    statusSaidBy: 'owner-timeouts: max_execution_time … "usually shown as 500 or a blank page"',
    provoked: 'a PHP script burns 1.2 s of CPU; php.ini has max_execution_time = 1',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket, ini: 'max_execution_time = 1' });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`) });
    },
    provoke: busy,
    async fix(stack) {
      const { line } = stack.use(advice.maxExecutionTime());
      await fpm(stack).restart({ ini: line });
    },
  },
  {
    id: 'nginx/pm-max-children',
    cause: 'php-fpm-max-children',
    needs: ['nginx', 'php-fpm'],
    status: 504,
    statusSaidBy: 'owner-php-fpm-limits: "new requests wait in a queue and may end in a 502 or 504"',
    provoked:
      "Debian's pool (pm = dynamic, pm.max_children = 5, one more worker a second) under 8 s of steady load (8 requests in flight), then 8 requests at once to a 2 s script; fastcgi_read_timeout 3s stands in for the 60 s default",
    reproducedBy: 'some',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      const children = stack.use(advice.debianMaxChildren());
      await startFpm(stack, { listen: socket, pm: DEBIAN_PM.replace(/max_children = \d+/, `max_children = ${children}`) });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`, 'fastcgi_read_timeout 3s;') });
    },
    // Debian's dynamic pool (pm.min_spare_servers = 1) grows by one worker a second: a busy site
    // has long grown it to its limit, the lab's steady load does the same.
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
    id: 'nginx/listen-backlog-full',
    cause: 'backlog-full',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-php-fpm-limits: "new requests wait in a queue and may end in a 502 or 504"',
    provoked:
      "16 requests to a 1.5 s script, one every 20 ms; pm = static with Debian's 5 workers; listen.backlog = 3 stands in for the 511 default, so that 16 requests overflow it",
    reproducedBy: 'some',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      const children = stack.use(advice.debianMaxChildren());
      await startFpm(stack, { listen: socket, pm: `pm = static\npm.max_children = ${children}`, pool: 'listen.backlog = 3' });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`) });
      await waitForWorkers(stack, children);
    },
    provoke: (stack) => staggered(front(stack, '/sleep.php?ms=1500'), 16, 20),
    async fix(stack) {
      const children = stack.use(advice.maxChildren());
      await fpm(stack).restart({ pm: `pm = static\npm.max_children = ${children}` });
      await waitForWorkers(stack, children);
    },
  },
  {
    id: 'nginx/fastcgi-pass-to-http-port',
    cause: 'invalid-response',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-web-server: nginx answers 502 "when the backend\'s reply is broken"',
    provoked: "nginx's fastcgi_pass names the port of an HTTP application instead of PHP-FPM's listen; GET /ok.php",
    async start(stack) {
      const appPort = await stack.port();
      stack.add('app', await startHttpBackend(appPort));
      await startFpm(stack, { listen: stack.scratch.path('php-fpm.sock') });
      await startNginxIn(stack, { server: phpLocation(`127.0.0.1:${appPort}`) });
    },
    provoke: once('/ok.php'),
    async fix(stack) {
      // owner-backend: fastcgi_pass must name the same socket or port as the pool's listen =.
      stack.use(advice.fpmSocket());
      await nginx(stack).restart({ server: phpLocation(`unix:${fpm(stack).options.listen}`) });
    },
  },
  {
    id: 'nginx/all-upstreams-down',
    cause: 'no-live-upstreams',
    needs: ['nginx'],
    status: 502,
    statusSaidBy: 'owner-error-logs: "no live upstreams": nginx can\'t reach the backend',
    provoked: 'an upstream block of two application servers (max_fails=1), both stopped; two GET / in a row',
    async start(stack) {
      const ports = [await stack.port(), await stack.port()];
      stack.add('app1', await startHttpBackend(ports[0] ?? 0));
      stack.add('app2', await startHttpBackend(ports[1] ?? 0));
      await startNginxIn(stack, {
        http: `upstream app {\n${ports.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=30s;`).join('\n')}\n}`,
        server: 'location / { proxy_pass http://app; }',
      });
      await stack.daemon('app1').stop();
      await stack.daemon('app2').stop();
    },
    async provoke(stack) {
      return [await get(front(stack, '/')), await get(front(stack, '/'))];
    },
    async fix(stack) {
      // owner-backend: "Check that the application runs": start both again. nginx keeps a failed
      // server out for its fail_timeout even once it is back, so reload nginx (owner-web-server).
      const http = nginx(stack).options.http ?? '';
      const ports = [...http.matchAll(/127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1]));
      stack.add('app1', await startHttpBackend(ports[0] ?? 0));
      stack.add('app2', await startHttpBackend(ports[1] ?? 0));
      await nginx(stack).restart();
    },
    verify: async (stack) => [await getUntil(front(stack, '/'), (reply) => reply.status === 200, { attempts: 10, withinMs: 5000 })],
  },
  {
    id: 'nginx/upstream-name-unresolvable',
    cause: 'dns',
    needs: ['nginx'],
    status: 502,
    statusSaidBy: 'owner-upstream-dns: "could not be resolved (3: Host not found)", and visitors get 502',
    provoked:
      "nginx with the upstream DNS step's resolver example, its resolver a DNS server of the lab's on 127.0.0.1 that does not know the application's name; GET /",
    async start(stack) {
      const dns = await startDns(await stack.port());
      dnsOf.set(stack, dns);
      stack.defer(() => dns.stop());
      const appPort = await stack.port();
      stack.add('app', await startHttpBackend(appPort));
      await startNginxIn(stack, { server: resolverLocation(stack, dns.port, appPort) });
    },
    provoke: once('/'),
    async fix(stack) {
      // The name gets its address (the DNS record is fixed); nginx, reloaded, asks again.
      dnsOf.get(stack)?.set(stack.use(advice.resolverExample()).host, '127.0.0.1');
      await nginx(stack).restart();
    },
  },
  {
    id: 'nginx/php-memory-limit',
    cause: 'memory',
    needs: ['nginx', 'php-fpm'],
    status: 500,
    statusSaidBy: 'no step yet: PHP stops a script past memory_limit with a fatal error, which PHP-FPM answers as 500',
    provoked: 'a PHP script keeps 64 MB; php.ini has memory_limit = 32M',
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket, ini: 'memory_limit = 32M' });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`) });
    },
    provoke: once('/memory.php?mb=64'),
    fix: null,
  },
  {
    id: 'nginx/php-worker-sigkill',
    cause: 'memory',
    needs: ['nginx', 'php-fpm'],
    status: 502,
    statusSaidBy: 'owner-web-server: nginx answers 502 "when the backend\'s reply is broken"',
    provoked:
      "a PHP-FPM worker gets SIGKILL mid-request, the signal the kernel's OOM killer sends (the lab sets no cgroup memory limit: it would touch the machine's own cgroups)",
    async start(stack) {
      const socket = stack.scratch.path('php-fpm.sock');
      await startFpm(stack, { listen: socket });
      await startNginxIn(stack, { server: phpLocation(`unix:${socket}`) });
    },
    provoke: once('/crash.php?ms=300&signal=9'),
    fix: null,
  },
  {
    id: 'nginx/tls-upstream-without-sni',
    cause: 'ssl-upstream',
    needs: ['nginx'],
    status: 502,
    statusSaidBy: 'owner-upstream-dns: without SNI the backend "may then refuse the TLS handshake … nginx logs SSL_do_handshake() failed and answers 502"',
    provoked: 'proxy_pass https://app.internal (an upstream block) to a TLS application that, like a host with many names, refuses a handshake without a server name; GET /',
    async start(stack) {
      const port = await stack.port();
      stack.add('app', await startHttpBackend(port, { ...selfSignedCertificate(stack.scratch, 'app.internal'), sniOnly: true }));
      await startNginxIn(stack, {
        http: `upstream app.internal {\n    server 127.0.0.1:${port};\n}`,
        server: 'location / {\n    proxy_pass https://app.internal;\n}',
      });
    },
    provoke: once('/'),
    async fix(stack) {
      const line = stack.use(advice.proxySslServerName());
      await nginx(stack).restart({ server: `location / {\n    proxy_pass https://app.internal;\n    ${line}\n}` });
    },
  },
];

