// The lab's HTTP application (http-app.mjs) as a daemon on a 127.0.0.1 port, plain or TLS.
import { join } from 'node:path';
import { startDaemon, type Daemon } from './daemon';

// A plain path, not new URL(…, import.meta.url): Vite would bundle the script instead of naming it.
const SCRIPT = join(import.meta.dirname, 'http-app.mjs');

export function startHttpBackend(port: number, tls?: { key: string; cert: string }): Promise<Daemon> {
  return startDaemon({
    name: tls ? 'https-backend' : 'http-backend',
    command: process.execPath,
    args: [SCRIPT, String(port), ...(tls ? ['--tls', tls.key, tls.cert] : [])],
    ready: { port },
  });
}
