// The needle scan decides which lines the patterns ever see, so a line it wrongly passes over is a
// finding lost without a trace. It must say exactly what "does the line contain any needle" says,
// and the diagnosis with the scan first must find exactly what it finds without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import corpus from '../fixtures/diagnose-corpus.json';
import snapshot from '../fixtures/lab/snapshot.json';
import { firstMatch, matchLine } from '@/diagnose/analyze';
import { needleScanner } from '@/diagnose/needle-scan';
import { PATTERNS } from '@/diagnose/patterns';

const NEEDLES = [...new Set(PATTERNS.map((pattern) => pattern.needle))];
const hasNeedle = needleScanner(NEEDLES);
const naive = (text: string) => NEEDLES.some((needle) => text.includes(needle));

/** Every real line the tests know: posted publicly, written by the lab's servers, the sample log. */
const REAL_LINES = [
  ...(corpus as Array<{ line: string }>).map((entry) => entry.line),
  ...snapshot.scenarios.flatMap((scenario) => (scenario.lines as Array<{ text: string }>).map((line) => line.text)),
  ...readFileSync(join(import.meta.dirname, '../fixtures/diagnose/mixed-error-log.txt'), 'utf8').split('\n'),
];

/** A fixed seed: a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

/**
 * Lines built to trip an automaton up: needles cut short, needles overlapping others (one needle's
 * start at another's end), needles next to characters outside ASCII, and plain filler.
 */
function trickyLines(count: number): string[] {
  const next = random(502);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const fillers = ['', ' ', 'a', 'upstream ', '() ', 'Ü', '→', '😀', '\t', 'AH0', 'conn', 'kil', ' 5', 'Worker'];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = '';
    const parts = 1 + Math.floor(next() * 5);
    for (let part = 0; part < parts; part++) {
      const needle = pick(NEEDLES);
      const kind = next();
      if (kind < 0.3) line += needle;
      else if (kind < 0.6) line += needle.slice(0, Math.max(1, Math.floor(next() * needle.length)));
      else if (kind < 0.8) line += needle.slice(1 + Math.floor(next() * (needle.length - 1)));
      else line += `${needle.slice(0, 2)}${pick(['Ü', '→', '😀'])}${needle.slice(2)}`;
      line += pick(fillers);
    }
    lines.push(line);
  }
  return lines;
}

describe('the needle scan', () => {
  it('finds every needle alone, at the start, in the middle and at the end of a line', () => {
    for (const needle of NEEDLES) {
      for (const line of [needle, `x${needle}`, `${needle}x`, `Ü ${needle} →`]) {
        expect(hasNeedle(line, 0, line.length), line).toBe(true);
      }
      // Cut by one character at either end, it is found only if another needle is still in it.
      for (const cut of [needle.slice(1), needle.slice(0, -1)]) expect(hasNeedle(cut, 0, cut.length), cut).toBe(naive(cut));
    }
  });

  it('reads only the range it is given', () => {
    const line = 'upstream timed out';
    expect(hasNeedle(`${line} and more`, 0, line.length)).toBe(true);
    expect(hasNeedle(`${line} and more`, 0, line.length - 1)).toBe(false);
    expect(hasNeedle(`ab${line}`, 1, line.length + 2)).toBe(true);
    expect(hasNeedle(`ab${line}`, 3, line.length + 2)).toBe(false);
  });

  it('agrees with a substring test of every needle on every real and built line', () => {
    const lines = [...REAL_LINES, ...trickyLines(20_000)];
    const disagree = lines.filter((line) => hasNeedle(line, 0, line.length) !== naive(line));
    expect(disagree).toEqual([]);
    // Built lines that hold a needle and lines that do not are both well represented.
    expect(lines.filter(naive).length).toBeGreaterThan(5_000);
    expect(lines.filter((line) => !naive(line)).length).toBeGreaterThan(1_000);
  });

  it('refuses a needle outside ASCII, which its table cannot hold', () => {
    expect(() => needleScanner(['ok', 'Fehler: Zeitüberschreitung'])).toThrow(/ASCII/);
  });
});

describe('the diagnosis with the needle scan first', () => {
  it('finds on every line exactly what the patterns find without it', () => {
    const lines = [...REAL_LINES, ...trickyLines(5_000), `${'x'.repeat(16 * 1024 - 5)} upstream timed out (110: Connection timed out)`];
    const found = lines.filter((line) => firstMatch(line.slice(0, 16 * 1024)) !== null);
    // The real lines hold hundreds of findings: the comparison is not between two empty lists.
    expect(found.length).toBeGreaterThan(200);
    for (const line of lines) expect(matchLine(line), line).toEqual(firstMatch(line.slice(0, 16 * 1024)));
  });
});
