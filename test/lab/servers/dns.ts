// A tiny DNS server on 127.0.0.1 for nginx's `resolver`: it answers A queries for the names it is
// given and "no such name" (NXDOMAIN) for every other, so that the lab never asks a real resolver.
import { createSocket, type Socket } from 'node:dgram';

export interface LabDns {
  port: number;
  /** Adds or changes a name's address. */
  set(name: string, address: string): void;
  remove(name: string): void;
  stop(): Promise<void>;
}

/** The question's name and where the question ends (RFC 1035 §4.1.2; no compression in questions). */
function readQuestion(query: Buffer): { name: string; end: number } | null {
  const labels: string[] = [];
  let at = 12;
  while (at < query.length) {
    const length = query[at] ?? 0;
    if (length === 0) return { name: labels.join('.').toLowerCase(), end: at + 5 };
    labels.push(query.subarray(at + 1, at + 1 + length).toString('ascii'));
    at += length + 1;
  }
  return null;
}

function answer(query: Buffer, names: Map<string, string>): Buffer | null {
  const question = readQuestion(query);
  if (!question || query.length < question.end) return null;
  const type = query.readUInt16BE(question.end - 4);
  const address = names.get(question.name);
  const found = address !== undefined && type === 1;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // the id
  // QR=1, opcode 0, AA=1, RD as asked; RA=1; RCODE 0 (found, or the name exists without this type) or 3 (NXDOMAIN).
  header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | (address === undefined ? 3 : 0), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(found ? 1 : 0, 6);
  const parts = [header, query.subarray(12, question.end)];
  if (found) {
    const record = Buffer.alloc(16);
    record.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
    record.writeUInt16BE(1, 2); // A
    record.writeUInt16BE(1, 4); // IN
    record.writeUInt32BE(5, 6); // TTL
    record.writeUInt16BE(4, 10);
    address.split('.').forEach((byte, i) => record.writeUInt8(Number(byte), 12 + i));
    parts.push(record);
  }
  return Buffer.concat(parts);
}

export async function startDns(port: number): Promise<LabDns> {
  const names = new Map<string, string>();
  const socket: Socket = createSocket('udp4');
  socket.on('message', (query, from) => {
    const reply = answer(query, names);
    if (reply) socket.send(reply, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(port, '127.0.0.1', resolve));
  return {
    port,
    set: (name, address) => void names.set(name.toLowerCase(), address),
    remove: (name) => void names.delete(name.toLowerCase()),
    stop: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
