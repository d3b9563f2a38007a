/**
 * The causes a diagnosis can name. The ids are a public contract (the CLI prints them, the
 * locales key their explanations by them): keep them, and add new ones only beside them.
 */
export const CAUSES = [
  'upstream-down',
  'socket-missing',
  'permission',
  'upstream-crashed',
  'header-too-big',
  'timeout',
  'dns',
  'backlog-full',
  'no-live-upstreams',
  'php-fpm-max-children',
  'ssl-upstream',
  'invalid-response',
  'memory',
  'other',
] as const;

export type Cause = (typeof CAUSES)[number];

export function isCause(value: unknown): value is Cause {
  return typeof value === 'string' && (CAUSES as readonly string[]).includes(value);
}
