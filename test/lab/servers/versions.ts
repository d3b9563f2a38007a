// Each server's version, as its own binary prints it: recorded with every snapshot of log lines.
import { spawnSync } from 'node:child_process';
import { binary, isInstalled, type ServerName } from './binaries';

const FLAGS: Partial<Record<ServerName, string[]>> = {
  nginx: ['-v'],
  apache: ['-v'],
  'php-fpm': ['-v'],
  caddy: ['version'],
  haproxy: ['-v'],
  gunicorn: ['--version'],
};

const cache = new Map<ServerName, string>();

/** The first line of `nginx -v` and the like ("nginx version: nginx/1.22.1"), or "not installed". */
export function serverVersion(name: ServerName): string {
  const known = cache.get(name);
  if (known) return known;
  let version = 'not installed';
  if (isInstalled(name)) {
    // nginx prints its version on stderr, the others on stdout: take the first line of either.
    const run = spawnSync(binary(name), FLAGS[name] ?? ['--version'], { encoding: 'utf8', timeout: 5000 });
    version = `${run.stdout ?? ''}\n${run.stderr ?? ''}`.split('\n').find((line) => line.trim())?.trim() ?? 'unknown';
  }
  cache.set(name, version);
  return version;
}
