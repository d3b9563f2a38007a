import { describe, expect, it } from 'vitest';
import { matchLine } from '@/diagnose/analyze';

// Lines the servers wrote on Debian 12 (caddy 2.6.2, haproxy 2.6.12, varnish 7.1, gunicorn 20.1,
// Node.js 20.20), run on 127.0.0.1 and made to fail: a closed port, a missing socket, a slow backend,
// a backend that resets or answers garbage, plain HTTP where TLS was expected, a worker killed.
const WRITTEN_HERE: Array<[server: string, line: string, cause: string | null]> = [
  ['caddy', '{"level":"error","ts":1796156709.0457742,"logger":"http.log.error.log0","msg":"dial tcp 127.0.0.1:19501: connect: connection refused","request":{"remote_ip":"127.0.0.1","remote_port":"52128","proto":"HTTP/1.1","method":"GET","host":"127.0.0.1:19500","uri":"/x?a=1","headers":{"User-Agent":["curl/7.88.1"],"Accept":["*/*"]}},"duration":0.000875275,"status":502,"err_id":"gsvwus4nr","err_trace":"reverseproxy.statusError (reverseproxy.go:1272)"}', 'upstream-down'],
  ['caddy', '{"level":"error","ts":1796156709.0748317,"logger":"http.log.error","msg":"dial unix /tmp/fix502-diag-caddy/missing.sock: connect: no such file or directory","request":{"remote_ip":"127.0.0.1","remote_port":"41728","proto":"HTTP/1.1","method":"GET","host":"127.0.0.1:19502","uri":"/x?a=1","headers":{"User-Agent":["curl/7.88.1"],"Accept":["*/*"]}},"duration":0.000390768,"status":502,"err_id":"32j4c2ffp","err_trace":"reverseproxy.statusError (reverseproxy.go:1272)"}', 'socket-missing'],
  ['caddy', '{"level":"error","ts":1796156709.1046402,"logger":"http.log.error","msg":"dial tcp: lookup nosuchhost.invalid on 10.255.255.53:53: no such host","request":{"remote_ip":"127.0.0.1","remote_port":"33678","proto":"HTTP/1.1","method":"GET","host":"127.0.0.1:19503","uri":"/x?a=1","headers":{"User-Agent":["curl/7.88.1"],"Accept":["*/*"]}},"duration":0.00227971,"status":502,"err_id":"pypnvp337","err_trace":"reverseproxy.statusError (reverseproxy.go:1272)"}', 'dns'],
  ['caddy', '{"level":"error","ts":1796156710.135578,"logger":"http.log.error","msg":"net/http: timeout awaiting response headers","request":{"remote_ip":"127.0.0.1","remote_port":"48824","proto":"HTTP/1.1","method":"GET","host":"127.0.0.1:19504","uri":"/x?a=1","headers":{"User-Agent":["curl/7.88.1"],"Accept":["*/*"]}},"duration":1.001746828,"status":504,"err_id":"ay76ywhpb","err_trace":"reverseproxy.statusError (reverseproxy.go:1272)"}', 'timeout'],
  ['caddy', '{"level":"error","ts":1796156710.1663785,"logger":"http.log.error","msg":"tls: first record does not look like a TLS handshake","request":{"remote_ip":"127.0.0.1","remote_port":"57186","proto":"HTTP/1.1","method":"GET","host":"127.0.0.1:19506","uri":"/x?a=1","headers":{"User-Agent":["curl/7.88.1"],"Accept":["*/*"]}},"duration":0.001987978,"status":502,"err_id":"kna782icw","err_trace":"reverseproxy.statusError (reverseproxy.go:1272)"}', 'ssl-upstream'],
  ['caddy', '{"level":"warn","ts":1796156707.185944,"logger":"http","msg":"automatic HTTPS is completely disabled for server","server_name":"srv0"}', null],
  ['caddy', '{"level":"error","ts":1796156709.0458584,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"127.0.0.1","remote_port":"52128","proto":"HTTP/1.1","method":"GET","host":"127.0.0.1:19500","uri":"/x?a=1","headers":{"User-Agent":["curl/7.88.1"],"Accept":["*/*"]}},"user_id":"","duration":0.000875275,"size":0,"status":502,"resp_headers":{"Server":["Caddy"]}}', null],
  ['haproxy', '[WARNING]  (15832) : Server chk/app5 is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 0 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.', 'upstream-down'],
  ['haproxy', "[ALERT]    (15832) : backend 'chk' has no server available!", 'no-live-upstreams'],
  ['haproxy', 'backend chk has no server available!', 'no-live-upstreams'],
  ['haproxy', '127.0.0.1:36516 [01/Dec/2026:20:25:21.459] fe down/app1 0/0/-1/-1/3004 503 217 - - SC-- 1/1/0/0/3 0/0 "GET /down?q=1 HTTP/1.1"', 'upstream-down'],
  ['haproxy', '127.0.0.1:36530 [01/Dec/2026:20:25:24.487] fe slow/app2 0/0/0/-1/1001 504 198 - - sH-- 1/1/0/0/0 0/0 "GET /slow?q=1 HTTP/1.1"', 'timeout'],
  ['haproxy', '127.0.0.1:36532 [01/Dec/2026:20:25:25.511] fe reset/app3 0/0/0/-1/1 502 209 - - SH-- 1/1/0/0/0 0/0 "GET /reset?q=1 HTTP/1.1"', 'upstream-crashed'],
  ['haproxy', '127.0.0.1:36546 [01/Dec/2026:20:25:25.534] fe bad/app4 0/0/0/-1/1 502 209 - - PH-- 1/1/0/0/0 0/0 "GET /bad?q=1 HTTP/1.1"', 'invalid-response'],
  ['haproxy', '127.0.0.1:36548 [01/Dec/2026:20:25:25.555] fe chk/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /x?q=1 HTTP/1.1"', 'no-live-upstreams'],
  ['varnish', '         3 FetchError     b backend default: fail errno 111 (Connection refused)', 'upstream-down'],
  ['varnish', '     32771 FetchError     b first byte timeout', 'timeout'],
  ['gunicorn', '[2026-12-01 20:25:38 +0000] [16078] [CRITICAL] WORKER TIMEOUT (pid:16080)', 'timeout'],
  ['gunicorn', '[2026-12-01 20:25:39 +0000] [16078] [WARNING] Worker with pid 16083 was terminated due to signal 9', 'upstream-crashed'],
  ['gunicorn', '[2026-12-01 20:25:38 +0000] [16083] [INFO] Booting worker with pid: 16083', null],
  ['gunicorn', '[2026-12-01 20:25:41 +0000] [16178] [INFO] Worker exiting (pid: 16178)', null],
  ['gunicorn', '[2026-12-01 20:25:39 +0000] [16083] [ERROR] Error handling request /boom', null],
  ['node', 'Node.js v20.20.2', 'upstream-crashed'],
  ['node', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 'memory'],
];

describe('lines written by the real servers on this machine', () => {
  for (const [server, line, cause] of WRITTEN_HERE) {
    it(`${server}: ${cause ?? 'no finding'}: ${line.slice(0, 80)}`, () => {
      expect(matchLine(line)?.cause ?? null).toBe(cause);
    });
  }
});

describe('the same messages inside container and journal prefixes', () => {
  const gunicorn = '[2026-12-01 20:25:38 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:16080)';
  it.each([
    ['docker compose', `app-1  | ${gunicorn}`],
    ['docker json-file', `{"log":"${gunicorn}\\n","stream":"stderr","time":"2026-12-01T20:25:38.000000000Z"}`],
    ['kubectl logs (CRI)', `2026-12-01T20:25:38.123456789Z stderr F ${gunicorn}`],
    ['journald', `Dec 01 20:25:38 web gunicorn[16078]: ${gunicorn}`],
  ])('%s', (_, line) => {
    expect(matchLine(line)?.cause).toBe('timeout');
  });

  it('Node.js crash report in docker compose and docker json-file', () => {
    expect(matchLine('app-1  | Node.js v20.20.2')?.cause).toBe('upstream-crashed');
    expect(matchLine('{"log":"Node.js v20.20.2\\n","stream":"stderr"}')?.cause).toBe('upstream-crashed');
  });
});
