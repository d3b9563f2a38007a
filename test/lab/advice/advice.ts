// The values the owner steps advise, typed, with where each comes from. A scenario applies these,
// never a copy of its own: change the advice and the lab checks the new advice.
import { AdviceError, codeSpan, directive, LANGUAGES, nodeText, stepCode } from './content';
import { nginxSize, seconds } from './units';

/** The release the lab runs: Debian 12's packages (nginx 1.22, PHP 8.2, Apache 2.4). */
const DEBIAN = 'debian-12';
/** The release an upgrade goes to: its PHP-FPM socket has another name. */
const NEXT_DEBIAN = 'debian-13';

export interface Advised<T> {
  value: T;
  /** "owner-buffers/fastcgi": the node and step (or text) it was read from. */
  source: string;
}

/** nginx's FastCGI buffers (owner-buffers, step "fastcgi"): the lines to add and the header buffer. */
export function fastcgiBuffers(): Advised<{ lines: string; headerBuffer: number }> {
  const source = 'owner-buffers/fastcgi';
  const lines = stepCode('owner-buffers', 'fastcgi');
  directive(lines, 'fastcgi_buffers', source);
  return { value: { lines, headerBuffer: nginxSize(directive(lines, 'fastcgi_buffer_size', source), source) }, source };
}

/** nginx's proxy buffers (owner-buffers, step "proxy"). */
export function proxyBuffers(): Advised<{ lines: string; headerBuffer: number }> {
  const source = 'owner-buffers/proxy';
  const lines = stepCode('owner-buffers', 'proxy');
  directive(lines, 'proxy_buffers', source);
  return { value: { lines, headerBuffer: nginxSize(directive(lines, 'proxy_buffer_size', source), source) }, source };
}

/** `fastcgi_read_timeout` (owner-timeouts, step "example"): the line and its seconds. */
export function fastcgiReadTimeout(): Advised<{ line: string; seconds: number }> {
  const source = `owner-timeouts/${DEBIAN}/example`;
  const line = stepCode('owner-timeouts', 'example', DEBIAN);
  return { value: { line, seconds: seconds(directive(line, 'fastcgi_read_timeout', source), source) }, source };
}

/** `max_execution_time = N` from the timeouts step's text: a php.ini line. */
export function maxExecutionTime(): Advised<{ line: string; seconds: number }> {
  const match = codeSpan('owner-timeouts', /max_execution_time = (\d+)/);
  return { value: { line: match[0], seconds: Number(match[1]) }, source: 'owner-timeouts (text)' };
}

/** `request_terminate_timeout = Ns` from the timeouts step's text: a pool line. */
export function requestTerminateTimeout(): Advised<{ line: string; seconds: number }> {
  const match = codeSpan('owner-timeouts', /request_terminate_timeout = (\d+[smh]?)/);
  return { value: { line: match[0], seconds: seconds(match[1] ?? '', 'owner-timeouts') }, source: 'owner-timeouts (text)' };
}

/** `ProxyTimeout N` from the Apache proxy step's text. */
export function apacheProxyTimeout(): Advised<{ line: string; seconds: number }> {
  const match = codeSpan('owner-apache-proxy', /ProxyTimeout (\d+)/);
  return { value: { line: match[0], seconds: Number(match[1]) }, source: 'owner-apache-proxy (text)' };
}

/**
 * The backend step's rule and Debian 12's socket: the pool's `listen =` is the socket's path and
 * nginx's `fastcgi_pass` "the same path" after `unix:`. An upgrade to the next release gives the
 * socket that release's name (Debian 13's variant), while nginx may still name the old one.
 */
export function fpmSocket(): Advised<{ fastcgiPass: string; listen: string; upgraded: string }> {
  const socket = /\/run\/php\/php[\d.]+-fpm\.sock/;
  const listen = codeSpan('owner-backend', socket, DEBIAN)[0];
  codeSpan('owner-backend', /unix:/);
  codeSpan('owner-backend', /listen =/);
  const upgraded = codeSpan('owner-backend', socket, NEXT_DEBIAN)[0];
  if (upgraded === listen) throw new AdviceError(`owner-backend: ${DEBIAN} and ${NEXT_DEBIAN} name the same socket, ${listen}`);
  return { value: { fastcgiPass: `unix:${listen}`, listen, upgraded }, source: `owner-backend/${DEBIAN} (text)` };
}

/** The user the pool's `listen.owner` / `listen.group` must allow on Debian (owner-backend's text). */
export function socketUser(): Advised<string> {
  codeSpan('owner-backend', /listen\.owner/, DEBIAN);
  codeSpan('owner-backend', /listen\.group/, DEBIAN);
  return { value: codeSpan('owner-backend', /www-data/, DEBIAN)[0], source: `owner-backend/${DEBIAN} (text)` };
}

/** Debian's default `pm.max_children` as the limits step quotes it in PHP-FPM's warning. */
export function debianMaxChildren(): Advised<number> {
  const match = codeSpan('owner-php-fpm-limits', /WARNING: \[pool www\] server reached pm\.max_children setting \((\d+)\), consider raising it/);
  return { value: Number(match[1]), source: 'owner-php-fpm-limits (text)' };
}

/**
 * `pm.max_children` by the limits step's own rule and example: memory for PHP ÷ one worker's size
 * ("2048 ÷ 80, about 25"), read from every language's text (the numbers are not translated).
 */
export function maxChildren(): Advised<number> {
  const results = LANGUAGES.map((language) => {
    const match = /(\d+) ÷ (\d+)/.exec(nodeText(language, 'owner-php-fpm-limits'));
    if (!match) throw new AdviceError(`owner-php-fpm-limits (${language}): no "MEMORY ÷ WORKER" example`);
    return Math.floor(Number(match[1]) / Number(match[2]));
  });
  if (results[0] !== results[1]) throw new AdviceError(`owner-php-fpm-limits: the languages give ${results.join(' and ')} workers`);
  return { value: results[0] ?? 0, source: 'owner-php-fpm-limits (text)' };
}

/** The `resolver` example of the upstream DNS step: resolver line, variable and proxy_pass. */
export function resolverExample(): Advised<{ code: string; resolver: string; host: string; port: number }> {
  const source = 'owner-upstream-dns/resolver';
  const code = stepCode('owner-upstream-dns', 'resolver');
  const resolver = directive(code, 'resolver', source).split(/\s+/)[0] ?? '';
  const backend = /set \$\w+ http:\/\/([\w.-]+):(\d+);/.exec(code);
  if (!backend) throw new AdviceError(`${source}: no "set $var http://HOST:PORT;" in:\n${code}`);
  directive(code, 'proxy_pass', source);
  return { value: { code, resolver, host: backend[1] ?? '', port: Number(backend[2]) }, source };
}

/** The restart command of the PHP-FPM restart step, Debian's variant: what the lab does by hand. */
export function fpmRestart(): Advised<string> {
  const code = stepCode('owner-restart-php-fpm', 'restart', DEBIAN);
  if (!/systemctl restart php[\d.]+-fpm/.test(code)) throw new AdviceError(`owner-restart-php-fpm: "${code}" is not a restart of PHP-FPM`);
  return { value: code, source: `owner-restart-php-fpm/${DEBIAN}/restart` };
}

/** The line that makes nginx name the server in its TLS handshake (owner-upstream-dns, step "sni"). */
export function proxySslServerName(): Advised<string> {
  const source = 'owner-upstream-dns/sni';
  const line = stepCode('owner-upstream-dns', 'sni');
  if (directive(line, 'proxy_ssl_server_name', source) !== 'on') throw new AdviceError(`${source}: "${line}" does not turn SNI on`);
  return { value: line, source };
}

/** A node's Debian 12 variant, or the Debian/Ubuntu group where its commands are all the same. */
function debianVariant(nodeId: string): string {
  for (const variant of [DEBIAN, 'debian-ubuntu']) {
    try {
      nodeText('en', nodeId, variant);
      return variant;
    } catch {
      // not split this way
    }
  }
  throw new AdviceError(`${nodeId}: no ${DEBIAN} or debian-ubuntu variant`);
}

/** Caddy's `reverse_proxy` block with its transport timeouts (owner-caddy, step "timeouts"). */
export function caddyTimeouts(): Advised<{ block: string; upstream: string; responseHeaderTimeout: number }> {
  const source = 'owner-caddy/timeouts';
  const block = stepCode('owner-caddy', 'timeouts');
  const upstream = /reverse_proxy (\S+) \{/.exec(block)?.[1];
  const timeout = /response_header_timeout (\S+)/.exec(block)?.[1];
  if (!upstream || !timeout) throw new AdviceError(`${source}: no "reverse_proxy ADDRESS {" with response_header_timeout in:\n${block}`);
  return { value: { block, upstream, responseHeaderTimeout: seconds(timeout, source) }, source };
}

/** HAProxy's `timeout server` (owner-haproxy, step "timeouts"): the line for `defaults`. */
export function haproxyServerTimeout(): Advised<{ line: string; seconds: number }> {
  const variant = debianVariant('owner-haproxy');
  const source = `owner-haproxy/${variant}/timeouts`;
  const code = stepCode('owner-haproxy', 'timeouts', variant);
  const match = /timeout server\s+(\S+)/.exec(code);
  if (!match?.[1]) throw new AdviceError(`${source}: no "timeout server" in:\n${code}`);
  return { value: { line: match[0], seconds: seconds(match[1], source) }, source };
}

/** HAProxy's `tune.bufsize` (owner-haproxy, step "bufsize"): the line for `global`. */
export function haproxyBufsize(): Advised<{ line: string; bytes: number }> {
  const variant = debianVariant('owner-haproxy');
  const source = `owner-haproxy/${variant}/bufsize`;
  const code = stepCode('owner-haproxy', 'bufsize', variant);
  const match = /tune\.bufsize\s+(\d+)/.exec(code);
  if (!match?.[1]) throw new AdviceError(`${source}: no "tune.bufsize N" in:\n${code}`);
  return { value: { line: match[0], bytes: Number(match[1]) }, source };
}

/** Gunicorn's `--timeout` and nginx's matching `proxy_read_timeout` (owner-python-app). */
export function gunicornTimeout(): Advised<{ args: string[]; proxyLine: string; seconds: number }> {
  const source = 'owner-python-app/gunicorn-timeout';
  const command = stepCode('owner-python-app', 'gunicorn-timeout');
  const match = /--timeout (\d+)/.exec(command);
  if (!match?.[1]) throw new AdviceError(`${source}: no "--timeout N" in: ${command}`);
  const proxyLine = stepCode('owner-python-app', 'proxy-timeout');
  const proxySeconds = seconds(directive(proxyLine, 'proxy_read_timeout', 'owner-python-app/proxy-timeout'), 'owner-python-app/proxy-timeout');
  if (proxySeconds < Number(match[1])) throw new AdviceError(`owner-python-app: nginx gets ${proxySeconds} s, less than Gunicorn's ${match[1]} s`);
  return { value: { args: ['--timeout', match[1]], proxyLine, seconds: Number(match[1]) }, source };
}
