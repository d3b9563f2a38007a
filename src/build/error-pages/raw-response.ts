// HAProxy's errorfile is a whole HTTP response, sent as it is: status line, headers, blank line, body.
import { REASON_PHRASES, type GatewayStatus } from './statuses';

/** HAProxy keeps an error file in one buffer: tune.bufsize, 16 KB unless changed. */
export const ONE_BUFFER = 16 * 1024;

/** Room a page leaves in the 16 KB for the status line and headers nginx, Apache or Caddy add (a few hundred bytes). */
export const HEADER_ROOM = 1024;

/** What a file may weigh: a raw response is sent whole; a page leaves room for its server's headers. */
export const sizeLimit = (path: string) => (path.endsWith('.http') ? ONE_BUFFER : ONE_BUFFER - HEADER_ROOM);

export function rawHttpResponse(status: GatewayStatus, html: string): string {
  const length = Buffer.byteLength(html, 'utf8');
  return [
    `HTTP/1.1 ${status} ${REASON_PHRASES[status]}`,
    'Content-Type: text/html; charset=utf-8',
    `Content-Length: ${length}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    html,
  ].join('\r\n');
}
