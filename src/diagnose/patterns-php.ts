// PHP-FPM's and PHP's messages around a 502, from the format strings in php/php-src; the file
// is named next to each. PHP's own lines reach the web server's log too (nginx "FastCGI sent in
// stderr", Apache AH01071).
import type { Pattern } from './pattern';
import { advise, fpmPool } from './values';

export const PHP_PATTERNS: readonly Pattern[] = [
  {
    // sapi/fpm/fpm/fpm_process_ctl.c: "[pool %s] server reached pm.max_children setting (%d),
    // consider raising it"; "server reached max_children setting (%d)" for pm = ondemand
    id: 'php-fpm-max-children',
    server: 'php-fpm',
    needle: 'max_children setting',
    regex: /server reached (?:pm\.)?max_children setting(?: \((\d+)\))?/,
    cause: () => 'php-fpm-max-children',
    advice: (m, line) => advise('max-children', { pool: fpmPool(line), limit: m[1] }),
  },
  {
    // sapi/fpm/fpm/fpm_children.c: "[pool %s] child %d exited on signal %d (%s%s) after
    // %ld.%06d seconds from start". SIGKILL (9) is almost always the kernel's OOM killer,
    // SIGTERM (15) request_terminate_timeout, SIGQUIT (3) the normal end of an idle child.
    id: 'php-fpm-child-signal',
    server: 'php-fpm',
    needle: 'exited on signal',
    regex: /child \d+ exited on signal (\d+)(?: \([^)\n]*\)?)?/,
    cause: (m) => {
      const signal = Number(m[1]);
      if (signal === 3) return null;
      if (signal === 9) return 'memory';
      if (signal === 15) return 'timeout';
      return 'upstream-crashed';
    },
  },
  {
    // sapi/fpm/fpm/fpm_request.c: "[pool %s] child %d, script '%s' (request: \"%s %s%s%s\")
    // execution timed out (%d.%06d sec), terminating"
    id: 'php-fpm-execution-timed-out',
    server: 'php-fpm',
    needle: 'execution timed out',
    // The duration is missing when the line is cut, and "terminating" when the child was already gone.
    regex: /execution timed out(?: \((\d+)(?:\.\d+)? sec\))?(?:, terminating)?/,
    cause: () => 'timeout',
    advice: (m, line) => advise('php-terminated', { pool: fpmPool(line), seconds: m[1] }),
  },
  {
    // sapi/fpm/fpm/fpm_sockets.c: "unable to bind listening socket for address '%s': %s (%d)"
    // (php-fpm did not start, so nothing listens where the web server connects)
    id: 'php-fpm-bind-failed',
    server: 'php-fpm',
    needle: 'unable to bind listening socket',
    regex: /unable to bind listening socket for address '[^'\n]*'?/,
    cause: () => 'upstream-down',
  },
  {
    // sapi/fpm/fpm/fpm_shm.c: "unable to allocate %zu bytes in shared memory": the master could not
    // even start for lack of memory (then "FPM initialization failed")
    id: 'php-fpm-shm',
    server: 'php-fpm',
    needle: 'in shared memory',
    regex: /unable to allocate \d+ bytes in shared memory/,
    cause: () => 'memory',
  },
  {
    // sapi/fpm/fpm/fpm_main.c: "FPM initialization failed"
    id: 'php-fpm-init-failed',
    server: 'php-fpm',
    needle: 'FPM initialization failed',
    regex: /FPM initialization failed/,
    cause: () => 'upstream-down',
  },
  {
    // Zend/zend_alloc.c: "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)",
    // "Allowed memory size of %zu bytes exhausted at %s:%d (tried to allocate %zu bytes)"
    id: 'php-memory-limit',
    server: 'php',
    needle: 'Allowed memory size of',
    regex: /Allowed memory size of (\d+) bytes exhausted(?:[^(\n]*\(tried to allocate \d+ bytes\))?/,
    cause: () => 'memory',
    advice: (m) => advise('memory-limit', { mb: String(Math.round(Number(m[1]) / 1048576)) }),
  },
  {
    // Zend/zend_alloc.c: "Out of memory (allocated %zu) (tried to allocate %zu bytes)": the
    // system, not memory_limit, refused PHP more memory
    id: 'php-out-of-memory',
    server: 'php',
    needle: 'Out of memory (allocated',
    regex: /Out of memory \(allocated \d+\)/,
    cause: () => 'memory',
  },
  {
    // Zend/zend_alloc.c: "\nmmap() failed: [%d] %s\n" (errno 12, ENOMEM: no memory left for a
    // child); sapi/fpm/fpm/fpm_children.c: zlog(ZLOG_SYSERROR, "fork() failed"), which zlog ends
    // with ": %s (%d)" (the master could not start a child)
    id: 'php-fpm-no-memory',
    server: 'php-fpm',
    needle: '() failed',
    regex: /mmap\(\) failed: \[12\]|fork\(\) failed: [^(\n]*\(12\)/,
    cause: () => 'memory',
  },
  {
    // Zend/zend_execute_API.c: "Maximum execution time of " ZEND_LONG_FMT " second%s exceeded"
    id: 'php-max-execution-time',
    server: 'php',
    needle: 'Maximum execution time of',
    regex: /Maximum execution time of (\d+) seconds? exceeded/,
    cause: () => 'timeout',
    advice: (m) => advise('php-max-execution', { seconds: m[1] }),
  },
];
