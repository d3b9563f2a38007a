import { describe, expect, it } from 'vitest';
import { chartBars } from '@/diagnose/chart-bars';

const m = (minute: number) => Date.UTC(2026, 11, 1, 20, 0) + minute * 60_000;

describe('bars of the 502s-per-minute chart', () => {
  it('one bar a minute, quiet minutes included', () => {
    expect(chartBars([[m(2), 3, 5], [m(5), 1, 1]])).toEqual({
      width: 1,
      max: 3,
      bars: [
        { start: m(2), errors: 3 },
        { start: m(3), errors: 0 },
        { start: m(4), errors: 0 },
        { start: m(5), errors: 1 },
      ],
    });
  });

  it('wider bars over a long span, never more than 60', () => {
    const bars = chartBars([[m(0), 1, 1], [m(7), 2, 2], [m(24 * 60), 4, 4]]);
    expect(bars.width).toBe(30);
    expect(bars.bars.length).toBeLessThanOrEqual(60);
    expect(bars.bars[0]).toEqual({ start: m(0), errors: 3 });
    expect(bars.bars.reduce((sum, bar) => sum + bar.errors, 0)).toBe(7);
  });

  it('no minute, no bar', () => {
    expect(chartBars([])).toEqual({ width: 1, bars: [], max: 0 });
  });
});
