// gunicorn in the foreground, serving a WSGI module from the scratch folder on a 127.0.0.1 port.
import { binary } from './binaries';
import type { DaemonSpec } from './daemon';
import { launch, type LabServer } from './lab-server';
import type { Scratch } from './scratch';

export interface GunicornOptions {
  port: number;
  /** The WSGI module's source, written as app.py; it must define `app`. */
  app: string;
  /** Extra command-line options (`--timeout`, `--workers`). */
  args?: string[];
}

export function configureGunicorn(scratch: Scratch, options: GunicornOptions): DaemonSpec {
  const log = scratch.path('gunicorn.log');
  scratch.write('app/app.py', options.app);
  return {
    name: 'gunicorn',
    command: binary('gunicorn'),
    args: ['--bind', `127.0.0.1:${options.port}`, '--chdir', scratch.path('app'), '--error-logfile', log, ...(options.args ?? []), 'app:app'],
    logs: { gunicorn: log },
    ready: { port: options.port },
  };
}

export function startGunicorn(options: GunicornOptions, scratch?: Scratch): Promise<LabServer<GunicornOptions>> {
  return launch('gunicorn', configureGunicorn, options, scratch);
}
