// errno and APR status numbers, and how a log line carries them. An OS error is read by its
// number, never by the strerror text, which is translated (glibc in Russian says «В соединении
// отказано») and differs between C libraries (musl says "Operation timed out" where glibc says
// "Connection timed out").
import type { Cause } from './causes';

/**
 * errno (and APR status) numbers → cause. Linux numbers first, then the BSD/macOS and Windows
 * (WSA) numbers of the same error; they do not collide with anything a connect() or recv() returns.
 */
const ERRNO_CAUSE: Readonly<Record<number, Cause>> = {
  1: 'permission', // EPERM (a firewall or SELinux denied the connect)
  2: 'socket-missing', // ENOENT: the unix socket file does not exist
  13: 'permission', // EACCES
  111: 'upstream-down', // ECONNREFUSED
  61: 'upstream-down', // ECONNREFUSED (BSD, macOS)
  10061: 'upstream-down', // WSAECONNREFUSED
  113: 'upstream-down', // EHOSTUNREACH
  65: 'upstream-down', // EHOSTUNREACH (BSD, macOS)
  10065: 'upstream-down', // WSAEHOSTUNREACH
  101: 'upstream-down', // ENETUNREACH
  51: 'upstream-down', // ENETUNREACH (BSD, macOS)
  10051: 'upstream-down', // WSAENETUNREACH
  11: 'backlog-full', // EAGAIN on a unix socket: its listen queue is full
  35: 'backlog-full', // EAGAIN (BSD, macOS)
  10035: 'backlog-full', // WSAEWOULDBLOCK
  110: 'timeout', // ETIMEDOUT
  60: 'timeout', // ETIMEDOUT (BSD, macOS)
  10060: 'timeout', // WSAETIMEDOUT
  104: 'upstream-crashed', // ECONNRESET
  54: 'upstream-crashed', // ECONNRESET (BSD, macOS)
  10054: 'upstream-crashed', // WSAECONNRESET
  32: 'upstream-crashed', // EPIPE
  70007: 'timeout', // APR_TIMEUP "The timeout specified has expired"
  70014: 'upstream-crashed', // APR_EOF "End of file found"
  12: 'memory', // ENOMEM
};

export function causeOfErrno(errno: number | undefined): Cause | undefined {
  if (errno === undefined || Number.isNaN(errno)) return undefined;
  // APR_OS_START_EAIERR (670000) + a getaddrinfo() error: the name did not resolve.
  if (errno >= 670000 && errno < 680000) return 'dns';
  return ERRNO_CAUSE[errno];
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

