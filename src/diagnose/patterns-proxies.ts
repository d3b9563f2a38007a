// Proxies and caches in front of the backend: Caddy, Traefik, HAProxy, Varnish. Templates from
// caddyserver/caddy, traefik/traefik, haproxy/haproxy and varnishcache/varnish-cache; the file is
// named next to each.
import type { Cause } from './causes';
import { causeOfErrno, num } from './errno';
import { causeOfGoError, dialAddress } from './go-errors';
import type { Pattern } from './pattern';
import { advise, connectAdvice } from './values';

/**
 * HAProxy's termination state (the first two of the four flags in its HTTP log, doc/configuration.txt
 * "Session state at disconnection"): who ended the session, and when. Only the server's or the
 * proxy's side explains a 5xx: a client who left (C, c) or a denied request (R) does not.
 */
const HAPROXY_STATE: Readonly<Record<string, Cause>> = {
  SC: 'upstream-down', // the server refused the connection
  sC: 'timeout', // timeout connect
  SH: 'upstream-crashed', // the server aborted before its headers
  sH: 'timeout', // timeout server, before the headers
  SD: 'upstream-crashed', // the server aborted during the body
  sD: 'timeout',
  PH: 'invalid-response', // HAProxy refused the server's reply (invalid or too big header)
  sQ: 'backlog-full', // timeout queue: every server at its maxconn
};

/** A Go error's cause; one we do not know is still a 5xx the proxy blames on its upstream. */
const goCause = (text: string): Cause | null => {
  const cause = causeOfGoError(text);
  return cause === undefined ? 'other' : cause;
};

export const PROXY_PATTERNS: readonly Pattern[] = [
  {
    // caddyserver/caddy modules/caddyhttp/app.go (app.logger.Named("log.error")): the error log ("logger":"http.log.error")
    // of a request that failed, its "msg" the Go error of modules/caddyhttp/reverseproxy/reverseproxy.go
    // (a dial error, "no upstreams available"), then its "status"
    id: 'caddy-error',
    server: 'caddy',
    needle: '"logger":"http.log.error',
    regex: /"logger":"http\.log\.error[^"]*","msg":"((?:[^"\\]|\\.)*)".*?"status":(50\d)/,
    cause: (m) => goCause(m[1]!),
    advice: (m) => connectAdvice(goCause(m[1]!) ?? 'other', dialAddress(m[1]!)),
  },
  {
    // caddyserver/caddy v1 caddyhttp/errors/errors.go: "[ERROR %d %s] %v" (status, path, error),
    // the same Go errors as Caddy 2's
    id: 'caddy-v1-error',
    server: 'caddy',
    needle: '[ERROR 50',
    regex: /\[ERROR (50\d) [^\]\n]*\] ([^\n]*)/,
    cause: (m) => goCause(m[2]!),
    advice: (m) => connectAdvice(goCause(m[2]!) ?? 'other', dialAddress(m[2]!)),
  },
  {
    // traefik/traefik pkg/proxy/httputil/proxy.go (errorHandler): "'%d %s' caused by: %v", at the
    // debug level (Traefik writes why it answered 502 nowhere else)
    id: 'traefik-caused-by',
    server: 'traefik',
    needle: 'caused by: ',
    regex: /'(50\d) [^']*' caused by: ([^"\n]*)/,
    cause: (m) => goCause(m[2]!),
    advice: (m) => connectAdvice(goCause(m[2]!) ?? 'other', dialAddress(m[2]!)),
    debugIsSignal: true,
  },
  {
    // haproxy/haproxy src/server.c (srv_append_status): "Server %s/%s is DOWN, reason: %s, info: \"%s\"",
    // the reason from src/check.c: "Layer4 connection problem", "Layer4 timeout", "Layer7 wrong status"...
    id: 'haproxy-server-down',
    server: 'haproxy',
    needle: ' is DOWN',
    regex: /Server (\S+) is DOWN(?:, reason: ([^,\n]*))?/,
    cause: (m) => {
      const reason = m[2] ?? '';
      if (reason.includes('timeout')) return 'timeout';
      if (reason.startsWith('Layer6')) return 'ssl-upstream';
      if (reason.startsWith('Layer7')) return 'invalid-response';
      return 'upstream-down';
    },
    advice: (m) => advise('haproxy-server', { server: m[1], reason: m[2] }),
  },
  {
    // haproxy/haproxy src/backend.c: "%s '%s' has no server available!" (ha_alert) and
    // "%s %s has no server available!" (send_log): every server of the backend is DOWN
    id: 'haproxy-no-server',
    server: 'haproxy',
    needle: 'has no server available',
    regex: /(?:backend|proxy) '?[^\s']+'? has no server available/,
    cause: () => 'no-live-upstreams',
  },
  {
    // haproxy/haproxy src/log.c: the HTTP log format (option httplog)
    // "%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %CC %CS %tsc ...": a 5xx whose
    // termination state (%tsc) blames the server or the proxy
    id: 'haproxy-termination-state',
    server: 'haproxy',
    needle: ' 50',
    regex: / (\S+)\/(\S+) -?\d+\/-?\d+\/-?\d+\/-?\d+\/\+?\d+ (50\d) \S+ \S+ \S+ ([a-zA-Z-]{2})[a-zA-Z-]{2} /,
    cause: (m) => {
      if (m[2] === '<NOSRV>' && m[4] === 'SC') return 'no-live-upstreams';
      return HAPROXY_STATE[m[4]!] ?? null;
    },
    advice: (m) => (m[2] === '<NOSRV>' ? undefined : advise('haproxy-server', { server: `${m[1]}/${m[2]}`, reason: m[4] })),
  },
  {
    // varnishcache/varnish-cache bin/varnishd/cache/cache_backend.c: FetchError "backend %s: fail
    // errno %d (%s)", "backend %s: unhealthy"; bin/varnishd/http1/cache_http1_fetch.c: "first byte
    // timeout", "timeout", "backend closed", "Received junk", "http format error", "overflow",
    // "HTC %s (%s)" (varnishlog; Varnish then answers 503 "Backend fetch failed")
    id: 'varnish-fetch-error',
    server: 'varnish',
    needle: 'Fetch',
    // varnishlog's "FetchError", or the "Fetch-Error" field people add to varnishncsa's JSON format;
    // "http first read error: EOF" is what Varnish before 5 wrote for a backend that closed.
    regex: /Fetch-?Error"?:?\s+"?(?:b\s+)?(?:backend (\S+): (?:fail errno (\d+)|unhealthy)|first byte timeout|timeout|backend closed|HTC eof|http first read error|Received junk|http format error|overflow|no backend connection)/,
    cause: (m) => {
      const text = m[0];
      if (m[2]) return causeOfErrno(num(m[2])) ?? 'upstream-down';
      if (text.includes('unhealthy')) return 'no-live-upstreams';
      if (text.includes('timeout')) return 'timeout';
      if (text.includes('junk') || text.includes('format')) return 'invalid-response';
      if (text.includes('overflow')) return 'header-too-big';
      if (text.includes('no backend connection')) return 'upstream-down';
      return 'upstream-crashed';
    },
    advice: (m) => advise('varnish-backend', { backend: m[1] }),
  },
];
