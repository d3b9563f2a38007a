import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchLine } from '@/diagnose/analyze';
import { causeOfErrno, PATTERN_FILES, PATTERNS } from '@/diagnose/patterns';

// One line per message template, written from the format string named next to each pattern in
// src/diagnose/patterns.ts (the real, posted lines are in test/fixtures/diagnose-corpus.json).
const TEMPLATES: Array<[pattern: string, line: string, cause: string]> = [
  ['nginx-could-not-be-resolved', '2026/11/25 10:00:00 [error] 7#7: *1 backend.internal could not be resolved (3: Host not found), client: 10.0.0.1', 'dns'],
  ['nginx-no-resolver', '2026/11/25 10:00:00 [error] 7#7: *1 no resolver defined to resolve app.local, client: 10.0.0.1', 'dns'],
  ['nginx-host-not-found', 'nginx: [emerg] host not found in upstream "php:9000" in /etc/nginx/conf.d/default.conf:12', 'dns'],
  ['nginx-while-resolving', '2026/11/25 10:00:00 [error] 7#7: send() failed (111: Connection refused) while resolving, resolver: 127.0.0.11:53', 'dns'],
  ['nginx-ssl-handshake', '2026/11/25 10:00:00 [error] 7#7: *3 SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream, client: 10.0.0.1', 'ssl-upstream'],
  ['nginx-ssl-peer-closed', '2026/11/25 10:00:00 [error] 7#7: *3 peer closed connection in SSL handshake (104: Connection reset by peer) while SSL handshaking to upstream, client: 10.0.0.1', 'ssl-upstream'],
  ['nginx-ssl-certificate', '2026/11/25 10:00:00 [error] 7#7: *3 upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream', 'ssl-upstream'],
  ['nginx-connect-failed', '2026/11/25 10:00:00 [crit] 7#7: *5 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream', 'socket-missing'],
  ['nginx-upstream-timed-out', '2026/11/25 10:00:00 [error] 7#7: *6 upstream timed out (110: Connection timed out) while reading response header from upstream', 'timeout'],
  ['nginx-too-big-header', '2026/11/25 10:00:00 [error] 7#7: *7 upstream sent too big header while reading response header from upstream', 'header-too-big'],
  ['nginx-prematurely-closed', '2026/11/25 10:00:00 [error] 7#7: *8 upstream prematurely closed FastCGI stdout while reading response header from upstream', 'upstream-crashed'],
  ['nginx-io-failed', '2026/11/25 10:00:00 [error] 7#7: *9 readv() failed (104: Connection reset by peer) while reading upstream', 'upstream-crashed'],
  ['nginx-invalid-response', '2026/11/25 10:00:00 [error] 7#7: *10 upstream sent no valid HTTP/1.0 header while reading response header from upstream', 'invalid-response'],
  ['nginx-no-live-upstreams', '2026/11/25 10:00:00 [error] 7#7: *11 no live upstreams while connecting to upstream', 'no-live-upstreams'],
  ['apache-AH02454', '[Wed Nov 25 10:00:00.000001 2026] [proxy:error] [pid 9:tid 9] (13)Permission denied: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.2-fpm.sock (localhost:8000) failed', 'permission'],
  ['apache-AH00957', '[Wed Nov 25 10:00:00.000001 2026] [proxy:error] [pid 9:tid 9] (111)Connection refused: AH00957: FCGI: attempt to connect to 127.0.0.1:9000 (127.0.0.1) failed', 'upstream-down'],
  ['apache-failed-to-make-connection', '[Wed Nov 25 10:00:00.000002 2026] [proxy_fcgi:error] [pid 9:tid 9] [client 10.0.0.1:5000] AH01079: failed to make connection to backend: 127.0.0.1', 'upstream-down'],
  ['apache-worker-disabled', '[Wed Nov 25 10:00:00.000003 2026] [proxy:error] [pid 9:tid 9] AH00959: ap_proxy_connect_backend disabling worker for (127.0.0.1:9000) for 60s', 'upstream-down'],
  ['apache-AH01102', '[Wed Nov 25 10:00:00.000004 2026] [proxy_http:error] [pid 9:tid 9] (70007)The timeout specified has expired: [client 10.0.0.1:5000] AH01102: error reading status line from remote server 127.0.0.1:8080', 'timeout'],
  ['apache-AH00898', '[Wed Nov 25 10:00:00.000005 2026] [proxy:error] [pid 9:tid 9] [client 10.0.0.1:5000] AH00898: DNS lookup failure for: backend.local returned by /', 'dns'],
  ['apache-AH01067', '[Wed Nov 25 10:00:00.000006 2026] [proxy_fcgi:error] [pid 9:tid 9] [client 10.0.0.1:5000] AH01067: Failed to read FastCGI header', 'upstream-crashed'],
  ['apache-AH01075', '[Wed Nov 25 10:00:00.000007 2026] [proxy_fcgi:error] [pid 9:tid 9] (70007)The timeout specified has expired: [client 10.0.0.1:5000] AH01075: Error dispatching request to 127.0.0.1:9000:', 'timeout'],
  ['apache-fcgi-invalid', '[Wed Nov 25 10:00:00.000008 2026] [proxy_fcgi:error] [pid 9:tid 9] [client 10.0.0.1:5000] AH01068: Got bogus version 72', 'invalid-response'],
  ['apache-AH01074', '[Wed Dec 02 03:02:11.118204 2026] [proxy_fcgi:error] [pid 4121:tid 4133] (32)Broken pipe: [client 127.0.0.1:40122] AH01074: Failed writing Environment to :5245:', 'invalid-response'],
  ['apache-fcgi-headers', '[Wed Nov 25 10:00:00.000009 2026] [proxy_fcgi:error] [pid 9:tid 9] [client 10.0.0.1:5000] Error parsing script headers', 'invalid-response'],
  ['apache-ssl-proxy', '[Wed Nov 25 10:00:00.000010 2026] [ssl:info] [pid 9:tid 9] [remote 10.0.0.2:443] AH02003: SSL Proxy connect failed', 'ssl-upstream'],
  ['php-fpm-max-children', '[25-Nov-2026 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it', 'php-fpm-max-children'],
  ['php-fpm-child-signal', '[25-Nov-2026 10:00:00] WARNING: [pool www] child 4242 exited on signal 11 (SIGSEGV - core dumped) after 12.345678 seconds from start', 'upstream-crashed'],
  ['php-fpm-execution-timed-out', "[25-Nov-2026 10:00:00] WARNING: [pool www] child 4242, script '/var/www/index.php' (request: \"GET /index.php\") execution timed out (30.001234 sec), terminating", 'timeout'],
  ['php-fpm-bind-failed', "[25-Nov-2026 10:00:00] ERROR: unable to bind listening socket for address '/run/php/php8.2-fpm.sock': Address already in use (98)", 'upstream-down'],
  ['php-fpm-init-failed', '[25-Nov-2026 10:00:00] ERROR: FPM initialization failed', 'upstream-down'],
  ['php-memory-limit', 'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2351', 'memory'],
  ['linux-oom-killed', 'Nov 25 10:00:00 web kernel: Out of memory: Killed process 4242 (php-fpm8.2) total-vm:512000kB, anon-rss:400000kB', 'memory'],
  ['php-out-of-memory', 'PHP Fatal error:  Out of memory (allocated 2097152) (tried to allocate 4096 bytes) in /var/www/html/index.php on line 3', 'memory'],
  ['php-fpm-no-memory', '[25-Nov-2026 10:00:00] ERROR: fork() failed: Cannot allocate memory (12)', 'memory'],
  ['nginx-server-disabled', '2026/11/25 10:00:00 [warn] 7#7: *12 upstream server temporarily disabled while connecting to upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8080/", host: "example.com"', 'no-live-upstreams'],
  ['apache-balancer-error-state', '[Wed Nov 25 10:00:00.000011 2026] [proxy_balancer:error] [pid 9:tid 9] [client 10.0.0.1:5000] AH01170: balancer://app: All workers are in error state', 'no-live-upstreams'],
  ['apache-ssl-proxy-certificate', '[Wed Nov 25 10:00:00.000012 2026] [ssl:info] [pid 9:tid 9] [remote 10.0.0.2:8443] AH02411: SSL Proxy: Peer certificate does not match for hostname backend.internal', 'ssl-upstream'],
  ['apache-ssl-not-enabled', '[Tue Dec 01 21:27:33.613144 2026] [proxy:error] [pid 358:tid 368] AH00961: https: failed to enable ssl support for 127.0.0.1:18042 (127.0.0.1)', 'ssl-upstream'],
  ['apache-bad-header', '[Wed Nov 25 10:00:00.000013 2026] [proxy_http:warn] [pid 9:tid 9] [client 10.0.0.1:5000] AH01106: bad HTTP/1.1 header returned by / (GET)', 'invalid-response'],
  ['linux-oom-invoked', '[ 8085.099452] php-fpm8.2 invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0', 'memory'],
  ['systemd-oom-kill', 'Nov 25 10:00:00 web systemd[1]: php8.2-fpm.service: A process of this unit has been killed by the OOM killer.', 'memory'],
  ['systemd-main-process-exited', 'Nov 25 10:00:00 web systemd[1]: app.service: Main process exited, code=dumped, status=11/SEGV', 'upstream-crashed'],
  ['systemd-restart-scheduled', 'Nov 25 10:00:00 web systemd[1]: app.service: Scheduled restart job, restart counter is at 3.', 'upstream-crashed'],
  ['systemd-start-limit', 'Nov 25 10:00:00 web systemd[1]: app.service: Start request repeated too quickly.', 'upstream-down'],
  ['container-oom-killed', '      Reason:       OOMKilled', 'memory'],
  ['container-crash-loop', '  Warning  BackOff  2m (x12 over 5m)  kubelet  Back-off restarting failed container app in pod web-7d4b9c_default(0c1d)', 'upstream-crashed'],
  ['caddy-error', '{"level":"error","ts":1796156709.04,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:9000: connect: connection refused","request":{"uri":"/"},"duration":0.0008,"status":502}', 'upstream-down'],
  ['traefik-caused-by', 'time="2026-11-25T10:00:00Z" level=debug msg="\'502 Bad Gateway\' caused by: dial tcp 172.18.0.3:80: connect: connection refused"', 'upstream-down'],
  ['haproxy-server-down', '[WARNING]  (15832) : Server app/web1 is DOWN, reason: Layer4 timeout, check duration: 2001ms. 0 active and 0 backup servers left.', 'timeout'],
  ['haproxy-no-server', "[ALERT]    (15832) : backend 'app' has no server available!", 'no-live-upstreams'],
  ['haproxy-termination-state', '127.0.0.1:36532 [25/Nov/2026:10:00:00.511] fe app/web1 0/0/0/-1/1 502 209 - - SH-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"', 'upstream-crashed'],
  ['haproxy-termination-state', '127.0.0.1:57658 [01/Dec/2026:21:39:37.334] site app/app 0/0/1/-1/32 502 209 - - PH-- 1/1/0/0/0 0/0 "GET /big-header?bytes=20000 HTTP/1.1"', 'header-too-big'],
  ['varnish-fetch-error', '-   FetchError     backend default: fail errno 111 (Connection refused)', 'upstream-down'],
  ['gunicorn-worker-timeout', '[2026-11-25 10:00:00 +0000] [16078] [CRITICAL] WORKER TIMEOUT (pid:16080)', 'timeout'],
  ['gunicorn-worker-signal', '[2026-11-25 10:00:00 +0000] [16078] [ERROR] Worker (pid:16083) was sent SIGKILL! Perhaps out of memory?', 'upstream-crashed'],
  ['caddy-v1-error', '29/Jan/2016:15:18:59 +0100 [ERROR 502 /index.php] dial tcp 127.0.0.1:9000: connection refused', 'upstream-down'],
  ['php-fpm-shm', '[25-Nov-2026 10:00:00] ERROR: unable to allocate 58800000120 bytes in shared memory: Out of memory (12)', 'memory'],
  ['gunicorn-failed-to-boot', '[2026-11-25 10:00:00 +0000] [16078] [INFO] Reason: Worker failed to boot.', 'upstream-down'],
  ['uwsgi-harakiri', 'Wed Nov 25 10:00:00 2026 - *** HARAKIRI ON WORKER 1 (pid: 4242, try: 1, graceful: no) ***', 'timeout'],
  ['uwsgi-worker-died', 'DAMN ! worker 1 (pid: 4242) died, killed by signal 9 :( trying respawn ...', 'upstream-crashed'],
  ['uwsgi-listen-queue-full', 'Wed Nov 25 10:00:00 2026 - *** uWSGI listen queue of socket "127.0.0.1:3031" (fd: 3) full !!! (101/100) ***', 'backlog-full'],
  ['uwsgi-block-size', 'invalid request block size: 4420 (max 4096)...skip', 'header-too-big'],
  ['node-heap-out-of-memory', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 'memory'],
  ['node-crashed', 'Node.js v20.20.2', 'upstream-crashed'],
  ['node-eaddrinuse', 'Error: listen EADDRINUSE: address already in use :::3000', 'upstream-down'],
  ['node-unhandled-rejection', '[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "boom".] {', 'upstream-crashed'],
  ['php-max-execution-time', 'PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/html/index.php on line 10', 'timeout'],
];

describe('message templates', () => {
  for (const [pattern, line, cause] of TEMPLATES) {
    it(`${pattern} → ${cause}`, () => {
      const match = matchLine(line);
      expect(match).toMatchObject({ pattern, cause });
      expect(line.slice(match!.start, match!.end).length).toBeGreaterThan(5);
    });
  }

  it('every pattern has a template test', () => {
    expect(new Set(TEMPLATES.map(([pattern]) => pattern))).toEqual(new Set(PATTERNS.map((pattern) => pattern.id)));
  });

  it('every pattern names its source file', () => {
    const source = PATTERN_FILES.map((file) => readFileSync(join(import.meta.dirname, '../../src/diagnose', file), 'utf8')).join('\n');
    for (const { id } of PATTERNS) {
      const at = source.indexOf(`id: '${id}'`);
      const block = source.slice(source.lastIndexOf('{', at), at);
      expect(block, id).toMatch(/\/\/ .*\b[\w/]+\.(?:c|cc|go|py|js|txt)\b/);
    }
  });
});

describe('the errno decides, not the strerror text', () => {
  it.each([
    ['(2: Нет такого файла или каталога)', 'socket-missing'],
    ['(13: Отказано в доступе)', 'permission'],
    ['(111: В соединении отказано)', 'upstream-down'],
    ['(11: Ресурс временно недоступен)', 'backlog-full'],
    ['(111: Connexion refusée)', 'upstream-down'],
    ['(61: Connection refused)', 'upstream-down'],
    ['(10061: No connection could be made because the target machine actively refused it)', 'upstream-down'],
    ['(113: No route to host)', 'upstream-down'],
  ])('connect() … failed %s → %s', (errno, cause) => {
    const line = `2026/11/25 10:00:00 [crit] 7#7: *1 connect() to unix:/run/php/php8.2-fpm.sock failed ${errno} while connecting to upstream`;
    expect(matchLine(line)?.cause).toBe(cause);
  });

  it('Apache: the APR status before the AH number', () => {
    expect(matchLine('[proxy:error] [pid 1] (2)Datei oder Verzeichnis nicht gefunden: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php.sock (*) failed')?.cause).toBe('socket-missing');
    expect(causeOfErrno(670002)).toBe('dns');
    expect(causeOfErrno(99999)).toBeUndefined();
  });

  it('an unknown errno is still a finding, of cause "other"', () => {
    expect(matchLine('connect() to 10.0.0.5:80 failed (99: Cannot assign requested address) while connecting to upstream')?.cause).toBe('other');
  });
});

describe('real variety around the message', () => {
  const message = 'connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 10.0.0.1, request: \\"GET / HTTP/1.1\\"';
  it.each([
    ['docker json-file', `{"log":"2026/11/25 10:00:00 [crit] 29#29: *1 ${message}\\n","stream":"stderr","time":"2026-11-25T10:00:00.000000000Z"}`],
    ['journald', `Nov 25 10:00:00 web nginx[812]: 2026/11/25 10:00:00 [crit] 812#812: *1 ${message}`],
    ['docker compose', `web-1  | 2026/11/25 10:00:00 [crit] 29#29: *1 ${message}`],
    ['kubectl logs --timestamps', `2026-11-25T10:00:00.123456789Z 2026/11/25 10:00:00 [crit] 29#29: *1 ${message}`],
    ['cut after the errno', '2026/11/25 10:00:00 [crit] 29#29: *1 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such fi'],
  ])('%s', (_, line) => {
    expect(matchLine(line)?.cause).toBe('socket-missing');
  });

  it('a client-side TLS failure is not a 502 cause', () => {
    expect(matchLine('2026/11/25 10:00:00 [info] 7#7: *1 SSL_do_handshake() failed (SSL: error:0A000102:SSL routines::unsupported protocol) while SSL handshaking, client: 10.0.0.1, server: 0.0.0.0:443')).toBeNull();
  });

  it('an idle PHP-FPM child ended with SIGQUIT is normal', () => {
    expect(matchLine('[25-Nov-2026 10:00:00] NOTICE: [pool www] child 4242 exited on signal 3 (SIGQUIT) after 10.000000 seconds from start')).toBeNull();
  });

  it('SIGKILL of a PHP-FPM child points to memory (the OOM killer)', () => {
    expect(matchLine('[25-Nov-2026 10:00:00] WARNING: [pool www] child 4242 exited on signal 9 (SIGKILL) after 10.000000 seconds from start')?.cause).toBe('memory');
  });

  it('ordinary lines are not findings', () => {
    for (const line of [
      '203.0.113.7 - - [25/Nov/2026:10:00:00 +0000] "GET /upstream HTTP/1.1" 502 157 "-" "curl/8.5.0"',
      '2026/11/25 10:00:00 [notice] 1#1: signal process started',
      '[25-Nov-2026 10:00:00] NOTICE: fpm is running, pid 1',
      '',
    ]) {
      expect(matchLine(line)).toBeNull();
    }
  });
});
