// Bounded HTTP requests to the lab's servers: every request has a deadline, every loop a count and
// a time limit. Only 127.0.0.1 and unix sockets are allowed: the lab never talks to another host.
import { request as httpRequest } from 'node:http';

export interface Reply {
  /** The HTTP status, or 0 when no reply came (refused, reset, timed out: see error). */
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
  error?: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
}

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

export function get(url: string, options: RequestOptions = {}): Promise<Reply> {
  if (!LOOPBACK.test(url)) throw new Error(`the lab only requests 127.0.0.1, not ${url}`);
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (reply: Omit<Reply, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...reply, ms: Date.now() - started });
    };
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, agent: false, maxHeaderSize: 256 * 1024 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (body.length < 256 * 1024) body += chunk;
      });
      res.on('end', () => finish({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', (error) => finish({ status: res.statusCode ?? 0, headers: res.headers, body, error: error.message }));
    });
    const timer = setTimeout(() => {
      req.destroy();
      finish({ status: 0, headers: {}, body: '', error: `no reply within ${timeoutMs} ms` });
    }, timeoutMs);
    req.on('error', (error) => finish({ status: 0, headers: {}, body: '', error: error.message }));
    req.end();
  });
}

/** `count` requests at once (at most 200), all bounded by the same per-request deadline. */
export function getMany(url: string, count: number, options: RequestOptions = {}): Promise<Reply[]> {
  if (count > 200) throw new Error(`getMany: ${count} requests is more than the lab allows (200)`);
  return Promise.all(Array.from({ length: count }, () => get(url, options)));
}

/** `count` requests (at most 200), one every `gapMs`, as visitors arrive; resolves when all are back. */
export async function staggered(url: string, count: number, gapMs: number, options: RequestOptions = {}): Promise<Reply[]> {
  if (count > 200) throw new Error(`staggered: ${count} requests is more than the lab allows (200)`);
  const pending: Array<Promise<Reply>> = [];
  for (let i = 0; i < count; i++) {
    pending.push(get(url, options));
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return Promise.all(pending);
}

/**
 * Keeps `concurrency` requests in flight for `forMs` (what a busy site looks like to its backend),
 * at most `maxRequests` in all; resolves once the last one has come back.
 */
export async function sustain(url: string, concurrency: number, forMs: number, maxRequests = 500, options: RequestOptions = {}): Promise<Reply[]> {
  const until = Date.now() + forMs;
  const replies: Reply[] = [];
  const lane = async () => {
    while (Date.now() < until && replies.length < maxRequests) replies.push(await get(url, options));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, 200) }, lane));
  return replies;
}

/**
 * Repeats a request until `done` says yes, at most `attempts` times and `withinMs` in all;
 * returns the last reply (check it: the loop gives up silently).
 */
export async function getUntil(
  url: string,
  done: (reply: Reply) => boolean,
  { attempts = 50, withinMs = 10_000, pauseMs = 100, ...options }: RequestOptions & { attempts?: number; withinMs?: number; pauseMs?: number } = {},
): Promise<Reply> {
  const deadline = Date.now() + withinMs;
  let reply = await get(url, options);
  for (let tried = 1; tried < attempts && !done(reply) && Date.now() < deadline; tried++) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    reply = await get(url, options);
  }
  return reply;
}
