// nginx in the foreground with its own prefix, config and logs. As root its workers run as
// www-data, as Debian's package does (so a socket's permissions matter as they do on a server).
import { binary, isRoot } from './binaries';
import type { DaemonSpec } from './daemon';
import { launch, type LabServer } from './lab-server';
import type { Scratch } from './scratch';

export interface NginxOptions {
  port: number;
  /** The inside of the one `server { }` block (listen and server_name are added). */
  server: string;
  /** Extra lines for the `http { }` block: `upstream` blocks, for example. */
  http?: string;
  /** error_log level; Debian's default config leaves it at `error`. */
  logLevel?: string;
}

export const FASTCGI_PARAMS = '/etc/nginx/fastcgi_params';

export function configureNginx(scratch: Scratch, options: NginxOptions): DaemonSpec {
  const error = scratch.path('error.log');
  const temp = (name: string) => scratch.path('temp', name);
  scratch.mkdir('temp');
  scratch.mkdir('www');
  const conf = `# written by the fix502 lab
${isRoot() ? 'user www-data;' : ''}
worker_processes 1;
pid ${scratch.path('nginx.pid')};
error_log ${error} ${options.logLevel ?? 'error'};
events { worker_connections 512; }
http {
    access_log ${scratch.path('access.log')};
    client_body_temp_path ${temp('client')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    default_type text/plain;
${indent(options.http ?? '', 4)}
    server {
        listen 127.0.0.1:${options.port};
        server_name lab.test;
        root ${scratch.path('www')};
${indent(options.server, 8)}
    }
}
`;
  const file = scratch.write('nginx.conf', conf);
  return {
    name: 'nginx',
    command: binary('nginx'),
    // -e: nginx would otherwise open its compiled-in /var/log/nginx/error.log before reading the config.
    args: ['-p', scratch.dir, '-c', file, '-e', error, '-g', 'daemon off;'],
    logs: { error },
    ready: { port: options.port },
  };
}

export function startNginx(options: NginxOptions, scratch?: Scratch): Promise<LabServer<NginxOptions>> {
  return launch('nginx', configureNginx, options, scratch);
}

export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.trim() ? pad + line : line))
    .join('\n');
}
