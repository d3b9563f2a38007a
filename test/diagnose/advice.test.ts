import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADVICE_KEYS } from '@/diagnose/advice';
import { matchLine } from '@/diagnose/analyze';

const advice = (lang: string) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${lang}/diagnose.json`), 'utf8')) as { advice: Record<string, string> }).advice;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('advice that uses the values in the line', () => {
  it.each([
    [
      '2026/11/25 10:00:00 [crit] 7#7: *5 connect() to unix:/run/php/php8.4-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 10.0.0.1',
      { key: 'socket-missing-php', values: { socket: 'unix:/run/php/php8.4-fpm.sock', service: 'php8.4-fpm' } },
    ],
    [
      '2026/11/25 10:00:00 [error] 7#7: *6 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8080/", host: "example.com"',
      { key: 'refused', values: { upstream: '127.0.0.1:8080' } },
    ],
    [
      '2026/11/25 10:00:00 [error] 7#7: *6 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1, upstream: "fastcgi://127.0.0.1:9000", host: "x"',
      { key: 'timed-out-upstream', values: { upstream: '127.0.0.1:9000' } },
    ],
    [
      '[proxy:error] [pid 1] (13)Permission denied: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.2-fpm.sock (localhost:8000) failed',
      { key: 'socket-permission', values: { socket: '/run/php/php8.2-fpm.sock' } },
    ],
    [
      '[25-Nov-2026 10:00:00] WARNING: [pool shop] server reached pm.max_children setting (12), consider raising it',
      { key: 'max-children', values: { pool: 'shop', limit: '12' } },
    ],
    [
      "[25-Nov-2026 10:00:00] WARNING: [pool www] child 4242, script '/var/www/index.php' (request: \"GET /index.php\") execution timed out (30.001234 sec), terminating",
      { key: 'php-terminated', values: { pool: 'www', seconds: '30' } },
    ],
    [
      'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/a.php on line 1',
      { key: 'memory-limit', values: { mb: '128' } },
    ],
    [
      'Nov 25 10:00:00 web kernel: Out of memory: Killed process 4242 (php-fpm8.2) total-vm:512000kB',
      { key: 'oom-killed', values: { pid: '4242', process: 'php-fpm8.2' } },
    ],
    [
      '{"level":"error","logger":"http.log.error","msg":"dial unix /run/php/php8.3-fpm.sock: connect: no such file or directory","status":502}',
      { key: 'socket-missing-php', values: { socket: '/run/php/php8.3-fpm.sock', service: 'php8.3-fpm' } },
    ],
    [
      'Nov 25 10:00:00 web systemd[1]: php8.2-fpm.service: A process of this unit has been killed by the OOM killer.',
      { key: 'systemd-unit', values: { unit: 'php8.2-fpm.service' } },
    ],
  ])('%s', (line, expected) => {
    expect(matchLine(line)?.advice).toEqual(expected);
  });

  it('gives no advice when the line lacks a value it needs', () => {
    expect(matchLine('2026/11/25 10:00:00 [error] 7#7: *1 upstream timed out (110: Connection timed out) while reading response header from upstream')?.advice).toBeUndefined();
  });

  it('has a sentence for every key in both languages, with the same values in each', () => {
    const en = advice('en');
    const ru = advice('ru');
    expect(Object.keys(en).sort()).toEqual([...ADVICE_KEYS].sort());
    expect(Object.keys(ru).sort()).toEqual([...ADVICE_KEYS].sort());
    for (const key of ADVICE_KEYS) expect(placeholders(ru[key]!), key).toEqual(placeholders(en[key]!));
  });
});
