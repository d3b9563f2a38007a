// errno and APR status numbers, and how a log line carries them. An OS error is read by its
// number, never by the strerror text, which is translated (glibc in Russian says «В соединении
// отказано») and differs between C libraries (musl says "Operation timed out" where glibc says
// "Connection timed out").
import type { Cause } from './causes';

/**
 * Each error a connect() or recv() reports, its cause, then its numbers: Linux first, then the
 * BSD/macOS and Windows (WSA) numbers of the same error, which collide with nothing on this list.
 */
const ERRORS: ReadonlyArray<readonly [name: string, cause: Cause, ...numbers: number[]]> = [
  ['EPERM (a firewall or SELinux denied the connect)', 'permission', 1],
  ['ENOENT: the unix socket file does not exist', 'socket-missing', 2],
  ['EACCES', 'permission', 13],
  ['ECONNREFUSED', 'upstream-down', 111, 61, 10061],
  ['EHOSTUNREACH', 'upstream-down', 113, 65, 10065],
  ['ENETUNREACH', 'upstream-down', 101, 51, 10051],
  ['EAGAIN on a unix socket: its listen queue is full', 'backlog-full', 11, 35, 10035],
  ['ETIMEDOUT', 'timeout', 110, 60, 10060],
  ['ECONNRESET', 'upstream-crashed', 104, 54, 10054],
  ['EPIPE', 'upstream-crashed', 32],
  ['APR_TIMEUP "The timeout specified has expired"', 'timeout', 70007],
  ['APR_EOF "End of file found"', 'upstream-crashed', 70014],
  ['ENOMEM', 'memory', 12],
];

const ERRNO_CAUSE: ReadonlyMap<number, Cause> = new Map(ERRORS.flatMap(([, cause, ...numbers]) => numbers.map((errno) => [errno, cause] as const)));

export function causeOfErrno(errno: number | undefined): Cause | undefined {
  if (errno === undefined || Number.isNaN(errno)) return undefined;
  // APR_OS_START_EAIERR (670000) + a getaddrinfo() error: the name did not resolve.
  if (errno >= 670000 && errno < 680000) return 'dns';
  return ERRNO_CAUSE.get(errno);
}

export const num = (text: string | undefined) => (text === undefined ? undefined : Number(text));

/**
 * Apache writes an OS/APR error before the message: `[pid 1:tid 2] (111)Connection refused:
 * AH00957: ...` (server/log.c, "(%d)%s: " via apr_strerror; "(OS %d)" on Windows). nginx's
 * errors are "(111: ...)" and so never match this.
 */
const APACHE_ERRNO = /(?:^|[\]\s"])\((?:OS )?(\d+)\)[^\s\d:]/;
export function apacheErrno(line: string): number | undefined {
  return num(APACHE_ERRNO.exec(line)?.[1]);
}

