// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'test/fixtures/diagnose/mixed-error-log.txt');

/** `npm run diagnose -- ARG` without npm's banner: tsx on the CLI, as the script line runs it. */
function diagnose(arg: string, input?: string) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/build/diagnose-cli.ts', arg], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

// Each test starts tsx: on a busy machine that alone can take seconds.
describe('npm run diagnose', { timeout: 60_000 }, () => {
  it('prints one JSON object a finding, with the line, the cause and the owner step', () => {
    const run = diagnose(fixture);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([
      { line: 2, cause: 'socket-missing', step: 'owner-backend', advice: { key: 'socket-missing-php', values: { socket: 'unix:/run/php/php8.2-fpm.sock', service: 'php8.2-fpm' } } },
      { line: 4, cause: 'socket-missing', step: 'owner-backend', advice: { key: 'socket-missing-php', values: { socket: 'unix:/run/php/php8.2-fpm.sock', service: 'php8.2-fpm' } } },
      { line: 5, cause: 'header-too-big', step: 'owner-buffers' },
      { line: 6, cause: 'php-fpm-max-children', step: 'owner-php-fpm-limits', advice: { key: 'max-children', values: { pool: 'www', limit: '5' } } },
      { access: expect.objectContaining({ requests: 1, gateway: { '502': 1, '503': 0, '504': 0 } }) },
    ]);
  });

  it('reads standard input with "-"', () => {
    const run = diagnose('-', readFileSync(fixture, 'utf8'));
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  it('reads the new sources, an access log and an error page', () => {
    const log = [
      '[2026-12-01 20:25:38 +0000] [16078] [CRITICAL] WORKER TIMEOUT (pid:16080)',
      '127.0.0.1:36532 [01/Dec/2026:20:25:25.511] fe reset/app3 0/0/0/-1/1 502 209 - - SH-- 1/1/0/0/0 0/0 "GET /reset?q=1 HTTP/1.1"',
      '10.0.0.1 - - [01/Dec/2026:20:26:10 +0000] "GET /cart HTTP/1.1" 502 10 "-" "curl"',
    ].join('\n');
    const lines = diagnose('-', log).stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.slice(0, 2)).toEqual([
      { line: 1, cause: 'timeout', step: 'owner-timeouts' },
      { line: 2, cause: 'upstream-crashed', step: 'owner-error-logs', advice: { key: 'haproxy-server', values: { server: 'reset/app3', reason: 'SH' } } },
    ]);
    expect(lines[2].access).toMatchObject({ requests: 2, gateway: { '502': 2 }, urls: [{ url: '/reset', count: 1 }, { url: '/cart', count: 1 }] });
    const page = diagnose('-', '<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid or incomplete response.\n</body></html>\n');
    expect(JSON.parse(page.stdout)).toEqual({ page: { layer: 'haproxy', status: '502', step: 'owner-haproxy' } });
  });

  it('prints nothing for a log without findings', () => {
    const run = diagnose('-', 'nothing to see\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('says clearly that a file is missing, and exits with 2', () => {
    const run = diagnose(join(root, 'test/fixtures/diagnose/no-such.log'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('no such file: ');
    expect(run.stderr).toContain('Usage: npm run diagnose -- FILE');
  });

  it('exits with 2 for a directory', () => {
    const run = diagnose(join(root, 'test/fixtures'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a file');
  });
});
