import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeLines, LogAnalyzer, rankGroups, summarize, type CauseGroup } from '@/diagnose/analyze';
import { diagnose } from '@/diagnose/run';

const log = readFileSync(join(import.meta.dirname, '../fixtures/diagnose/mixed-error-log.txt'), 'utf8');

describe('analyzeLines', () => {
  it('gives each matching line its number, cause, text and the matched span', () => {
    const findings = analyzeLines(log.split('\n'));
    expect(findings.map(({ line, cause }) => [line, cause])).toEqual([
      [2, 'socket-missing'],
      [4, 'socket-missing'],
      [5, 'header-too-big'],
      [6, 'php-fpm-max-children'],
    ]);
    const first = findings[0]!;
    expect(first.text.slice(first.start, first.end)).toBe(
      'connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory)',
    );
  });

  it('counts from startLineNumber', () => {
    expect(analyzeLines(log.split('\n'), 101)[0]!.line).toBe(102);
  });
});

describe('LogAnalyzer, fed in chunks', () => {
  it('finds the same lines whatever the chunk size, including lines cut between chunks', () => {
    const whole = analyzeLines(log.split('\n'));
    for (const size of [1, 7, 64, 1000]) {
      const analyzer = new LogAnalyzer();
      const found = [];
      for (let at = 0; at < log.length; at += size) found.push(...analyzer.feed(log.slice(at, at + size)));
      found.push(...analyzer.end());
      expect(found, `chunks of ${size}`).toEqual(whole);
      expect(analyzer.lineCount).toBe(6);
    }
  });

  it('reads Windows line ends and a last line without a newline', () => {
    const analyzer = new LogAnalyzer();
    analyzer.feed('first\r\n[25-Nov-2026 10:00:07] WARNING: [pool www] server reached pm.max_children setting (5)\r\n');
    analyzer.feed('2026/11/25 10:00:05 [error] 1#1: *1 no live upstreams while connecting to upstream');
    analyzer.end();
    expect(analyzer.findings.map(({ line, cause, text }) => [line, cause, text.endsWith('\r')])).toEqual([
      [2, 'php-fpm-max-children', false],
      [3, 'no-live-upstreams', false],
    ]);
  });

  it('keeps only keepPerCause findings per cause but counts them all', () => {
    const analyzer = new LogAnalyzer({ keepPerCause: 2 });
    analyzer.feed('2026/11/25 10:00:05 [error] 1#1: *1 upstream timed out (110: Connection timed out)\n'.repeat(5));
    analyzer.end();
    expect(analyzer.findings).toHaveLength(2);
    expect(analyzer.summary()).toEqual([{ cause: 'timeout', count: 5, lines: [1, 2, 3, 4, 5] }]);
  });
});

describe('summary: most likely first', () => {
  const group = (cause: CauseGroup['cause'], lines: number[]): CauseGroup => ({ cause, count: lines.length, lines });

  it('groups by cause and puts the cause with most lines first', () => {
    expect(summarize(analyzeLines(log.split('\n'))).map(({ cause, count }) => [cause, count])).toEqual([
      ['socket-missing', 2],
      ['php-fpm-max-children', 1],
      ['header-too-big', 1],
    ]);
  });

  it('ranks a symptom (no live upstreams) after the cause that says why, however many lines it has', () => {
    const ranked = rankGroups([group('no-live-upstreams', [5, 6, 7, 8]), group('upstream-down', [1])]);
    expect(ranked.map(({ cause }) => cause)).toEqual(['upstream-down', 'no-live-upstreams']);
  });

  it('puts a full PHP-FPM pool before the timeouts and queue overflows it causes', () => {
    const ranked = rankGroups([group('timeout', [2, 3, 4]), group('backlog-full', [5, 6]), group('php-fpm-max-children', [1])]);
    expect(ranked.map(({ cause }) => cause)).toEqual(['php-fpm-max-children', 'timeout', 'backlog-full']);
  });

  it('breaks a tie by the latest line', () => {
    const ranked = rankGroups([group('dns', [1]), group('permission', [9])]);
    expect(ranked.map(({ cause }) => cause)).toEqual(['permission', 'dns']);
  });
});

describe('diagnose (what the worker runs)', () => {
  it('reads a file in chunks without breaking a character cut between two chunks', async () => {
    const line = '2026/11/25 10:00:01 [crit] 1#1: *1 connect() to unix:/run/php/php8.2-fpm.sock failed (2: Нет такого файла или каталога) while connecting to upstream\n';
    const text = `${'ё'.repeat(700_000)}\n${line}`; // 1.4 MB of two-byte characters before the finding
    const progress: number[] = [];
    const result = await diagnose(new Blob([text]), (p) => progress.push(p.done));
    expect(result.lines).toBe(2);
    expect(result.groups).toEqual([{ cause: 'socket-missing', count: 1, lines: [2] }]);
    expect(result.findings[0]!.text).toBe(line.trimEnd());
    expect(progress.length).toBeGreaterThan(1);
  });

  it('reads a pasted text', async () => {
    const result = await diagnose(log);
    expect(result.groups.map(({ cause }) => cause)).toEqual(['socket-missing', 'php-fpm-max-children', 'header-too-big']);
  });
});
