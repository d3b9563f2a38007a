import { describe, expect, it } from 'vitest';
import { matchLine } from '@/diagnose/analyze';

// Lines every busy server writes that are not why a 502 happened: a finding for any of them
// would send the owner the wrong way.
const NOISE: Array<[what: string, line: string]> = [
  ['nginx start', '2026/11/25 10:00:00 [notice] 1#1: start worker processes'],
  ['nginx reload', '2026/11/25 10:00:00 [notice] 1#1: signal 1 (SIGHUP) received from 812, reconfiguring'],
  ['a missing file (404)', '2026/11/25 10:00:00 [error] 7#7: *1 open() "/var/www/html/favicon.ico" failed (2: No such file or directory), client: 10.0.0.1, server: example.com, request: "GET /favicon.ico HTTP/1.1", host: "example.com"'],
  ['rate limit', '2026/11/25 10:00:00 [error] 7#7: *1 limiting requests, excess: 10.520 by zone "one", client: 10.0.0.1, server: example.com, request: "GET / HTTP/1.1", host: "example.com"'],
  ['client closed', '2026/11/25 10:00:00 [info] 7#7: *1 client prematurely closed connection while reading response header from upstream, client: 10.0.0.1, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"'],
  ['client gone while sending', '2026/11/25 10:00:00 [error] 7#7: *1 writev() failed (32: Broken pipe) while sending to client, client: 10.0.0.1, server: example.com, request: "GET /big HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"'],
  ['client reset', '2026/11/25 10:00:00 [info] 7#7: *1 recv() failed (104: Connection reset by peer) while waiting for request, client: 10.0.0.1, server: 0.0.0.0:80'],
  ['Primary script unknown (nginx)', '2026/11/25 10:00:00 [error] 7#7: *1 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 10.0.0.1, server: example.com, request: "GET /nope.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"'],
  ['Primary script unknown (Apache)', "[Wed Nov 25 10:00:00.000001 2026] [proxy_fcgi:error] [pid 9:tid 9] [client 10.0.0.1:5000] AH01071: Got error 'Primary script unknown'"],
  ['nginx debug', '2026/11/25 10:00:00 [debug] 7#7: *1 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory)'],
  ['Apache trace', '[Wed Nov 25 10:00:00.000001 2026] [proxy:trace2] [pid 9:tid 9] proxy_util.c(2000): AH00957: FCGI: attempt to connect to 127.0.0.1:9000 (127.0.0.1) failed'],
  ['Caddy debug', '{"level":"debug","ts":1796156709.04,"logger":"http.handlers.reverse_proxy","msg":"upstream roundtrip","error":"dial tcp 127.0.0.1:9000: connect: connection refused","status":502}'],
  ['PHP warning', 'PHP Warning:  fsockopen(): Unable to connect to 127.0.0.1:6379 (Connection refused) in /var/www/html/cache.php on line 12'],
  ['PHP warning via PHP-FPM', '[25-Nov-2026 10:00:00] WARNING: [pool www] child 42 said into stderr: "NOTICE: PHP message: PHP Warning:  Undefined variable $x in /var/www/html/index.php on line 3"'],
  ['PHP deprecation via nginx', '2026/11/25 10:00:00 [error] 7#7: *1 FastCGI sent in stderr: "PHP message: PHP Deprecated:  Creation of dynamic property upstream timed out in /var/www/a.php on line 2" while reading response header from upstream'],
  ['PHP-FPM start', '[25-Nov-2026 10:00:00] NOTICE: fpm is running, pid 1'],
  ['PHP-FPM reload', '[25-Nov-2026 10:00:00] NOTICE: Reloading in progress ...'],
  ['idle PHP-FPM child', '[25-Nov-2026 10:00:00] NOTICE: [pool www] child 4242 exited with code 0 after 100.000000 seconds from start'],
  ['Apache start', '[Wed Nov 25 10:00:00.000001 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.57 (Debian) configured -- resuming normal operations'],
  ['Apache graceful restart', '[Wed Nov 25 10:00:00.000001 2026] [mpm_event:notice] [pid 1:tid 1] AH00493: SIGUSR1 received.  Doing graceful restart'],
  ['HAProxy client left', '127.0.0.1:36516 [25/Nov/2026:10:00:00.459] fe app/web1 0/0/0/-1/3004 502 217 - - CH-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"'],
  ['HAProxy ok', '127.0.0.1:36516 [25/Nov/2026:10:00:00.459] fe app/web1 0/0/0/5/6 200 217 - - ---- 1/1/0/0/0 0/0 "GET / HTTP/1.1"'],
  ['systemd normal stop', 'Nov 25 10:00:00 web systemd[1]: php8.2-fpm.service: Main process exited, code=exited, status=0/SUCCESS'],
  ['systemd SIGTERM stop', 'Nov 25 10:00:00 web systemd[1]: app.service: Main process exited, code=killed, status=15/TERM'],
  ['systemd start', 'Nov 25 10:00:00 web systemd[1]: Started php8.2-fpm.service - The PHP 8.2 FastCGI Process Manager.'],
  ['docker inspect, not killed', '            "OOMKilled": false,'],
  ['gunicorn graceful stop', '[2026-11-25 10:00:00 +0000] [1] [INFO] Worker (pid:16083) was sent SIGTERM!'],
  ['uWSGI client gone', 'uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during GET / (10.0.0.1)'],
  ['Node.js warning', '(node:42) Warning: Accessing non-existent property of module exports inside circular dependency'],
  ['access log 404', '203.0.113.7 - - [25/Nov/2026:10:00:00 +0000] "GET /missing HTTP/1.1" 404 153 "-" "curl/8.5.0"'],
  ['Traefik 404', 'time="2026-11-25T10:00:00Z" level=debug msg="\'404 Not Found\' caused by: no route"'],
];

describe('noise gives no finding', () => {
  for (const [what, line] of NOISE) {
    it(what, () => {
      expect(matchLine(line)).toBeNull();
    });
  }

  it('a PHP fatal error joined with a warning on one nginx line still counts', () => {
    const line = '2026/11/25 10:00:00 [error] 7#7: *1 FastCGI sent in stderr: "PHP message: PHP Warning:  foo in /a.php on line 1; PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /a.php on line 2" while reading response header from upstream';
    expect(matchLine(line)?.cause).toBe('memory');
  });
});
