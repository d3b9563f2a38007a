// The line filter clears lines before any pattern sees them: a line it wrongly clears is a finding
// lost without a trace. Every line holding a needle must be kept, whatever surrounds it, and a log
// fed in chunks must give exactly the findings of its lines matched one by one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import corpus from '../fixtures/diagnose-corpus.json';
import snapshot from '../fixtures/lab/snapshot.json';
import { LogAnalyzer, matchLine } from '@/diagnose/analyze';
import { LineFilter } from '@/diagnose/line-filter';
import { PATTERNS } from '@/diagnose/patterns';

const NEEDLES = [...new Set(PATTERNS.map((pattern) => pattern.needle))];
const holdsNeedle = (line: string) => NEEDLES.some((needle) => line.includes(needle));

const REAL_LINES = [
  ...(corpus as Array<{ line: string }>).map((entry) => entry.line),
  ...snapshot.scenarios.flatMap((scenario) => (scenario.lines as Array<{ text: string }>).map((line) => line.text)),
  ...readFileSync(join(import.meta.dirname, '../fixtures/diagnose/mixed-error-log.txt'), 'utf8').split('\n'),
].flatMap((text) => text.split('\n'));

/** Every needle with characters outside ASCII, a tab, a Windows line end or nothing around it. */
const BUILT_LINES = NEEDLES.flatMap((needle) => [needle, `Ü${needle}`, `${needle}😀`, `→ ${needle}\r`, `\t${needle.slice(0, 2)}Ü${needle.slice(2)}`]);

/** Runs the filter over lines the way the analyzer does: window by window of one text. */
function kept(filter: LineFilter, lines: readonly string[]): boolean[] {
  const text = `${lines.join('\n')}\n`;
  const result: boolean[] = [];
  for (let from = 0; from < text.length; ) {
    const to = filter.windowEnd(text, from, text.length);
    const marks = filter.mark(text, from, to);
    for (let line = 0; from < to; line++) {
      result.push(marks[line] === 1);
      from = text.indexOf('\n', from) + 1;
    }
  }
  return result;
}

describe('the line filter', () => {
  const filter = new LineFilter(NEEDLES);

  it('keeps every real and built line that holds a needle', () => {
    const lines = [...REAL_LINES, ...BUILT_LINES];
    const marks = kept(filter, lines);
    expect(marks).toHaveLength(lines.length);
    expect(lines.filter((line, i) => holdsNeedle(line) && !marks[i])).toEqual([]);
    expect(lines.filter(holdsNeedle).length).toBeGreaterThan(400);
  });

  it('clears ordinary lines: requests answered, notices', () => {
    const lines = [
      '203.0.113.9 - - [02/Dec/2026:10:00:00 +0000] "GET /blog/2026/11/how-we-moved HTTP/2.0" 200 9001 "https://example.net/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"',
      '[02-Dec-2026 10:00:00] NOTICE: [pool www] child 812 started',
      '2026/12/02 10:00:00 [notice] 9#9: signal process started',
    ];
    expect(kept(filter, lines)).toEqual([false, false, false]);
  });

  it('keeps the needle of a line far into a long log, across windows, and a line longer than a window', () => {
    const filler = Array.from({ length: 40_000 }, () => '[02-Dec-2026 10:00:00] NOTICE: [pool www] child 4121 started');
    const long = `${'x'.repeat(300 * 1024)} upstream timed out`;
    const lines = [...filler, 'upstream timed out (110: Connection timed out)', ...filler, long, 'ok', 'no live upstreams'];
    const marks = kept(filter, lines);
    expect(marks).toHaveLength(lines.length);
    expect(lines.filter((line, i) => holdsNeedle(line) && !marks[i])).toEqual([]);
    expect(marks.filter(Boolean).length).toBeLessThan(10);
  });

  it('keeps every line when a needle is too short for its pieces', () => {
    expect(kept(new LineFilter(['upstream', 'ab']), ['nothing here', 'ab'])).toEqual([true, true]);
  });
});

describe('LogAnalyzer with the filter, against every line matched alone', () => {
  it('finds the same on the real lines fed in chunks of any size', () => {
    // Lines longer than a window of the filter: a needle past the part that is searched does not count.
    const long = ['2026/12/02 10:00:00 [error] 9#9: *1 upstream timed out (110: Connection timed out) ', ' upstream timed out'];
    const lines = [...REAL_LINES, `${long[0]}${'x'.repeat(300 * 1024)}`, ...BUILT_LINES, `${'x'.repeat(300 * 1024)}${long[1]}`];
    const text = `${lines.join('\n')}\n`;
    const alone = lines.flatMap((line, i) => {
      const match = matchLine(line.endsWith('\r') ? line.slice(0, -1) : line);
      return match ? [{ line: i + 1, pattern: match.pattern }] : [];
    });
    expect(alone.length).toBeGreaterThan(200);
    for (const size of [1, 7, 1000, 300 * 1024, text.length]) {
      const analyzer = new LogAnalyzer();
      for (let at = 0; at < text.length; at += size) analyzer.feed(text.slice(at, at + size));
      analyzer.end();
      expect(analyzer.findings.map(({ line, pattern }) => ({ line, pattern })), `chunks of ${size}`).toEqual(alone);
    }
  });
});
