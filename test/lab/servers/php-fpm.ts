// PHP-FPM in the foreground (-F) with its own global config, one pool and a php.ini of the lab's.
// The pool listens on a unix socket in the scratch folder or on a 127.0.0.1 port.
import { binary, isRoot } from './binaries';
import type { DaemonSpec } from './daemon';
import { launch, type LabServer } from './lab-server';
import type { Scratch } from './scratch';

export interface PhpFpmOptions {
  /** `listen =`: an absolute socket path or a 127.0.0.1:port. */
  listen: string;
  /** Extra pool lines (`pm.max_children = 5`, `request_terminate_timeout = 1s`, `listen.mode = …`). */
  pool?: string;
  /** php.ini lines (`max_execution_time = 1`, `memory_limit = 16M`). */
  ini?: string;
  /** The pool's process manager, Debian's default: dynamic with 5 children. */
  pm?: string;
}

/** Debian's www.conf: pm = dynamic, 5 children, 2 started, 1 to 3 spare. */
export const DEBIAN_PM = `pm = dynamic
pm.max_children = 5
pm.start_servers = 2
pm.min_spare_servers = 1
pm.max_spare_servers = 3`;

export function configurePhpFpm(scratch: Scratch, options: PhpFpmOptions): DaemonSpec {
  const log = scratch.path('php-fpm.log');
  const user = isRoot() ? 'user = www-data\ngroup = www-data\nlisten.owner = www-data\nlisten.group = www-data\n' : '';
  const conf = `; written by the fix502 lab
[global]
pid = ${scratch.path('php-fpm.pid')}
error_log = ${log}
log_level = notice

[www]
${user}listen = ${options.listen}
listen.mode = 0660
${options.pm ?? DEBIAN_PM}
; PHP's own errors go to the web server (nginx's "FastCGI sent in stderr", Apache's AH01071), as on Debian.
${options.pool ?? ''}
`;
  const ini = `; written by the fix502 lab
display_errors = Off
log_errors = On
${options.ini ?? ''}
`;
  const file = scratch.write('php-fpm.conf', conf);
  const iniFile = scratch.write('php.ini', ini);
  const ready = options.listen.startsWith('/') ? { socket: options.listen } : { port: Number(options.listen.split(':').at(-1)) };
  return {
    name: 'php-fpm',
    command: binary('php-fpm'),
    args: ['-F', '-y', file, '-p', scratch.dir, '-c', iniFile],
    logs: { 'php-fpm': log },
    ready,
  };
}

export function startPhpFpm(options: PhpFpmOptions, scratch?: Scratch): Promise<LabServer<PhpFpmOptions>> {
  return launch('php-fpm', configurePhpFpm, options, scratch);
}
