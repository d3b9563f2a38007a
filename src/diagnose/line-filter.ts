// A rough first pass over a chunk that clears most of its lines before the exact needle scan
// (needle-scan.ts) reads them. That scan follows an automaton, one state after the other, so each
// character waits for the previous one's table lookup. This pass asks of every three characters on
// their own whether they are a piece ("anchor") of some needle: the lookups do not wait on each
// other, and the chunk is read as UTF-8 bytes, which JavaScript reads faster than a string's
// characters. A line holding a needle holds its anchor, so it is always kept; a line kept without
// one only costs the exact scan. Needles are ASCII, so they are the same bytes in UTF-8.

/** Three 7-bit characters make a 21-bit key: one bit each in a 256 KB table, no hashing. */
const GRAM = 3;
const BITS = 7 * GRAM;
/** Chunks are read this many characters at a time, so that the byte buffer stays small. */
const WINDOW = 256 * 1024;

/**
 * Lines of the kinds every log is full of and no pattern matches: requests answered, startup
 * notices, browsers' names. Each needle's anchor is its piece of GRAM characters least often in
 * them, so that few ordinary lines hold any anchor. Only the speed depends on this choice.
 */
const ORDINARY = [
  '192.0.2.10 - - [02/Dec/2026:08:15:42 +0100] "GET /index.php?route=product/category&path=20 HTTP/1.1" 200 5321 "https://shop.example.org/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"',
  '2001:db8::1 - - [02/Dec/2026:08:15:43 +0100] "GET /static/js/app.min.js HTTP/2.0" 304 0 "https://shop.example.org/cart" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"',
  '10.1.2.3 - admin [02/Dec/2026:08:15:44 +0100] "POST /api/v1/orders HTTP/1.1" 201 87 "-" "python-requests/2.31.0"',
  '66.249.66.1 - - [02/Dec/2026:08:15:45 +0100] "GET /robots.txt HTTP/1.1" 200 68 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"',
  '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"',
  '"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"',
  "[Tue Dec 02 08:00:01.512301 2026] [mpm_prefork:notice] [pid 1203] AH00163: Apache/2.4.62 (Debian) PHP/8.2.24 configured -- resuming normal operations",
  "[Tue Dec 02 08:00:01.512355 2026] [core:notice] [pid 1203] AH00094: Command line: '/usr/sbin/apache2'",
  '[02-Dec-2026 08:00:01] NOTICE: fpm is running, pid 1187',
  '[02-Dec-2026 08:00:01] NOTICE: ready to handle connections',
  '2026/12/02 08:00:01 [notice] 1190#1190: using the "epoll" event method',
  '2026/12/02 08:00:01 [notice] 1190#1190: start worker processes',
  '{"level":"info","ts":1733126142.51,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"192.0.2.10","proto":"HTTP/2.0","method":"GET","host":"example.org","uri":"/"},"duration":0.0021,"size":5321,"status":200}',
  'Dec 02 08:00:01 web1 systemd[1]: Started nginx.service - A high performance web server and a reverse proxy server.',
].join('\n');

/** Rough odds of a character in any text, to choose between pieces equally absent from ORDINARY. */
function commonness(c: number): number {
  if (c === 32) return 12;
  if (c >= 97 && c <= 122) return 'etaoinsrhlcdu'.includes(String.fromCharCode(c)) ? 8 : 3;
  if (c >= 48 && c <= 57) return 6;
  return 2;
}

function occurrences(piece: string): number {
  let count = 0;
  for (let at = ORDINARY.indexOf(piece); at !== -1; at = ORDINARY.indexOf(piece, at + 1)) count++;
  return count;
}

/** The piece of GRAM characters of `needle` least likely in an ordinary line (the whole needle if shorter). */
function anchorOf(needle: string): string {
  let best = needle.slice(0, GRAM);
  let bestScore = Number.POSITIVE_INFINITY;
  for (let at = 0; at + GRAM <= needle.length; at++) {
    const piece = needle.slice(at, at + GRAM);
    let score = occurrences(piece) * 10_000;
    for (let i = 0; i < GRAM; i++) score += commonness(piece.charCodeAt(i)) ** 2;
    if (score < bestScore) [best, bestScore] = [piece, score];
  }
  return best;
}

export class LineFilter {
  /** One bit per key of GRAM characters: set when the key is some needle's anchor. */
  private readonly anchors = new Uint8Array((1 << BITS) / 8);
  /** A needle shorter than GRAM is looked for exactly, by the exact scan: every line is kept. */
  private readonly keepsAll: boolean;
  private readonly encoder = new TextEncoder();
  private readonly bytes = new Uint8Array(3 * WINDOW);
  private readonly marks = new Uint8Array(WINDOW);

  constructor(needles: readonly string[]) {
    this.keepsAll = needles.some((needle) => needle.length < GRAM);
    for (const needle of needles) {
      const anchor = anchorOf(needle);
      let key = 0;
      for (let i = 0; i < anchor.length; i++) key = (key << 7) | (anchor.charCodeAt(i) & 127);
      this.anchors[key >>> 3] = this.anchors[key >>> 3]! | (1 << (key & 7));
    }
  }

  /**
   * Where the window that starts at `from` in `text` ends: after its last newline within WINDOW
   * characters, or after the newline of a longer first line (a window of that one line).
   * `to` follows a newline.
   */
  windowEnd(text: string, from: number, to: number): number {
    if (to - from <= WINDOW) return to;
    const newline = text.lastIndexOf('\n', from + WINDOW - 1);
    return (newline >= from ? newline : text.indexOf('\n', from + WINDOW)) + 1;
  }

  /**
   * For each line of text[from, to), a window from windowEnd: 1 when it may hold a needle, 0 when
   * it holds none. Valid until the next call.
   */
  mark(text: string, from: number, to: number): Uint8Array {
    const marks = this.marks;
    if (this.keepsAll || to - from > WINDOW) return marks.fill(1, 0, to - from > WINDOW ? 1 : WINDOW);
    const bytes = this.bytes;
    const { written } = this.encoder.encodeInto(from === 0 && to === text.length ? text : text.slice(from, to), bytes);
    const anchors = this.anchors;
    const mask = (1 << BITS) - 1;
    let line = 0;
    let key = 0;
    let kept = 0;
    for (let i = 0; i < written; i++) {
      const c = bytes[i]!;
      if (c === 10) {
        marks[line++] = kept;
        kept = 0;
        key = 0;
        continue;
      }
      // A byte outside ASCII is in no needle: 0 stands for it, which no anchor holds.
      key = ((key << 7) | (c < 128 ? c : 0)) & mask;
      kept |= (anchors[key >>> 3]! >>> (key & 7)) & 1;
    }
    return marks;
  }
}
