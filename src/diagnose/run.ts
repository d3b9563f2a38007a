// One diagnosis of a whole log, read in chunks so that the caller can report progress and let
// the page breathe between them. Shared by the Web Worker and the page's fallback without one.
// A Blob is the web standard's (browsers, Node ≥ 18): nothing here touches the DOM.
import type { AccessSummary } from './access-stats';
import { LogAnalyzer, type CauseGroup, type Finding } from './analyze';
import { readErrorPage, type ErrorPage } from './error-page';

export const CHUNK_SIZE = 1024 * 1024;
/** Findings kept with their text per cause; the rest are only counted (a 50 MB log stays light). */
export const KEEP_PER_CAUSE = 100;

export interface Progress {
  /** Bytes of a file, or characters of a pasted text, analysed so far. */
  done: number;
  total: number;
  lines: number;
}

export interface Diagnosis {
  lines: number;
  groups: CauseGroup[];
  findings: Finding[];
  /** The error page the text is, when it is one: which layer answered. */
  page?: ErrorPage;
  /** What its access-log lines say, when it has some. */
  access?: AccessSummary;
}

export async function diagnose(
  source: string | Blob,
  onProgress: (progress: Progress) => void = () => {},
  /** Awaited between chunks: a macrotask on the main thread, nothing in a worker. */
  pause: () => Promise<void> = async () => {},
): Promise<Diagnosis> {
  const analyzer = new LogAnalyzer({ keepPerCause: KEEP_PER_CAUSE });
  const total = typeof source === 'string' ? source.length : source.size;
  // UTF-8 bytes of a file are decoded as a stream: a character cut between two chunks survives.
  const decoder = new TextDecoder('utf-8');
  let page: ErrorPage | null = null;
  for (let at = 0; at < total; at += CHUNK_SIZE) {
    const end = Math.min(at + CHUNK_SIZE, total);
    const chunk =
      typeof source === 'string'
        ? source.slice(at, end)
        : decoder.decode(await source.slice(at, end).arrayBuffer(), { stream: end < total });
    // A page is short: only the start of the text can be one (a saved .html file dropped works too).
    if (at === 0) page = readErrorPage(chunk);
    analyzer.feed(chunk);
    onProgress({ done: end, total, lines: analyzer.lineCount });
    await pause();
  }
  analyzer.end();
  const result: Diagnosis = { lines: analyzer.lineCount, groups: analyzer.summary(), findings: [...analyzer.findings] };
  if (page) result.page = page;
  const access = analyzer.accessSummary();
  if (access) result.access = access;
  return result;
}
