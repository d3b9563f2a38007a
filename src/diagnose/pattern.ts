import type { Advice } from './advice';
import type { Cause } from './causes';

export type Server =
  | 'nginx'
  | 'apache'
  | 'php-fpm'
  | 'php'
  | 'linux'
  | 'systemd'
  | 'container'
  | 'caddy'
  | 'traefik'
  | 'haproxy'
  | 'varnish'
  | 'gunicorn'
  | 'uwsgi'
  | 'node';

export interface Pattern {
  id: string;
  server: Server;
  /** Every line the pattern matches contains this exact text: a cheap test before the regex. */
  needle: string;
  regex: RegExp;
  /** The cause a match points to, or null when this match is harmless (checked in order). */
  cause: (match: RegExpExecArray, line: string) => Cause | null;
  /** What this line says exactly, for advice in the page's language (only for matches that name a cause). */
  advice?: (match: RegExpExecArray, line: string) => Advice | undefined;
  /** Traefik writes why it answered 502 only at its debug level: its lines are not debug noise. */
  debugIsSignal?: boolean;
}
