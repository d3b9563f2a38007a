// Caddy in the foreground from a Caddyfile, with the admin API and automatic HTTPS off (nothing
// on another port, no certificate requests) and its data folders inside the scratch folder.
import { binary } from './binaries';
import type { DaemonSpec } from './daemon';
import { launch, type LabServer } from './lab-server';
import type { Scratch } from './scratch';

export interface CaddyOptions {
  port: number;
  /** The inside of the site block (`reverse_proxy 127.0.0.1:8080 { … }`). */
  site: string;
}

export function configureCaddy(scratch: Scratch, options: CaddyOptions): DaemonSpec {
  const log = scratch.path('caddy.log');
  const conf = `# written by the fix502 lab
{
	admin off
	auto_https off
	log {
		output file ${log}
		format json
	}
}
http://127.0.0.1:${options.port} {
	bind 127.0.0.1
${options.site}
}
`;
  const file = scratch.write('Caddyfile', conf);
  return {
    name: 'caddy',
    command: binary('caddy'),
    args: ['run', '--config', file, '--adapter', 'caddyfile'],
    env: { HOME: scratch.mkdir('home'), XDG_DATA_HOME: scratch.mkdir('data'), XDG_CONFIG_HOME: scratch.mkdir('config') },
    logs: { caddy: log },
    ready: { port: options.port },
  };
}

export function startCaddy(options: CaddyOptions, scratch?: Scratch): Promise<LabServer<CaddyOptions>> {
  return launch('caddy', configureCaddy, options, scratch);
}
