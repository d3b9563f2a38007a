// Reads one access-log line of the formats people paste: nginx's and Apache's combined (and common)
// format, with nginx's usual upstream fields added; HAProxy's HTTP log; an AWS Application Load
// Balancer's log; Caddy's JSON access log. Pure and cheap: a line that cannot be one of them is
// refused by a substring test before any regex runs.

export type AccessFormat = 'combined' | 'haproxy' | 'alb' | 'caddy';

export interface AccessRecord {
  format: AccessFormat;
  /** When the request was logged, ms since the epoch (UTC when the format gives the zone). */
  time: number;
  status: number;
  /** The path, without its query string. */
  url: string;
  /** Where the proxy sent the request: `127.0.0.1:9000`, `unix:/run/php/php8.2-fpm.sock`, `backend/server`. */
  upstream?: string;
  /** What the upstream answered (`502`, `-`), or HAProxy's termination state (`SH`). */
  upstreamStatus?: string;
  /** How long the upstream took, in seconds. */
  upstreamTime?: number;
}

const MONTHS: Readonly<Record<string, number>> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

/**
 * `[10/Oct/2026:13:55:36 +0200] "GET /path?x HTTP/1.1" 502 ` (nginx log_format combined, Apache
 * %t "%r" %>s). Only the zone and the URL are captured: the date's and the status's digits stand at
 * fixed places from the match's ends, and are read from there (see combined).
 */
const COMBINED = /\[\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d(?:\.\d+)? ([+-]\d{4})\] "(?:[A-Z]+ )?([^"\s?]*)[^"]*" \d{3} /;
/** nginx variables people add to combined: `upstream_addr=…`, `ua="…"`, `us=…`, `urt=…`. */
const NGINX_EXTRA = /\b(upstream_addr|upstream|ua|upstream_status|us|upstream_response_time|urt)[=:] ?"?([^"\s,]+)/g;
/**
 * HAProxy's HTTP log (src/log.c, option httplog): `[01/Dec/2026:20:25:25.511] fe be/srv
 * TR/Tw/Tc/Tr/Ta status bytes cookie cookie flags … "GET /x HTTP/1.1"`. Its date has no zone.
 */
const HAPROXY = /\[(\d\d)\/(\w{3})\/(\d{4}):(\d\d):(\d\d):(\d\d)\.\d+\] \S+ (\S+\/\S+) -?\d+\/-?\d+\/-?\d+\/(-?\d+)\/\+?-?\d+ (\d{3}) \S+ \S+ \S+ ([\w-]{2})[\w-]{2} \S+ \S+ (?:\{[^}]*\} )*"(?:[A-Z]+ )?([^"\s?]*)/;
/**
 * AWS ALB (docs.aws.amazon.com, "Access log entries"): type time elb client:port target:port
 * request_processing_time target_processing_time response_processing_time elb_status_code
 * target_status_code received_bytes sent_bytes "request" …
 */
const ALB = /^(?:https?|h2|grpcs|wss?) (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z) \S+ \S+ (\S+) -?[\d.]+ (-?[\d.]+) -?[\d.]+ (\d{3}|-) (\d{3}|-) \d+ \d+ "(?:[A-Z-]+ )?(?:[a-z]+:\/\/[^/\s]*)?([^"\s?]*)/;
/** Caddy's access log: {"level":…,"ts":1796156709.04,"logger":"http.log.access…","request":{…"uri":"/x?a=1"…},"duration":…,"status":502}. */
const CADDY = /"ts":([\d.]+),"logger":"http\.log\.access[^"]*".*?"uri":"([^"?\\]*)[^"]*".*?"duration":([\d.e-]+).*?"status":(\d{3})/;

/**
 * The day and the zone of the last line, with what they mean: an access log has thousands of lines
 * a day, and working a day out costs more than reading all the rest of the line.
 */
let lastDay = '';
let lastDayStart: number | null = null;
let lastZone = '';
let lastOffset = 0;

/** `10/Oct/2026` at `at` in the line, as ms since the epoch at its start, or null for a month that is none. */
function dayStart(line: string, at: number): number | null {
  if (lastDay !== '' && line.startsWith(lastDay, at)) return lastDayStart;
  lastDay = line.slice(at, at + 11);
  const month = MONTHS[lastDay.slice(3, 6)];
  lastDayStart = month === undefined ? null : Date.UTC(Number(lastDay.slice(7, 11)), month, Number(lastDay.slice(0, 2)));
  return lastDayStart;
}

/** `+0200` as ms to take off a local time to get UTC. */
function zoneOffset(zone: string): number {
  if (zone !== lastZone) {
    lastZone = zone;
    lastOffset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  }
  return lastOffset;
}

/** The number the two or three digits at `at` write (they are digits: the regex matched them). */
const digits2 = (line: string, at: number) => (line.charCodeAt(at) - 48) * 10 + line.charCodeAt(at + 1) - 48;
const digits3 = (line: string, at: number) => (line.charCodeAt(at) - 48) * 100 + digits2(line, at + 1);

function combined(line: string): AccessRecord | null {
  const m = COMBINED.exec(line);
  if (!m) return null;
  // [dd/Mon/yyyy:hh:mm:ss from the match's start; "... 502 " at its end.
  const day = dayStart(line, m.index + 1);
  if (day === null) return null;
  const seconds = (digits2(line, m.index + 13) * 60 + digits2(line, m.index + 16)) * 60 + digits2(line, m.index + 19);
  const after = m.index + m[0].length;
  const time = day + seconds * 1000 - zoneOffset(m[1]!);
  const record: AccessRecord = { format: 'combined', time, status: digits3(line, after - 4), url: m[2] || '/' };
  // Only after the request and status: a URL that looks like "us=…" must not count.
  if (line.indexOf('=', after) !== -1 || line.indexOf(': ', after) !== -1) {
    for (const [, key, value] of line.slice(after).matchAll(NGINX_EXTRA)) {
      if (value === undefined || value === '-') continue;
      if (key === 'upstream_addr' || key === 'upstream' || key === 'ua') record.upstream = value;
      else if (key === 'upstream_status' || key === 'us') record.upstreamStatus = value;
      else if (Number.isFinite(Number(value))) record.upstreamTime = Number(value);
    }
  }
  return record;
}

function haproxy(line: string): AccessRecord | null {
  const m = HAPROXY.exec(line);
  if (!m) return null;
  const month = MONTHS[m[2]!];
  if (month === undefined) return null;
  const time = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  const record: AccessRecord = { format: 'haproxy', time, status: Number(m[9]), url: m[11] || '/', upstream: m[7]!, upstreamStatus: m[10]! };
  const tr = Number(m[8]);
  if (tr >= 0) record.upstreamTime = tr / 1000;
  return record;
}

function alb(line: string): AccessRecord | null {
  const m = ALB.exec(line);
  if (!m) return null;
  const record: AccessRecord = { format: 'alb', time: Date.parse(m[1]!), status: Number(m[4]), url: m[6] || '/' };
  if (Number.isNaN(record.status)) return null;
  if (m[2] !== '-') record.upstream = m[2]!;
  record.upstreamStatus = m[5]!;
  const targetTime = Number(m[3]);
  if (targetTime >= 0) record.upstreamTime = targetTime;
  return record;
}

function caddy(line: string): AccessRecord | null {
  const m = CADDY.exec(line);
  if (!m) return null;
  return { format: 'caddy', time: Math.round(Number(m[1]) * 1000), status: Number(m[4]), url: m[2] || '/', upstreamTime: Number(m[3]) };
}

export function parseAccessLine(line: string): AccessRecord | null {
  if (line.includes('] "')) return combined(line);
  if (line.includes('http.log.access')) return caddy(line);
  if (line.includes('.') && line.includes('] ') && line.includes('/')) {
    const record = haproxy(line);
    if (record) return record;
  }
  const c = line.charCodeAt(0);
  if (c === 104 /* h */ || c === 103 /* g */ || c === 119 /* w */) return alb(line);
  return null;
}
