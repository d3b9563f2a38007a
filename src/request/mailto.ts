// A mailto: link that opens the person's mail client with the request filled in. Mail clients and
// operating systems cut long mailto URLs (Windows passes about 2,000 characters to the handler),
// so a long body is shortened at a line break and ends with a note that points to the full text.

export interface MailtoParts {
  to?: string;
  subject: string;
  body: string;
  /** The last line of a shortened body, from the locale: "The full text is on the page…". */
  truncatedNote: string;
}

export const MAILTO_LIMIT = 2000;

const CRLF = '%0D%0A';
const encode = (text: string) => encodeURIComponent(text.replace(/\r\n?/g, '\n')).replace(/%0A/g, CRLF);

export function mailtoUrl({ to = '', subject, body, truncatedNote }: MailtoParts, limit = MAILTO_LIMIT): string {
  const head = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encode(subject)}&body=`;
  const full = head + encode(body);
  if (full.length <= limit) return full;
  const tail = encode(`\n\n${truncatedNote}`);
  const room = limit - head.length - tail.length;
  return head + fitLines(body, room) + tail;
}

/** As many whole lines of `body` as fit in `room` encoded characters; a first line too long is cut. */
function fitLines(body: string, room: number): string {
  const lines = body.split(/\r?\n/);
  let used = 0;
  const kept: string[] = [];
  for (const line of lines) {
    const cost = encode(line).length + (kept.length > 0 ? CRLF.length : 0);
    if (used + cost > room) break;
    kept.push(line);
    used += cost;
  }
  if (kept.length > 0) return kept.map(encode).join(CRLF);
  let cut = '';
  for (const char of lines[0] ?? '') {
    if (encode(cut + char).length > room) break;
    cut += char;
  }
  return encode(cut);
}
