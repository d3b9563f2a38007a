import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
// Building blocks the scenarios share: PHP-FPM with the lab's scripts, nginx and Apache in front
// of it, the address of the stack's front server, and killing one PHP-FPM worker.
import { startApache, type ApacheOptions } from '../servers/apache';
import { FASTCGI_PARAMS, startNginx, type NginxOptions } from '../servers/nginx';
import { startPhpFpm, type PhpFpmOptions } from '../servers/php-fpm';
import { writePhpScripts } from '../servers/php-scripts';
import type { Stack } from './stack';

export async function startFpm(stack: Stack, options: PhpFpmOptions): Promise<void> {
  writePhpScripts(stack.scratch);
  stack.add('php-fpm', await startPhpFpm(options, stack.scratch));
}

/** nginx's PHP location as Debian's snippets/fastcgi-php.conf writes it, plus extra lines. */
export function phpLocation(pass: string, extra = ''): string {
  return `location ~ \\.php$ {
    include ${FASTCGI_PARAMS};
    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
    fastcgi_pass ${pass};
${extra
  .split('\n')
  .filter(Boolean)
  .map((line) => `    ${line}`)
  .join('\n')}
}`;
}

export async function startNginxIn(stack: Stack, options: Omit<NginxOptions, 'port'>): Promise<void> {
  writePhpScripts(stack.scratch);
  stack.add('nginx', await startNginx({ port: await stack.port(), ...options }, stack.scratch));
}

/** Apache's PHP handler as Debian's conf-available/php8.2-fpm.conf writes it (SetHandler "proxy:…"). */
export function phpHandler(target: string, extra = ''): string {
  return `<FilesMatch ".+\\.php$">
    SetHandler "${target}"
</FilesMatch>
${extra}`;
}

export async function startApacheIn(stack: Stack, options: Omit<ApacheOptions, 'port'>): Promise<void> {
  writePhpScripts(stack.scratch);
  stack.add('apache', await startApache({ port: await stack.port(), ...options }, stack.scratch));
}

/** The address of the front server (nginx, Apache, Caddy or HAProxy, whichever the stack has). */
export function front(stack: Stack, path: string): string {
  for (const name of ['nginx', 'apache', 'caddy', 'haproxy']) {
    try {
      const port = (stack.server<{ port: number }>(name).options as { port: number }).port;
      return `http://127.0.0.1:${port}${path}`;
    } catch {
      // not in this stack
    }
  }
  throw new Error('the stack has no front server');
}

/** How many workers a PHP-FPM master has forked, from /proc (each one's parent pid). */
export function fpmWorkers(masterPid: number): number {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === masterPid) count++;
    } catch {
      // the process ended while we looked
    }
  }
  return count;
}

/** Waits (at most 5 s) until PHP-FPM runs `count` workers: a static pool forks them after it listens. */
export async function waitForWorkers(stack: Stack, count: number): Promise<void> {
  const master = stack.daemon('php-fpm').pid;
  for (let waited = 0; fpmWorkers(master) < count; waited += 50) {
    if (waited > 5000) throw new Error(`PHP-FPM has ${fpmWorkers(master)} workers, not ${count}, after 5 s`);
    await sleep(50);
  }
}
