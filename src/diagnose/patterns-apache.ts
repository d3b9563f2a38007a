// Apache httpd's messages around a 502 or 503 (mod_proxy, mod_proxy_http, mod_proxy_fcgi,
// mod_proxy_balancer, mod_ssl), from the format strings in apache/httpd; the file is named next to each.
import { apacheErrno, causeOfErrno } from './errno';
import type { Pattern } from './pattern';
import { advise, connectAdvice } from './values';

export const APACHE_PATTERNS: readonly Pattern[] = [
  // ---- Apache httpd ------------------------------------------------------------------------
  {
    // modules/proxy/proxy_util.c: APLOGNO(02454) "%s: attempt to connect to Unix domain socket %s (%s) failed"
    id: 'apache-AH02454',
    server: 'apache',
    needle: 'AH02454',
    regex: /AH02454: (?:\w+: )?attempt to connect to Unix domain socket (\S+)/,
    cause: (_, line) => causeOfErrno(apacheErrno(line)) ?? 'upstream-down',
    advice: (m, line) => connectAdvice(causeOfErrno(apacheErrno(line)) ?? 'upstream-down', m[1]),
  },
  {
    // modules/proxy/proxy_util.c: APLOGNO(00957) "%s: attempt to connect to %pI (%s) failed"
    // (Apache 2.2 wrote the same without the AH number: "proxy: HTTP: attempt to connect to ...")
    id: 'apache-AH00957',
    server: 'apache',
    needle: 'attempt to connect to',
    regex: /(?:AH00957: )?(?:\w+: )*attempt to connect to (\S+)/,
    cause: (_, line) => causeOfErrno(apacheErrno(line)) ?? 'upstream-down',
    advice: (m, line) => connectAdvice(causeOfErrno(apacheErrno(line)) ?? 'upstream-down', m[1]),
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
    regex: /(?:AH01102: )?error reading status line from remote server(?: (\S+))?/,
    cause: (_, line) => (causeOfErrno(apacheErrno(line)) === 'timeout' ? 'timeout' : 'upstream-crashed'),
    advice: (m, line) => connectAdvice(causeOfErrno(apacheErrno(line)) === 'timeout' ? 'timeout' : 'upstream-crashed', m[1]),
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
    // modules/proxy/mod_proxy_fcgi.c: APLOGNO(01074) "Failed writing Environment to %s:", then 503.
    // The request's first record is written as soon as the connection opens, so a failure there means
    // what listens closed it on the first bytes: no FastCGI server (an HTTP port, say), which can also
    // show as AH01068 when its refusal is read first. The lab saw both from the same setup.
    id: 'apache-AH01074',
    server: 'apache',
    needle: 'Failed writing Environment to',
    regex: /(?:AH01074: )?Failed writing Environment to ?\S*/,
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
  {
    // modules/proxy/proxy_util.c: APLOGNO(00961) "%s: failed to enable ssl support for %pI (%s)";
    // server/ssl.c: APLOGNO(01961) " failed to enable ssl support [Hint: if using mod_ssl, see
    // SSLProxyEngine]": ProxyPass names an https:// backend while SSLProxyEngine is off (Apache 2.4.71)
    id: 'apache-ssl-not-enabled',
    server: 'apache',
    needle: 'failed to enable ssl support',
    regex: /failed to enable ssl support(?: for \S+)?/,
    cause: () => 'ssl-upstream',
  },
  {
    // modules/proxy/mod_proxy_balancer.c: APLOGNO(01167) "%s: All workers are in error state for
    // route (%s)", APLOGNO(01170) "%s: All workers are in error state", APLOGNO(01171) "%s: No
    // workers in balancer": every BalancerMember failed recently; the lines before say why.
    id: 'apache-balancer-error-state',
    server: 'apache',
    needle: 'balancer',
    // mod_cluster writes "proxy: CLUSTER: (balancer://name). All workers are in error state".
    regex: /(balancer:\/\/[^\s:).]+)\)?[:.] (?:All workers are in error state|No workers in balancer)/,
    cause: () => 'no-live-upstreams',
    advice: (m) => advise('balancer', { balancer: m[1] }),
  },
  {
    // modules/ssl/ssl_engine_io.c: APLOGNO(02004) "SSL Proxy: Peer certificate is expired",
    // APLOGNO(02411) "SSL Proxy: Peer certificate does not match for hostname %s",
    // APLOGNO(02005) "SSL Proxy: Peer certificate CN mismatch: Certificate CN: %s Requested hostname: %s"
    id: 'apache-ssl-proxy-certificate',
    server: 'apache',
    needle: 'SSL Proxy: Peer certificate',
    regex: /SSL Proxy: Peer certificate (?:is expired|does not match for hostname (\S+)|CN mismatch: Certificate CN: \S+ Requested hostname: (\S+))/,
    cause: () => 'ssl-upstream',
    advice: (m) => advise('ssl-host', { host: m[1] ?? m[2] }),
  },
  {
    // modules/proxy/mod_proxy_http.c: APLOGNO(01106) "bad HTTP/%d.%d header returned by %s (%s)":
    // the backend's headers could not be parsed (Apache answers 502)
    id: 'apache-bad-header',
    server: 'apache',
    needle: 'header returned by',
    regex: /bad HTTP\/\d\.\d header returned by \S+/,
    cause: () => 'invalid-response',
  },
];
