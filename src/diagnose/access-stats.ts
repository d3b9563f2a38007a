// Sums up an access log as it streams past: how many requests, when the 502s started and how many
// came each minute, which URLs and which upstreams had them, with what the upstream answered and
// how long it took. Memory stays flat on any size of log: the per-minute counts grow only with the
// minutes that had a 502, and the URL and upstream tables stop taking new keys past a cap.
import type { AccessFormat, AccessRecord } from './access-log';

/** The statuses a gateway answers when what is behind it failed. */
export const GATEWAY_STATUSES = [502, 503, 504] as const;
/** URLs and upstreams remembered; later new ones are only counted, as "others". */
const MAX_KEYS = 5000;
const TOP = 10;

export interface UrlCount {
  url: string;
  count: number;
}

export interface UpstreamStats {
  upstream: string;
  /** Requests that answered 502 through this upstream. */
  count: number;
  /** What the upstream itself answered, most frequent first (`502`, `-`, HAProxy's `SH`). */
  statuses: Array<[status: string, count: number]>;
  /** Seconds the upstream took, over the 502s where the log gives it. */
  averageTime?: number;
  maxTime?: number;
}

export interface AccessSummary {
  format: AccessFormat;
  requests: number;
  /** Requests per gateway status: 502, 503, 504. */
  gateway: Record<string, number>;
  /** Times of the first and the last 502, ms since the epoch. */
  first?: number;
  last?: number;
  /** Whether times are UTC (false for HAProxy, whose log gives the server's local time without its zone). */
  utc: boolean;
  /** Minutes with at least one 502, in order: [minute start in ms, 502s in it, all requests in it]. */
  minutes: Array<[minute: number, errors: number, requests: number]>;
  urls: UrlCount[];
  /** 502s at URLs past the table's cap or outside its top entries. */
  otherUrls: number;
  upstreams: UpstreamStats[];
}

interface Upstream {
  count: number;
  statuses: Map<string, number>;
  timeSum: number;
  timeCount: number;
  timeMax: number;
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export class AccessStats {
  private formats = new Map<AccessFormat, number>();
  private requests = 0;
  private gateway = new Map<number, number>();
  private first: number | undefined;
  private last: number | undefined;
  /** Every minute's request count is kept only while it can still get a 502: the current one. */
  private minuteRequests = new Map<number, number>();
  private errorMinutes = new Map<number, number>();
  private urls = new Map<string, number>();
  private overflowUrls = 0;
  private upstreams = new Map<string, Upstream>();

  add(record: AccessRecord): void {
    this.requests++;
    bump(this.formats, record.format);
    const minute = Math.floor(record.time / 60_000) * 60_000;
    bump(this.minuteRequests, minute);
    if (this.minuteRequests.size > 4 * 60 && this.hasQuietMinuteBesides(minute)) this.forgetQuietMinutes(minute);
    if ((GATEWAY_STATUSES as readonly number[]).includes(record.status)) bump(this.gateway, record.status);
    if (record.status !== 502) return;

    this.first = this.first === undefined ? record.time : Math.min(this.first, record.time);
    this.last = this.last === undefined ? record.time : Math.max(this.last, record.time);
    bump(this.errorMinutes, minute);
    if (this.urls.has(record.url) || this.urls.size < MAX_KEYS) bump(this.urls, record.url);
    else this.overflowUrls++;

    const name = record.upstream;
    if (name === undefined) return;
    let upstream = this.upstreams.get(name);
    if (!upstream) {
      if (this.upstreams.size >= MAX_KEYS) return;
      upstream = { count: 0, statuses: new Map(), timeSum: 0, timeCount: 0, timeMax: 0 };
      this.upstreams.set(name, upstream);
    }
    upstream.count++;
    if (record.upstreamStatus !== undefined) bump(upstream.statuses, record.upstreamStatus);
    if (record.upstreamTime !== undefined) {
      upstream.timeSum += record.upstreamTime;
      upstream.timeCount++;
      upstream.timeMax = Math.max(upstream.timeMax, record.upstreamTime);
    }
  }

  get size(): number {
    return this.requests;
  }

  /**
   * Whether forgetting would forget anything: a log with 502s in more than four hours' minutes
   * keeps more minutes than that for good, and going through them all on every line made such a
   * log several times slower to read.
   */
  private hasQuietMinuteBesides(current: number): boolean {
    const quiet = this.minuteRequests.size - this.errorMinutes.size;
    return quiet > (this.errorMinutes.has(current) ? 0 : 1);
  }

  /** Request counts of minutes without a 502 are not needed: the chart shows 502s. */
  private forgetQuietMinutes(current: number): void {
    for (const minute of this.minuteRequests.keys()) {
      if (minute !== current && !this.errorMinutes.has(minute)) this.minuteRequests.delete(minute);
    }
  }

  summary(): AccessSummary | undefined {
    if (this.requests === 0) return undefined;
    const format = [...this.formats.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
    const urls = [...this.urls.entries()].map(([url, count]) => ({ url, count })).sort(byCount);
    const top = urls.slice(0, TOP);
    const errors = this.gateway.get(502) ?? 0;
    return {
      format,
      requests: this.requests,
      gateway: Object.fromEntries(GATEWAY_STATUSES.map((status) => [String(status), this.gateway.get(status) ?? 0])),
      ...(this.first !== undefined && { first: this.first, last: this.last }),
      utc: format !== 'haproxy',
      minutes: [...this.errorMinutes.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([minute, count]) => [minute, count, this.minuteRequests.get(minute) ?? count]),
      urls: top,
      otherUrls: errors - top.reduce((sum, entry) => sum + entry.count, 0),
      upstreams: [...this.upstreams.entries()]
        .map(([upstream, u]) => ({
          upstream,
          count: u.count,
          statuses: [...u.statuses.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3),
          ...(u.timeCount > 0 && { averageTime: u.timeSum / u.timeCount, maxTime: u.timeMax }),
        }))
        .sort(byCount)
        .slice(0, TOP),
    };
  }
}
