// Reads a log (any source the page reads: web servers, PHP-FPM, proxies, app servers, the kernel,
// systemd, access logs) and prints one JSON object a finding, one a line:
//   {"line": 12, "cause": "socket-missing", "step": "owner-backend", "advice": {"key": …, "values": {…}}}
// then, when the text is an error page, {"page": {"layer": "nginx", "step": "owner-backend"}}, and
// when it holds access-log lines, {"access": {…}}: requests, 502s per minute, URLs, upstreams.
// Usage: npm run diagnose -- FILE   (or "-" for standard input)
// The input is streamed in chunks, so a log of any size works in flat memory. Exit status: 0 when
// the log was read (with or without findings), 2 when it could not be (no such file, a directory,
// no argument).
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { LogAnalyzer, type Finding } from '@/diagnose/analyze';
import { CAUSE_STEPS } from '@/diagnose/cause-steps';
import { readErrorPage, type ErrorPage } from '@/diagnose/error-page';
import { stepOfPage } from '@/diagnose/error-page-steps';

const USAGE = 'Usage: npm run diagnose -- FILE   (use - to read standard input)';

function fail(message: string): never {
  process.stderr.write(`diagnose: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function openInput(arg: string | undefined): Readable {
  if (arg === undefined || arg === '-h' || arg === '--help') fail('no log file given');
  // Decoded as a stream: a character cut between two chunks survives.
  if (arg === '-') return process.stdin.setEncoding('utf8');
  let isFile = false;
  try {
    isFile = statSync(arg).isFile();
  } catch {
    fail(`no such file: ${arg}`);
  }
  if (!isFile) fail(`not a file: ${arg}`);
  return createReadStream(arg, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
}

const print = ({ line, cause, advice }: Finding) =>
  `${JSON.stringify({ line, cause, step: CAUSE_STEPS[cause], ...(advice && { advice }) })}\n`;

async function main(): Promise<void> {
  const name = process.argv[2];
  const input = openInput(name);
  input.on('error', (error) => fail(`cannot read ${name}: ${error.message}`));
  // Piped into `head`: stop quietly when the reader goes away.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  // Findings are printed at once, never kept: only their count per cause stays.
  const analyzer = new LogAnalyzer({ keepPerCause: 0 });
  let page: ErrorPage | null = null;
  let first = true;
  let batch = '';
  for await (const chunk of input) {
    const text = String(chunk);
    // An error page is short: only the start of the input can be one.
    if (first) page = readErrorPage(text);
    first = false;
    for (const finding of analyzer.feed(text)) batch += print(finding);
    if (batch.length > 64 * 1024) {
      process.stdout.write(batch);
      batch = '';
    }
  }
  for (const finding of analyzer.end()) batch += print(finding);
  if (page) batch += `${JSON.stringify({ page: { ...page, step: stepOfPage(page) } })}\n`;
  const access = analyzer.accessSummary();
  if (access) batch += `${JSON.stringify({ access })}\n`;
  process.stdout.write(batch);
}

await main();
