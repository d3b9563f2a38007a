// HAProxy in the foreground (-db). It logs through syslog only, so the lab listens for its log
// datagrams itself: `log 127.0.0.1:PORT` in the config, the lines appended to haproxy.log.
import { createSocket, type Socket } from 'node:dgram';
import { appendFileSync, writeFileSync } from 'node:fs';
import { binary } from './binaries';
import type { DaemonSpec } from './daemon';
import { launch, type LabServer } from './lab-server';
import { freePort } from './ports';
import { makeScratch, type Scratch } from './scratch';

export interface HaproxyOptions {
  port: number;
  /** Lines of the `backend app` section (`server s1 127.0.0.1:8080 check`, `timeout server 1s`). */
  backend: string;
  /** Extra lines for the `defaults` section (`timeout server 1s`). */
  defaults?: string;
  /** Extra lines for the `global` section (`tune.bufsize 32768`). */
  global?: string;
  /** The UDP port of the lab's syslog listener (set by startHaproxy). */
  syslogPort?: number;
}

export function configureHaproxy(scratch: Scratch, options: HaproxyOptions): DaemonSpec {
  const log = scratch.path('haproxy.log');
  const conf = `# written by the fix502 lab
global
    log 127.0.0.1:${options.syslogPort} local0 info
    pidfile ${scratch.path('haproxy.pid')}
${options.global ?? ''}
defaults
    mode http
    log global
    option httplog
    # As Debian's haproxy.cfg: connections that send nothing (the lab's readiness probe) are not logged.
    option dontlognull
    timeout connect 2s
    timeout client 10s
    timeout server 10s
${options.defaults ?? ''}
frontend site
    bind 127.0.0.1:${options.port}
    default_backend app
backend app
${options.backend}
`;
  const file = scratch.write('haproxy.cfg', conf);
  return {
    name: 'haproxy',
    command: binary('haproxy'),
    args: ['-db', '-f', file],
    logs: { haproxy: log },
    ready: { port: options.port },
  };
}

/** A syslog receiver on 127.0.0.1 that writes each message's text, one a line, to a file. */
async function listenSyslog(file: string): Promise<{ port: number; socket: Socket }> {
  writeFileSync(file, '');
  const port = await freePort();
  const socket = createSocket('udp4');
  // "<134>Dec  1 20:30:00 haproxy[123]: message": the line keeps everything after the priority.
  socket.on('message', (message) => appendFileSync(file, `${message.toString('utf8').replace(/^<\d+>/, '').trimEnd()}\n`));
  await new Promise<void>((resolve) => socket.bind(port, '127.0.0.1', resolve));
  return { port, socket };
}

export async function startHaproxy(options: HaproxyOptions, scratch?: Scratch): Promise<LabServer<HaproxyOptions>> {
  const folder = scratch ?? makeScratch('haproxy');
  const syslog = await listenSyslog(folder.path('haproxy.log'));
  const server = await launch('haproxy', configureHaproxy, { ...options, syslogPort: syslog.port }, folder).catch(
    (error: unknown) => {
      syslog.socket.close();
      throw error;
    },
  );
  const stop = server.stop;
  return Object.assign(server, {
    async stop() {
      syslog.socket.close();
      await stop();
    },
  });
}
