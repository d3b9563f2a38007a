// Which servers this machine has. A missing one is not an error here: the lab lists the scenarios
// it could not run, and fails only where it is required (LAB_REQUIRED=1, or CI=true).
import { accessSync, constants } from 'node:fs';

export const BINARIES = {
  nginx: '/usr/sbin/nginx',
  apache: '/usr/sbin/apache2',
  'php-fpm': '/usr/sbin/php-fpm8.2',
  caddy: '/usr/bin/caddy',
  haproxy: '/usr/sbin/haproxy',
  gunicorn: '/usr/bin/gunicorn',
  'cgi-fcgi': '/usr/bin/cgi-fcgi',
} as const;

export type ServerName = keyof typeof BINARIES;

export function binary(name: ServerName): string {
  return process.env[`LAB_${name.toUpperCase().replace('-', '_')}`] ?? BINARIES[name];
}

export function isInstalled(name: ServerName): boolean {
  try {
    accessSync(binary(name), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function missing(names: readonly ServerName[]): ServerName[] {
  return names.filter((name) => !isInstalled(name));
}

export const labRequired = (): boolean => process.env.LAB_REQUIRED === '1' || process.env.CI === 'true';

/** Running as root: the servers' workers then drop to www-data, as on a real Debian server. */
export const isRoot = (): boolean => process.getuid?.() === 0;
