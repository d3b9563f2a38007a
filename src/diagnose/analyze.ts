// Turns log lines into findings (which line, which cause, where the message is) and a summary
// grouped by cause, most likely first. Pure: no DOM, no Node; the CLI, the worker and the tests
// share it.
import { parseAccessLine } from './access-log';
import { AccessStats, type AccessSummary } from './access-stats';
import type { Advice } from './advice';
import type { Cause } from './causes';
import { LineFilter } from './line-filter';
import { needleScanner } from './needle-scan';
import { isDebug, isPhpWarning } from './noise';
import { PATTERNS, type Server } from './patterns';

export interface LineMatch {
  cause: Cause;
  /** The matched message inside the line, as [start, end) offsets: what the page highlights. */
  start: number;
  end: number;
  /** The pattern's id from patterns.ts. */
  pattern: string;
  /** The program that wrote the message. */
  server: Server;
  /** What this very line says (the socket, the address, the limit), when the pattern reads it. */
  advice?: Advice;
}

export interface Finding extends LineMatch {
  /** 1-based line number in the whole log. */
  line: number;
  text: string;
}

export interface CauseGroup {
  cause: Cause;
  count: number;
  /** Line numbers of every finding of this cause, in order. */
  lines: number[];
}

/** Lines longer than this are only searched at their start: a minified blob cannot stall the scan. */
const MAX_SCANNED = 16 * 1024;

/** Whether a line holds any pattern's needle: the test every line goes through first. */
const NEEDLES = PATTERNS.map((pattern) => pattern.needle);
const hasNeedle = needleScanner(NEEDLES);

/** The first pattern (in PATTERNS' order) that gives this line a cause, or null. */
export function matchLine(text: string): LineMatch | null {
  const scanned = Math.min(text.length, MAX_SCANNED);
  if (!hasNeedle(text, 0, scanned)) return null;
  return firstMatch(scanned < text.length ? text.slice(0, scanned) : text);
}

/**
 * The same as matchLine without the needle scan first, on a line already cut to MAX_SCANNED: what
 * the tests compare matchLine with, to show that the scan never drops a line a pattern matches.
 */
export function firstMatch(line: string): LineMatch | null {
  for (const pattern of PATTERNS) {
    // A substring test costs far less than a regex, and a line holds the needles of few patterns.
    if (!line.includes(pattern.needle)) continue;
    const match = pattern.regex.exec(line);
    if (!match) continue;
    const cause = pattern.cause(match, line);
    if (!cause) continue;
    // Checked only for the rare line that matched: the noise rules cost nothing on the rest.
    if ((isDebug(line) && !pattern.debugIsSignal) || isPhpWarning(line)) return null;
    const found: LineMatch = { cause, start: match.index, end: match.index + match[0].length, pattern: pattern.id, server: pattern.server };
    const advice = pattern.advice?.(match, line);
    if (advice) found.advice = advice;
    return found;
  }
  return null;
}

export function analyzeLines(lines: Iterable<string>, startLineNumber = 1): Finding[] {
  const findings: Finding[] = [];
  let line = startLineNumber;
  for (const text of lines) {
    const match = matchLine(text);
    if (match) findings.push({ line, text, ...match });
    line++;
  }
  return findings;
}

/**
 * Causes that explain another one when both are in the log, so they go first:
 * a full PHP-FPM pool queues requests until the socket's backlog overflows or nginx times out;
 * PHP killed for memory looks like a crash from the web server's side.
 */
const EXPLAINS: ReadonlyArray<readonly [Cause, Cause]> = [
  ['php-fpm-max-children', 'backlog-full'],
  ['php-fpm-max-children', 'timeout'],
  ['memory', 'upstream-crashed'],
  ['memory', 'timeout'],
  ['memory', 'upstream-down'],
  // Apache writes why it could not connect (AH02454 with the errno), then that it could not (AH01079).
  ['socket-missing', 'upstream-down'],
  ['permission', 'upstream-down'],
  // A reply it could not read, or a timeout, is why Apache then reports a broken dispatch or read.
  ['invalid-response', 'upstream-crashed'],
  ['timeout', 'upstream-crashed'],
];

/** Causes that say only that something failed, not why: any other cause goes before them. */
const SYMPTOMS: ReadonlySet<Cause> = new Set<Cause>(['no-live-upstreams', 'other']);

/**
 * How "most likely first" is ranked:
 * 1. a cause that names why (socket missing, permission, memory…) before a symptom
 *    (`no-live-upstreams`: nginx only says every server already failed; `other`);
 * 2. more matching lines first;
 * 3. then the cause whose last line is latest (a problem still going on beats one that stopped);
 * 4. finally, a cause that explains another one present (EXPLAINS) is moved just before it.
 */
export function rankGroups(groups: CauseGroup[]): CauseGroup[] {
  const last = (group: CauseGroup) => group.lines.at(-1) ?? 0;
  const ranked = [...groups].sort(
    (a, b) =>
      Number(SYMPTOMS.has(a.cause)) - Number(SYMPTOMS.has(b.cause)) || b.count - a.count || last(b) - last(a),
  );
  for (const [root, effect] of EXPLAINS) {
    const rootAt = ranked.findIndex((group) => group.cause === root);
    const effectAt = ranked.findIndex((group) => group.cause === effect);
    if (rootAt > effectAt && effectAt >= 0) ranked.splice(effectAt, 0, ...ranked.splice(rootAt, 1));
  }
  return ranked;
}

export function summarize(findings: Iterable<Pick<Finding, 'line' | 'cause'>>): CauseGroup[] {
  const groups = new Map<Cause, CauseGroup>();
  for (const { line, cause } of findings) {
    const group = groups.get(cause) ?? { cause, count: 0, lines: [] };
    group.count++;
    group.lines.push(line);
    groups.set(cause, group);
  }
  return rankGroups([...groups.values()]);
}

export interface AnalyzerOptions {
  startLineNumber?: number;
  /** Findings kept with their text per cause (the rest are only counted): bounds memory on a huge log. */
  keepPerCause?: number;
}

/**
 * The same analysis fed in chunks of any size (a worker reading a 50 MB file, a stream): a line
 * cut between two chunks is joined before it is matched. Call end() after the last chunk.
 */
export class LogAnalyzer {
  private pending = '';
  private nextLine: number;
  private readonly keepPerCause: number;
  private readonly groups = new Map<Cause, CauseGroup>();
  private readonly kept: Finding[] = [];
  private readonly access = new AccessStats();
  private readonly filter = new LineFilter(NEEDLES);
  /** Lines seen so far. */
  lineCount = 0;

  constructor(options: AnalyzerOptions = {}) {
    this.nextLine = options.startLineNumber ?? 1;
    this.keepPerCause = options.keepPerCause ?? Number.POSITIVE_INFINITY;
  }

  /** Analyses every complete line in `chunk`; returns this chunk's findings. */
  feed(chunk: string): Finding[] {
    const found: Finding[] = [];
    let newline = chunk.indexOf('\n');
    if (newline === -1) {
      this.pending += chunk;
      return found;
    }
    // Only the line cut by the previous chunk is joined: searching the joined text instead (a
    // rope of two strings) would make every line's search several times slower.
    this.take(this.pending + chunk.slice(0, newline), true, found);
    const last = chunk.lastIndexOf('\n');
    for (let from = newline + 1; from <= last; ) {
      const to = this.filter.windowEnd(chunk, from, last + 1);
      const marks = this.filter.mark(chunk, from, to);
      for (let line = 0; from < to; line++) {
        newline = chunk.indexOf('\n', from);
        this.take(chunk.slice(from, newline), marks[line] === 1, found);
        from = newline + 1;
      }
    }
    this.pending = chunk.slice(last + 1);
    return found;
  }

  /** Analyses the last line if the log did not end with a newline. */
  end(): Finding[] {
    const found: Finding[] = [];
    if (this.pending !== '') this.take(this.pending, true, found);
    this.pending = '';
    return found;
  }

  /** Findings kept so far (all of them unless keepPerCause was set), in line order. */
  get findings(): readonly Finding[] {
    return this.kept;
  }

  summary(): CauseGroup[] {
    return rankGroups([...this.groups.values()].map((group) => ({ ...group, lines: [...group.lines] })));
  }

  /** What the access-log lines among them say, if there were any. */
  accessSummary(): AccessSummary | undefined {
    return this.access.summary();
  }

  /** `mayMatch` false: the line filter found no needle's anchor in it, so no pattern can match. */
  private take(raw: string, mayMatch: boolean, found: Finding[]): void {
    const line = this.nextLine++;
    this.lineCount++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const record = parseAccessLine(text);
    if (record) this.access.add(record);
    const match = mayMatch ? matchLine(text) : null;
    if (!match) return;
    const finding: Finding = { line, text, ...match };
    found.push(finding);
    const group = this.groups.get(match.cause) ?? { cause: match.cause, count: 0, lines: [] };
    group.count++;
    group.lines.push(line);
    this.groups.set(match.cause, group);
    if (group.count <= this.keepPerCause) this.kept.push(finding);
  }
}
