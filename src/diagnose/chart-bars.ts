// The bars of the "502s per minute" chart: every minute from the first 502 to the last, quiet
// ones included, grouped into wider bars when the span is long so that a chart never has more
// than about 60 bars (each still readable on a 320 px screen).

const MINUTE = 60_000;
/** Bar widths in minutes that read naturally: 1, 2, 5, 10, 15, 30 minutes, 1, 2, 6, 12 hours, a day, a week. */
const WIDTHS = [1, 2, 5, 10, 15, 30, 60, 120, 360, 720, 1440, 10080];
const MAX_BARS = 60;

export interface Bar {
  /** Start of the bar, ms since the epoch. */
  start: number;
  errors: number;
}

export interface Bars {
  /** Minutes each bar covers. */
  width: number;
  bars: Bar[];
  max: number;
}

export function chartBars(minutes: ReadonlyArray<readonly [minute: number, errors: number, ...rest: number[]]>): Bars {
  if (minutes.length === 0) return { width: 1, bars: [], max: 0 };
  const first = minutes[0]![0];
  const last = minutes.at(-1)![0];
  const span = (last - first) / MINUTE + 1;
  const width = WIDTHS.find((w) => span / w <= MAX_BARS) ?? Math.ceil(span / MAX_BARS);
  const size = width * MINUTE;
  const origin = Math.floor(first / size) * size;
  const count = Math.floor((last - origin) / size) + 1;
  const bars: Bar[] = Array.from({ length: count }, (_, i) => ({ start: origin + i * size, errors: 0 }));
  for (const [minute, errors] of minutes) bars[Math.floor((minute - origin) / size)]!.errors += errors;
  return { width, bars, max: Math.max(...bars.map((bar) => bar.errors)) };
}
