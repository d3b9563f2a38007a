// The lab's HTTP application (http-app.mjs) as a daemon on a 127.0.0.1 port, plain or TLS.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startDaemon, type Daemon } from './daemon';
import type { Scratch } from './scratch';

// A plain path, not new URL(…, import.meta.url): Vite would bundle the script instead of naming it.
const SCRIPT = join(import.meta.dirname, 'http-app.mjs');

/** A key and certificate for the TLS application; `sniOnly`: no handshake without a server name. */
export interface BackendTls {
  key: string;
  cert: string;
  sniOnly?: boolean;
}

export function startHttpBackend(port: number, tls?: BackendTls): Promise<Daemon> {
  return startDaemon({
    name: tls ? 'https-backend' : 'http-backend',
    command: process.execPath,
    args: [SCRIPT, String(port), ...(tls ? [tls.sniOnly ? '--tls-sni' : '--tls', tls.key, tls.cert] : [])],
    ready: { port },
  });
}

/** A self-signed key and certificate for `name`, made with openssl in the folder. */
export function selfSignedCertificate(scratch: Scratch, name: string): { key: string; cert: string } {
  const key = scratch.path('tls.key');
  const cert = scratch.path('tls.crt');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', key, '-out', cert], {
    stdio: 'ignore',
    timeout: 20_000,
  });
  return { key, cert };
}
