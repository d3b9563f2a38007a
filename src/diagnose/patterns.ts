// Every message the diagnosis knows, in the order they are tried: the first pattern that names a
// cause wins the line. Each group lives in its own file with the server's source file named next
// to each template.
//
// Matching works on the message, never on what surrounds it: timestamps, levels, pids, docker,
// journald, kubectl or `docker compose` prefixes, JSON-escaped (`{"log":"...\n"}`) and
// HTML-escaped lines and lines cut short all still match.
import type { Pattern } from './pattern';
import { APACHE_PATTERNS } from './patterns-apache';
import { APP_PATTERNS } from './patterns-apps';
import { NGINX_PATTERNS } from './patterns-nginx';
import { PHP_PATTERNS } from './patterns-php';
import { PROXY_PATTERNS } from './patterns-proxies';
import { SYSTEM_PATTERNS } from './patterns-system';

export { causeOfErrno } from './errno';
export type { Pattern, Server } from './pattern';

/** Files of patterns, for the test that checks each template names its source. */
export const PATTERN_FILES = [
  'patterns-nginx.ts',
  'patterns-apache.ts',
  'patterns-php.ts',
  'patterns-system.ts',
  'patterns-proxies.ts',
  'patterns-apps.ts',
] as const;

export const PATTERNS: readonly Pattern[] = [
  ...NGINX_PATTERNS,
  ...APACHE_PATTERNS,
  ...PHP_PATTERNS,
  ...SYSTEM_PATTERNS,
  ...PROXY_PATTERNS,
  ...APP_PATTERNS,
];
