// The messages nginx, Apache httpd (mod_proxy, mod_proxy_http, mod_proxy_fcgi, mod_ssl), PHP-FPM,
// PHP and the Linux kernel write around a 502, as regular expressions. Each one is taken from the
// format string in the server's own source; the file is named next to it.
//
// Matching works on the message, never on what surrounds it: timestamps, levels, pids, docker,
// journald or `docker compose` prefixes, JSON-escaped (`{"log":"...\n"}`) and HTML-escaped lines
// and lines cut short all still match. An OS error is read by its errno number, never by the
// strerror text, which is translated (glibc in Russian says «В соединении отказано») and differs
// between C libraries (musl says "Operation timed out" where glibc says "Connection timed out").
import type { Cause } from './causes';

export type Server = 'nginx' | 'apache' | 'php-fpm' | 'php' | 'linux';

export interface Pattern {
  id: string;
  server: Server;
  /** Every line the pattern matches contains this exact text: a cheap test before the regex. */
  needle: string;
  regex: RegExp;
  /** The cause a match points to, or null when this match is harmless (checked in order). */
  cause: (match: RegExpExecArray, line: string) => Cause | null;
}

/**
 * errno (and APR status) numbers → cause. Linux numbers first, then the BSD/macOS and Windows
 * (WSA) numbers of the same error; they do not collide with anything a connect() or recv() returns.
 */
const ERRNO_CAUSE: Readonly<Record<number, Cause>> = {
  1: 'permission', // EPERM (a firewall or SELinux denied the connect)
  2: 'socket-missing', // ENOENT: the unix socket file does not exist
  13: 'permission', // EACCES
  111: 'upstream-down', // ECONNREFUSED
  61: 'upstream-down', // ECONNREFUSED (BSD, macOS)
  10061: 'upstream-down', // WSAECONNREFUSED
  113: 'upstream-down', // EHOSTUNREACH
  65: 'upstream-down', // EHOSTUNREACH (BSD, macOS)
  10065: 'upstream-down', // WSAEHOSTUNREACH
  101: 'upstream-down', // ENETUNREACH
  51: 'upstream-down', // ENETUNREACH (BSD, macOS)
  10051: 'upstream-down', // WSAENETUNREACH
  11: 'backlog-full', // EAGAIN on a unix socket: its listen queue is full
  35: 'backlog-full', // EAGAIN (BSD, macOS)
  10035: 'backlog-full', // WSAEWOULDBLOCK
  110: 'timeout', // ETIMEDOUT
  60: 'timeout', // ETIMEDOUT (BSD, macOS)
  10060: 'timeout', // WSAETIMEDOUT
  104: 'upstream-crashed', // ECONNRESET
  54: 'upstream-crashed', // ECONNRESET (BSD, macOS)
  10054: 'upstream-crashed', // WSAECONNRESET
  32: 'upstream-crashed', // EPIPE
  70007: 'timeout', // APR_TIMEUP "The timeout specified has expired"
  70014: 'upstream-crashed', // APR_EOF "End of file found"
};

export function causeOfErrno(errno: number | undefined): Cause | undefined {
  if (errno === undefined || Number.isNaN(errno)) return undefined;
  // APR_OS_START_EAIERR (670000) + a getaddrinfo() error: the name did not resolve.
  if (errno >= 670000 && errno < 680000) return 'dns';
  return ERRNO_CAUSE[errno];
}

const num = (text: string | undefined) => (text === undefined ? undefined : Number(text));

/**
 * Apache writes an OS/APR error before the message: `[pid 1:tid 2] (111)Connection refused:
 * AH00957: ...` (server/log.c, "(%d)%s: " via apr_strerror; "(OS %d)" on Windows). nginx's
 * errors are "(111: ...)" and so never match this.
 */
const APACHE_ERRNO = /(?:^|[\]\s"])\((?:OS )?(\d+)\)[^\s\d:]/;
function apacheErrno(line: string): number | undefined {
  return num(APACHE_ERRNO.exec(line)?.[1]);
}

/** A match that only matters when the line is about an upstream (not a client connection). */
const aboutUpstream = (line: string) => line.includes('upstream');

/** Checked in this order; the first pattern that names a cause wins the line. */
export const PATTERNS: readonly Pattern[] = [
  // ---- nginx: DNS -------------------------------------------------------------------------
  {
    // src/http/ngx_http_upstream.c: "%V could not be resolved (%i: %s)"
    id: 'nginx-could-not-be-resolved',
    server: 'nginx',
    needle: 'could not be resolved',
    regex: /\S+ could not be resolved(?: ?\(\d+:[^)\n]*\)?)?/,
    cause: () => 'dns',
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
    regex: /host not found in upstream(?: "?[^"\s]*"?)?/,
    cause: () => 'dns',
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
  },
  {
    // src/http/ngx_http_upstream.c: "upstream timed out" (ngx_connection_error with ETIMEDOUT)
    id: 'nginx-upstream-timed-out',
    server: 'nginx',
    needle: 'upstream timed out',
    regex: /upstream timed out(?: ?\(\d+:[^)\n]*\)?)?/,
    cause: () => 'timeout',
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
    // src/http/ngx_http_upstream.c: "no live upstreams" (every server of the upstream block is
    // marked failed after max_fails; the first errors of the log say why)
    id: 'nginx-no-live-upstreams',
    server: 'nginx',
    needle: 'no live upstreams',
    regex: /no live upstreams/,
    cause: () => 'no-live-upstreams',
  },
  // ---- Apache httpd ------------------------------------------------------------------------
  {
    // modules/proxy/proxy_util.c: APLOGNO(02454) "%s: attempt to connect to Unix domain socket %s (%s) failed"
    id: 'apache-AH02454',
    server: 'apache',
    needle: 'AH02454',
    regex: /AH02454: (?:\w+: )?attempt to connect to Unix domain socket \S+/,
    cause: (_, line) => causeOfErrno(apacheErrno(line)) ?? 'upstream-down',
  },
  {
    // modules/proxy/proxy_util.c: APLOGNO(00957) "%s: attempt to connect to %pI (%s) failed"
    // (Apache 2.2 wrote the same without the AH number: "proxy: HTTP: attempt to connect to ...")
    id: 'apache-AH00957',
    server: 'apache',
    needle: 'attempt to connect to',
    regex: /(?:AH00957: )?(?:\w+: )*attempt to connect to \S+/,
    cause: (_, line) => causeOfErrno(apacheErrno(line)) ?? 'upstream-down',
  },
  {
    // modules/proxy/mod_proxy_fcgi.c: APLOGNO(01079) "failed to make connection to backend: %s";
    // modules/proxy/mod_proxy_http.c: APLOGNO(01114) "HTTP: failed to make connection to backend: %s".
    // (Apache then answers 503, not 502.)
    id: 'apache-failed-to-make-connection',
    server: 'apache',
    needle: 'failed to make connection to backend',
    regex: /(?:AH0(?:1079|1114): )?(?:\w+: )?failed to make connection to backend(?:: ?\S+)?/,
    cause: (_, line) => causeOfErrno(apacheErrno(line)) ?? 'upstream-down',
  },
  {
    // modules/proxy/proxy_util.c: APLOGNO(00959) "ap_proxy_connect_backend disabling worker for
    // (%s) for %ds"; APLOGNO(00940) "%s: disabled connection for (%s)"
    id: 'apache-worker-disabled',
    server: 'apache',
    needle: 'AH009',
    regex: /AH00959: ap_proxy_connect_backend disabling worker for \([^)\n]*\)?|AH00940: \S+ disabled connection for \([^)\n]*\)?/,
    cause: () => 'upstream-down',
  },
  {
    // modules/proxy/mod_proxy_http.c: APLOGNO(01102) "error reading status line from remote server %s"
    id: 'apache-AH01102',
    server: 'apache',
    needle: 'error reading status line from remote server',
    regex: /(?:AH01102: )?error reading status line from remote server(?: \S+)?/,
    cause: (_, line) => {
      const cause = causeOfErrno(apacheErrno(line));
      return cause === 'timeout' ? 'timeout' : 'upstream-crashed';
    },
  },
  {
    // modules/proxy/mod_proxy.c: APLOGNO(00898) "%s returned by %s", the %s being the reason given
    // to ap_proxyerror(): "Error reading from remote server" (mod_proxy_http.c), "DNS lookup
    // failure for: %s" (proxy_util.c), "Timeout on 100-Continue" (mod_proxy_http.c)
    id: 'apache-AH00898',
    server: 'apache',
    needle: 'AH00898',
    regex: /AH00898: .{0,300}? returned by \S*/,
    cause: (m) => {
      const text = m[0];
      if (text.includes('DNS lookup failure')) return 'dns';
      if (text.includes('Timeout')) return 'timeout';
      if (text.includes('Error reading from remote server')) return 'upstream-crashed';
      return 'other';
    },
  },
  {
    // modules/proxy/mod_proxy_fcgi.c: APLOGNO(01067) "Failed to read FastCGI header"
    id: 'apache-AH01067',
    server: 'apache',
    needle: 'Failed to read FastCGI header',
    regex: /(?:AH01067: )?Failed to read FastCGI header/,
    cause: () => 'upstream-crashed',
  },
  {
    // modules/proxy/mod_proxy_fcgi.c: APLOGNO(01075) "Error dispatching request to %s:"
    id: 'apache-AH01075',
    server: 'apache',
    needle: 'Error dispatching request to',
    regex: /(?:AH01075: )?Error dispatching request to ?\S*/,
    cause: (_, line) => {
      const cause = causeOfErrno(apacheErrno(line));
      return cause === 'timeout' ? 'timeout' : 'upstream-crashed';
    },
  },
  {
    // modules/proxy/mod_proxy_fcgi.c: APLOGNO(01068) "Got bogus version %d",
    // "Error parsing script headers"
    id: 'apache-fcgi-invalid',
    server: 'apache',
    needle: 'Got bogus version',
    regex: /Got bogus version \d+/,
    cause: () => 'invalid-response',
  },
  {
    // modules/proxy/mod_proxy_fcgi.c: "Error parsing script headers"
    id: 'apache-fcgi-headers',
    server: 'apache',
    needle: 'Error parsing script headers',
    regex: /Error parsing script headers/,
    cause: () => 'invalid-response',
  },
  {
    // modules/ssl/ssl_engine_io.c: APLOGNO(02003) "SSL Proxy connect failed";
    // modules/proxy/proxy_util.c: APLOGNO(00961) "SSL Proxy requested for %s but not enabled [Hint: SSLProxyEngine]"
    id: 'apache-ssl-proxy',
    server: 'apache',
    needle: 'SSL Proxy ',
    regex: /SSL Proxy (?:connect failed|requested for \S+ but not enabled)/,
    cause: () => 'ssl-upstream',
  },
  // ---- PHP-FPM -----------------------------------------------------------------------------
  {
    // sapi/fpm/fpm/fpm_process_ctl.c: "[pool %s] server reached pm.max_children setting (%d),
    // consider raising it"; "server reached max_children setting (%d)" for pm = ondemand
    id: 'php-fpm-max-children',
    server: 'php-fpm',
    needle: 'max_children setting',
    regex: /server reached (?:pm\.)?max_children setting(?: \(\d+\))?/,
    cause: () => 'php-fpm-max-children',
  },
  {
    // sapi/fpm/fpm/fpm_children.c: "[pool %s] child %d exited on signal %d (%s%s) after
    // %ld.%06d seconds from start". SIGKILL (9) is almost always the kernel's OOM killer,
    // SIGTERM (15) request_terminate_timeout, SIGQUIT (3) the normal end of an idle child.
    id: 'php-fpm-child-signal',
    server: 'php-fpm',
    needle: 'exited on signal',
    regex: /child \d+ exited on signal (\d+)(?: \([^)\n]*\)?)?/,
    cause: (m) => {
      const signal = Number(m[1]);
      if (signal === 3) return null;
      if (signal === 9) return 'memory';
      if (signal === 15) return 'timeout';
      return 'upstream-crashed';
    },
  },
  {
    // sapi/fpm/fpm/fpm_request.c: "[pool %s] child %d, script '%s' (request: \"%s %s%s%s\")
    // execution timed out (%d.%06d sec), terminating"
    id: 'php-fpm-execution-timed-out',
    server: 'php-fpm',
    needle: 'execution timed out',
    regex: /execution timed out \([\d.]+ sec\)(?:, terminating)?/,
    cause: () => 'timeout',
  },
  {
    // sapi/fpm/fpm/fpm_sockets.c: "unable to bind listening socket for address '%s': %s (%d)"
    // (php-fpm did not start, so nothing listens where the web server connects)
    id: 'php-fpm-bind-failed',
    server: 'php-fpm',
    needle: 'unable to bind listening socket',
    regex: /unable to bind listening socket for address '[^'\n]*'?/,
    cause: () => 'upstream-down',
  },
  {
    // sapi/fpm/fpm/fpm_main.c: "FPM initialization failed"
    id: 'php-fpm-init-failed',
    server: 'php-fpm',
    needle: 'FPM initialization failed',
    regex: /FPM initialization failed/,
    cause: () => 'upstream-down',
  },
  // ---- PHP itself (in php-fpm's log, or quoted by nginx "FastCGI sent in stderr" / Apache AH01071) ----
  {
    // Zend/zend_alloc.c: "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)",
    // "Allowed memory size of %zu bytes exhausted at %s:%d (tried to allocate %zu bytes)"
    id: 'php-memory-limit',
    server: 'php',
    needle: 'Allowed memory size of',
    regex: /Allowed memory size of \d+ bytes exhausted(?:[^(\n]*\(tried to allocate \d+ bytes\))?/,
    cause: () => 'memory',
  },
  {
    // Zend/zend_alloc.c: "Out of memory (allocated %zu) (tried to allocate %zu bytes)";
    // Linux mm/oom_kill.c: "Out of memory: Killed process %d (%s)" (older kernels: "Kill process")
    id: 'out-of-memory',
    server: 'linux',
    needle: 'Out of memory',
    regex: /Out of memory(?: \(allocated \d+\)|: Kill(?:ed)? process \d+ \([^)\n]*\)?)/,
    cause: () => 'memory',
  },
  {
    // Zend/zend_execute_API.c: "Maximum execution time of " ZEND_LONG_FMT " second%s exceeded"
    id: 'php-max-execution-time',
    server: 'php',
    needle: 'Maximum execution time of',
    regex: /Maximum execution time of \d+ seconds? exceeded/,
    cause: () => 'timeout',
  },
];
