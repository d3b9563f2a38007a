// Application servers behind the proxy: gunicorn, uWSGI, Node.js. Templates from benoitc/gunicorn,
// unbit/uwsgi and nodejs/node; the file is named next to each.
import type { Pattern } from './pattern';
import { advise } from './values';

/**
 * A signal that ended a worker. SIGTERM and SIGQUIT are a normal stop. SIGABRT is how gunicorn's
 * arbiter ends a worker past its timeout (murder_workers), so it means the timeout. SIGKILL is the
 * kernel's OOM killer or the server's own last resort after a timeout (gunicorn's second try,
 * uWSGI's harakiri): the lines around it say which, so it counts only as a worker that died.
 */
const signalCause = (signal: string | undefined) => {
  const number = Number(signal);
  if (signal === 'SIGTERM' || signal === 'SIGQUIT' || number === 15 || number === 3) return null;
  if (signal === 'SIGABRT' || number === 6) return 'timeout' as const;
  return 'upstream-crashed' as const;
};

export const APP_PATTERNS: readonly Pattern[] = [
  {
    // benoitc/gunicorn gunicorn/arbiter.py (murder_workers): "WORKER TIMEOUT (pid:%s)": a worker
    // took longer than --timeout (30 s by default) and was killed
    id: 'gunicorn-worker-timeout',
    server: 'gunicorn',
    needle: 'WORKER TIMEOUT',
    regex: /WORKER TIMEOUT \(pid:\d+\)/,
    cause: () => 'timeout',
  },
  {
    // benoitc/gunicorn gunicorn/arbiter.py (reap_workers): "Worker (pid:%s) was sent %s!" with
    // " Perhaps out of memory?" after SIGKILL; gunicorn 20.1 (Debian 12) wrote "Worker with pid %s
    // was terminated due to signal %s"
    id: 'gunicorn-worker-signal',
    server: 'gunicorn',
    needle: 'Worker ',
    regex: /Worker (?:\(pid:\d+\) was sent (SIG\w+|code \d+)|with pid \d+ was terminated due to signal (\d+))/,
    cause: (m) => (m[1]?.startsWith('code') ? 'upstream-crashed' : signalCause(m[1] ?? m[2])),
  },
  {
    // benoitc/gunicorn gunicorn/arbiter.py: "Worker failed to boot." / "App failed to load." (the
    // master stops: nothing listens any more)
    id: 'gunicorn-failed-to-boot',
    server: 'gunicorn',
    needle: 'failed to ',
    regex: /Worker failed to boot|App failed to load/,
    cause: () => 'upstream-down',
  },
  {
    // unbit/uwsgi core/master_utils.c (uwsgi_master_check_harakiri):
    // "*** HARAKIRI ON WORKER %d (pid: %d, try: %d, graceful: %s) ***": a request outlived harakiri
    id: 'uwsgi-harakiri',
    server: 'uwsgi',
    needle: 'HARAKIRI ON WORKER',
    regex: /HARAKIRI ON WORKER \d+/,
    cause: () => 'timeout',
  },
  {
    // unbit/uwsgi core/master.c: "DAMN ! worker %d (pid: %d) died, killed by signal %d :( trying
    // respawn ...", "... MYSTERIOUSLY killed by signal %d", "DAMN ! worker %d (pid: %d) died :("
    id: 'uwsgi-worker-died',
    server: 'uwsgi',
    needle: 'DAMN ! worker',
    regex: /DAMN ! worker \d+ \(pid: \d+\) (?:died, killed by signal (\d+)|MYSTERIOUSLY killed by signal (\d+)|died)/,
    // uWSGI sends SIGABRT only on request (a core dump), never for harakiri: there it is a crash.
    cause: (m) => {
      const signal = m[1] ?? m[2];
      if (signal === undefined) return 'upstream-crashed';
      return Number(signal) === 6 ? 'upstream-crashed' : signalCause(signal);
    },
  },
  {
    // unbit/uwsgi core/master.c: "*** uWSGI listen queue of socket \"%s\" (fd: %d) full !!! (%llu/%llu) ***"
    id: 'uwsgi-listen-queue-full',
    server: 'uwsgi',
    needle: 'listen queue of socket',
    regex: /listen queue of socket "?[^"\s]*"? \(fd: \d+\) full/,
    cause: () => 'backlog-full',
  },
  {
    // unbit/uwsgi proto/uwsgi.c: "invalid request block size: %u (max %u)...skip": the request's
    // headers do not fit buffer-size (4096 by default), nginx then answers 502
    id: 'uwsgi-block-size',
    server: 'uwsgi',
    needle: 'invalid request block size',
    regex: /invalid request block size: (\d+) \(max (\d+)\)/,
    cause: () => 'header-too-big',
    advice: (m) => advise('uwsgi-block', { size: m[1], max: m[2] }),
  },
  {
    // nodejs/node src/node_errors.cc (OnFatalError): "FATAL ERROR: %s %s", the V8 message being
    // "Reached heap limit Allocation failed - JavaScript heap out of memory" (--max-old-space-size)
    id: 'node-heap-out-of-memory',
    server: 'node',
    needle: 'Allocation failed - ',
    // Node before 8 wrote "process out of memory" (CALL_AND_RETRY_LAST).
    regex: /(?:FATAL ERROR: .{0,120}?)?Allocation failed - (?:JavaScript heap|process) out of memory/,
    cause: () => 'memory',
  },
  {
    // nodejs/node src/node_errors.cc (PrintUncaughtException → "\nNode.js %s\n") ends the report of
    // an uncaught exception, after its stack: the process has exited
    id: 'node-crashed',
    server: 'node',
    needle: 'Node.js v',
    regex: /(?:^|[\s|"])Node\.js v\d+\.\d+\.\d+(?=\\n"|\s*$)/,
    cause: () => 'upstream-crashed',
  },
  {
    // nodejs/node lib/net.js (uvExceptionWithHostPort): "Error: listen EADDRINUSE: address already
    // in use %s": the app did not start, another process holds its port
    id: 'node-eaddrinuse',
    server: 'node',
    needle: 'EADDRINUSE',
    regex: /listen EADDRINUSE: address already in use \S+/,
    cause: () => 'upstream-down',
  },
  {
    // nodejs/node lib/internal/process/promises.js: "[UnhandledPromiseRejection: This error
    // originated either by throwing inside of an async function without a catch block, ..." (the
    // process then exits, since Node 15)
    id: 'node-unhandled-rejection',
    server: 'node',
    needle: '[UnhandledPromiseRejection',
    regex: /\[UnhandledPromiseRejection: [^\]\n]{0,120}/,
    cause: () => 'upstream-crashed',
  },
];
