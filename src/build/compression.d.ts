// The part of the compression middleware this project uses (it ships no types of its own).
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export default function compression(options?: { threshold?: number }): (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
}
