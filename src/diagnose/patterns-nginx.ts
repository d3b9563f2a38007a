// nginx's messages around a 502, from the format strings in nginx's own source (nginx/nginx; the
// file is named next to each pattern).
import { causeOfErrno, num } from './errno';
import type { Pattern } from './pattern';
import { advise, connectAdvice, nginxUpstream } from './values';

/**
 * A match that only matters when nginx was talking to an upstream: its log action says so
 * ("while reading response header from upstream", "while SSL handshaking to upstream"). The
 * `upstream: "..."` field alone does not: "writev() failed (32: Broken pipe) while sending to
 * client" names the upstream too, and is only a visitor who left.
 */
const aboutUpstream = (line: string) => / while [A-Za-z ]*upstream/.test(line);

export const NGINX_PATTERNS: readonly Pattern[] = [

  // ---- nginx: DNS -------------------------------------------------------------------------
  {
    // src/http/ngx_http_upstream.c: "%V could not be resolved (%i: %s)"
    id: 'nginx-could-not-be-resolved',
    server: 'nginx',
    needle: 'could not be resolved',
    regex: /(\S+) could not be resolved(?: ?\(\d+:[^)\n]*\)?)?/,
    cause: () => 'dns',
    advice: (m) => advise('dns-name', { name: m[1] }),
  },
  {
    // src/http/ngx_http_upstream.c: "no resolver defined to resolve %V"
    id: 'nginx-no-resolver',
    server: 'nginx',
    needle: 'no resolver defined to resolve',
    regex: /no resolver defined to resolve \S+/,
    cause: () => 'dns',
  },
  {
    // src/http/ngx_http_upstream.c: "%s in upstream \"%V\"", the %s being "host not found" from
    // ngx_parse_url() in src/core/ngx_inet.c: nginx refuses to start, so nothing answers.
    id: 'nginx-host-not-found',
    server: 'nginx',
    needle: 'host not found in upstream',
    regex: /host not found in upstream(?: \\?"?([^"\s\\]*)\\?"?)?/,
    cause: () => 'dns',
    advice: (m) => advise('dns-name', { name: m[1] }),
  },
  {
    // src/core/ngx_resolver.c: the log action "resolving" (e.g. "recv() failed (111: ...) while resolving")
    id: 'nginx-while-resolving',
    server: 'nginx',
    needle: 'while resolving',
    regex: /\w+\(\) failed \(\d+:[^)\n]*\) while resolving|while resolving/,
    cause: () => 'dns',
  },
  // ---- nginx: TLS to the upstream ------------------------------------------------------------
  {
    // src/event/ngx_event_openssl.c: "SSL_do_handshake() failed", with the log action
    // "SSL handshaking to upstream" of src/http/ngx_http_upstream.c. Without it, the handshake
    // was a client's and has nothing to do with a 502.
    id: 'nginx-ssl-handshake',
    server: 'nginx',
    needle: 'SSL_do_handshake() failed',
    regex: /SSL_do_handshake\(\) failed(?: \((?:SSL: )?[^)\n]*\)?)?/,
    cause: (_, line) => (aboutUpstream(line) ? 'ssl-upstream' : null),
  },
  {
    // src/event/ngx_event_openssl.c: "peer closed connection in SSL handshake"
    id: 'nginx-ssl-peer-closed',
    server: 'nginx',
    needle: 'peer closed connection in SSL handshake',
    regex: /peer closed connection in SSL handshake(?: ?\(\d+:[^)\n]*\)?)?/,
    cause: (_, line) => (aboutUpstream(line) ? 'ssl-upstream' : null),
  },
  {
    // src/http/ngx_http_upstream.c: "upstream SSL certificate verify error: (%l:%s)",
    // "upstream SSL certificate does not match \"%V\""
    id: 'nginx-ssl-certificate',
    server: 'nginx',
    needle: 'upstream SSL certificate',
    regex: /upstream SSL certificate (?:verify error: \(\d+:[^)\n]*\)?|does not match "?[^"\s]*"?)/,
    cause: () => 'ssl-upstream',
  },
  // ---- nginx: connecting ---------------------------------------------------------------------
  {
    // src/event/ngx_event_connect.c: "connect() to %V failed"; src/http/ngx_http_upstream.c
    // (ngx_http_upstream_test_connect): "connect() failed". The errno tells the cause: 2 = no
    // socket file, 13 = permission, 111 = nobody listens, 11 = a unix socket's queue is full.
    id: 'nginx-connect-failed',
    server: 'nginx',
    needle: 'connect',
    regex: /connect ?\(\)(?: ?to ?(.{1,300}?))? ?failed ?\((\d+):?[^)\n]*\)?/,
    cause: (m) => causeOfErrno(num(m[2])) ?? 'other',
    advice: (m, line) => connectAdvice(causeOfErrno(num(m[2])) ?? 'other', m[1] ?? nginxUpstream(line)),
  },
  {
    // src/http/ngx_http_upstream.c: "upstream timed out" (ngx_connection_error with ETIMEDOUT)
    id: 'nginx-upstream-timed-out',
    server: 'nginx',
    needle: 'upstream timed out',
    regex: /upstream timed out(?: ?\(\d+:[^)\n]*\)?)?/,
    cause: () => 'timeout',
    advice: (_, line) => connectAdvice('timeout', nginxUpstream(line)),
  },
  // ---- nginx: reading the reply ----------------------------------------------------------------
  {
    // src/http/ngx_http_upstream.c: "upstream sent too big header" (the reply's headers do not
    // fit proxy_buffer_size / fastcgi_buffer_size)
    id: 'nginx-too-big-header',
    server: 'nginx',
    needle: 'upstream sent too big header',
    regex: /upstream sent too big header/,
    cause: () => 'header-too-big',
  },
  {
    // src/http/ngx_http_upstream.c: "upstream prematurely closed connection";
    // src/http/modules/ngx_http_fastcgi_module.c: "upstream prematurely closed FastCGI stdout",
    // "upstream prematurely closed FastCGI request"
    id: 'nginx-prematurely-closed',
    server: 'nginx',
    needle: 'upstream prematurely closed',
    regex: /upstream prematurely closed (?:FastCGI (?:stdout|request)|connection)/,
    cause: () => 'upstream-crashed',
    advice: (_, line) => connectAdvice('upstream-crashed', nginxUpstream(line)),
  },
  {
    // src/os/unix/ngx_recv.c "recv() failed", ngx_readv_chain.c "readv() failed",
    // ngx_writev_chain.c "writev() failed", ngx_send.c "send() failed",
    // src/event/ngx_event_openssl.c "SSL_read() failed" / "SSL_write() failed"; only when
    // the log action names the upstream ("while reading response header from upstream").
    id: 'nginx-io-failed',
    server: 'nginx',
    needle: '() failed (',
    regex: /\b(?:recv|readv|writev|send|sendfile|SSL_read|SSL_write)\(\) failed \((?:(\d+): ?)?[^)\n]*\)?/,
    cause: (m, line) => (aboutUpstream(line) ? (causeOfErrno(num(m[1])) ?? 'upstream-crashed') : null),
    advice: (m, line) => connectAdvice(causeOfErrno(num(m[1])) ?? 'upstream-crashed', nginxUpstream(line)),
  },
  {
    // src/http/modules/ngx_http_proxy_module.c: "upstream sent no valid HTTP/1.0 header",
    // "upstream sent invalid header", "upstream sent invalid chunked response",
    // "upstream sent more data than specified in \"Content-Length\" header";
    // src/http/modules/ngx_http_fastcgi_module.c: "upstream sent unsupported FastCGI protocol
    // version: %d", "upstream sent invalid FastCGI record type: %d", "upstream sent unexpected
    // FastCGI record: %d"; src/http/ngx_http_upstream.c: "upstream sent duplicate header line"
    id: 'nginx-invalid-response',
    server: 'nginx',
    needle: 'upstream sent ',
    regex: /upstream sent (?:invalid|no valid|unexpected|unsupported|duplicate|more data than specified)[^,\n]*/,
    cause: () => 'invalid-response',
  },
  {
    // src/http/ngx_http_upstream_round_robin.c: "upstream server temporarily disabled", a [warn]
    // written when a server reaches max_fails: from now on nginx skips it for fail_timeout, and once
    // every server is skipped it answers 502 with "no live upstreams". The errors before it say why.
    id: 'nginx-server-disabled',
    server: 'nginx',
    needle: 'upstream server temporarily disabled',
    regex: /upstream server temporarily disabled/,
    cause: () => 'no-live-upstreams',
    advice: (_, line) => connectAdvice('upstream-down', nginxUpstream(line)),
  },
  {
    // src/http/ngx_http_upstream.c: "no live upstreams" (every server of the upstream block is
    // marked failed after max_fails; the first errors of the log say why)
    id: 'nginx-no-live-upstreams',
    server: 'nginx',
    needle: 'no live upstreams',
    regex: /no live upstreams/,
    cause: () => 'no-live-upstreams',
  },
];
