// The errors Go's standard library returns to a reverse proxy written in Go (Caddy, Traefik):
// fixed English strings, from src/syscall/zerrors_linux_amd64.go (errno texts), src/net/net.go
// ("i/o timeout"), src/net/http/transport.go ("net/http: timeout awaiting response headers"),
// src/crypto/tls and src/crypto/x509.
import type { Cause } from './causes';

const GO_ERRORS: ReadonlyArray<readonly [RegExp, Cause]> = [
  [/connect: no such file or directory/, 'socket-missing'],
  [/connect: permission denied/, 'permission'],
  // Before Go 1.8 the syscall was not named: "dial tcp 127.0.0.1:9000: connection refused".
  [/connection refused|no route to host|network is unreachable|connectex: No connection could be made/, 'upstream-down'],
  [/no such host|server misbehaving|lookup \S+ on \S+: /, 'dns'],
  [/i\/o timeout|timeout awaiting response headers|context deadline exceeded|Client\.Timeout/, 'timeout'],
  [/tls: |x509: |server gave HTTP response to HTTPS client/, 'ssl-upstream'],
  [/connection reset by peer|broken pipe|unexpected EOF|(?:^|: )EOF\b/, 'upstream-crashed'],
  [/malformed HTTP|transport connection broken/, 'invalid-response'],
  // Caddy 2 "no upstreams available" (modules/caddyhttp/reverseproxy/reverseproxy.go), Caddy 0.9
  // "unreachable backend" (caddyhttp/proxy/proxy.go): every upstream is marked down.
  [/no upstreams available|unreachable backend/, 'no-live-upstreams'],
];

/** The visitor left (Go's "context canceled", Traefik's "client disconnected"): not the backend's fault. */
const CLIENT_GONE = /context canceled|client disconnected/;

/** The cause of a Go error, null when the client went away, undefined when it is not one we know. */
export function causeOfGoError(text: string): Cause | null | undefined {
  if (CLIENT_GONE.test(text)) return null;
  for (const [regex, cause] of GO_ERRORS) if (regex.test(text)) return cause;
  return undefined;
}

/** `dial tcp 127.0.0.1:9000: connect: …` → `127.0.0.1:9000`; `dial unix /run/app.sock: …` → the path. */
export function dialAddress(text: string): string | undefined {
  return /dial (?:tcp[46]?|unix) ([^\s,"]+?): /.exec(text)?.[1];
}
