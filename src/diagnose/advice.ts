/**
 * Advice that names what one line says: the socket, the address, the PHP version and pool, the
 * timeout that fired, the limit that was reached. Each key is a sentence of locales/{lang}/diagnose.json
 * (`advice.<key>`) into which i18next puts the values; the values come from the log and are shown
 * as text only.
 */
export const ADVICE_KEYS = [
  'socket-missing',
  'socket-missing-php',
  'socket-permission',
  'refused',
  'dns-name',
  'timed-out-upstream',
  'php-terminated',
  'php-max-execution',
  'max-children',
  'memory-limit',
  'oom-killed',
  'systemd-unit',
  'haproxy-server',
  'crashed-upstream',
  'uwsgi-block',
  'varnish-backend',
  'balancer',
  'ssl-host',
] as const;

export type AdviceKey = (typeof ADVICE_KEYS)[number];

export interface Advice {
  key: AdviceKey;
  values: Record<string, string>;
}
