// One GET over a plain socket, to count every byte of the answer: status line, headers and body.
import { connect } from 'node:net';

export interface RawReply {
  status: number;
  bytes: number;
  head: string;
  body: string;
}

export function rawGet(port: number, path: string, headers: Record<string, string> = {}, timeoutMs = 10_000): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no whole reply within ${timeoutMs} ms`)), timeoutMs);
    const lines = [`GET ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
    socket.on('connect', () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw.subarray(0, split).toString('latin1');
      resolve({ status: Number(head.split(' ')[1]), bytes: raw.length, head, body: raw.subarray(split + 4).toString('utf8') });
    });
  });
}
