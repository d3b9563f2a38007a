import { describe, expect, it } from 'vitest';
import { parseAccessLine } from '@/diagnose/access-log';
import { AccessStats } from '@/diagnose/access-stats';
import { diagnose } from '@/diagnose/run';

describe('access-log lines', () => {
  it('nginx and Apache combined, the zone turned into UTC', () => {
    expect(parseAccessLine('172.17.0.1 - - [20/Feb/2020:16:45:08 +0100] "GET /shop/cart?id=3 HTTP/1.1" 502 157 "-" "Mozilla/5.0"')).toEqual({
      format: 'combined',
      time: Date.UTC(2020, 1, 20, 15, 45, 8),
      status: 502,
      url: '/shop/cart',
    });
  });

  it('nginx combined with the upstream fields people add', () => {
    expect(
      parseAccessLine('10.0.0.1 - - [01/Dec/2026:20:25:21 +0000] "POST /api HTTP/2.0" 502 150 "-" "curl/8" rt=0.004 uct="0.000" urt="0.003" ua="127.0.0.1:8080" us="502"'),
    ).toMatchObject({ upstream: '127.0.0.1:8080', upstreamStatus: '502', upstreamTime: 0.003, url: '/api' });
  });

  it('HAProxy, written here by haproxy 2.6.12', () => {
    expect(parseAccessLine('127.0.0.1:36532 [01/Dec/2026:20:25:25.511] fe reset/app3 0/0/0/-1/1 502 209 - - SH-- 1/1/0/0/0 0/0 "GET /reset?q=1 HTTP/1.1"')).toEqual({
      format: 'haproxy',
      time: Date.UTC(2026, 11, 1, 20, 25, 25),
      status: 502,
      url: '/reset',
      upstream: 'reset/app3',
      upstreamStatus: 'SH',
    });
  });

  it('AWS ALB (the example of its documentation, with a 502)', () => {
    const line =
      'http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 -1 502 - 34 366 "GET http://www.example.com:80/index.html?x=1 HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2018-07-02T22:22:48.364000Z "forward" "-" "-" "10.0.0.1:80" "-" "-" "-"';
    expect(parseAccessLine(line)).toEqual({
      format: 'alb',
      time: Date.parse('2018-07-02T22:23:00.186641Z'),
      status: 502,
      url: '/index.html',
      upstream: '10.0.0.1:80',
      upstreamStatus: '-',
      upstreamTime: 0.001,
    });
  });

  it('Caddy JSON, written here by caddy 2.6.2', () => {
    const line =
      '{"level":"error","ts":1796156709.0458584,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"127.0.0.1","remote_port":"52128","proto":"HTTP/1.1","method":"GET","host":"127.0.0.1:19500","uri":"/x?a=1","headers":{"User-Agent":["curl/7.88.1"],"Accept":["*/*"]}},"user_id":"","duration":0.000875275,"size":0,"status":502,"resp_headers":{"Server":["Caddy"]}}';
    expect(parseAccessLine(line)).toMatchObject({ format: 'caddy', status: 502, url: '/x', time: 1796156709046 });
  });

  it('error-log lines are not access lines', () => {
    for (const line of [
      '2026/11/25 10:00:00 [error] 7#7: *1 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1, request: "GET / HTTP/1.1"',
      '[Wed Nov 25 10:00:04.123456 2026] [mpm_event:notice] [pid 901:tid 140211] AH00489: Apache/2.4.57 (Debian) configured -- resuming normal operations',
      '[25-Nov-2026 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
    ]) {
      expect(parseAccessLine(line)).toBeNull();
    }
  });
});

const at = (minute: number, second = 0) => `[01/Dec/2026:20:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')} +0000]`;
const request = (minute: number, status: number, url = '/', upstream = '127.0.0.1:9000') =>
  `10.0.0.1 - - ${at(minute)} "GET ${url} HTTP/1.1" ${status} 10 "-" "curl" ua="${upstream}" us="${status}" urt="${status === 502 ? '0.500' : '0.010'}"`;

describe('an access log summed up', () => {
  it('when the 502s started, per minute, which URLs and upstreams', async () => {
    const log = [
      request(0, 200),
      request(1, 200),
      request(2, 502, '/checkout'),
      request(2, 502, '/checkout'),
      request(2, 200),
      request(3, 404, '/missing'),
      request(4, 502, '/'),
      request(4, 504, '/slow'),
    ].join('\n');
    const { access, groups } = await diagnose(log);
    expect(groups).toEqual([]); // access lines alone name no cause
    expect(access).toEqual({
      format: 'combined',
      requests: 8,
      gateway: { '502': 3, '503': 0, '504': 1 },
      first: Date.UTC(2026, 11, 1, 20, 2),
      last: Date.UTC(2026, 11, 1, 20, 4),
      utc: true,
      minutes: [
        [Date.UTC(2026, 11, 1, 20, 2), 2, 3],
        [Date.UTC(2026, 11, 1, 20, 4), 1, 2],
      ],
      urls: [
        { url: '/checkout', count: 2 },
        { url: '/', count: 1 },
      ],
      otherUrls: 0,
      upstreams: [{ upstream: '127.0.0.1:9000', count: 3, statuses: [['502', 3]], averageTime: 0.5, maxTime: 0.5 }],
    });
  });

  it('keeps flat memory: URLs past the cap are only counted', () => {
    const stats = new AccessStats();
    for (let i = 0; i < 20_000; i++) stats.add({ format: 'combined', time: i * 1000, status: 502, url: `/page/${i}` });
    const summary = stats.summary()!;
    expect(summary.urls).toHaveLength(10);
    expect(summary.otherUrls).toBe(20_000 - 10);
    expect(summary.minutes.reduce((sum, [, errors]) => sum + errors, 0)).toBe(20_000);
  });

  it('counts the requests of every minute with a 502 over a whole day, with quiet minutes between', () => {
    const stats = new AccessStats();
    const minute = 60_000;
    for (let m = 0; m < 24 * 60; m++) {
      // Every other minute has a 502 and two requests; the others one request and no 502.
      stats.add({ format: 'combined', time: m * minute, status: 200, url: '/' });
      if (m % 2 === 0) stats.add({ format: 'combined', time: m * minute + 1000, status: 502, url: '/' });
    }
    const { minutes } = stats.summary()!;
    expect(minutes).toHaveLength(12 * 60);
    expect(minutes.every(([start, errors, requests]) => start % (2 * minute) === 0 && errors === 1 && requests === 2)).toBe(true);
  });

  it('no access line, no access summary', async () => {
    expect((await diagnose('2026/11/25 10:00:00 [notice] 1#1: start worker processes')).access).toBeUndefined();
  });
});
