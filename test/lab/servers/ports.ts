// Ports for the lab's servers: LAB_PORT_BASE (default 18000) up to LAB_PORT_LAST (default base + 999),
// all on 127.0.0.1. Each call gives a port nothing listens on yet, never the same one twice in a run.
import { createServer } from 'node:net';

const base = Number(process.env.LAB_PORT_BASE) || 18000;
const last = Number(process.env.LAB_PORT_LAST) || base + 999;
let next = base;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  while (next <= last) {
    const port = next++;
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port left in ${base}-${last} (set LAB_PORT_BASE / LAB_PORT_LAST)`);
}
