// Reads a web server or PHP-FPM log and prints one JSON object a finding, one a line:
//   {"line": 12, "cause": "socket-missing", "step": "owner-backend"}
// Usage: npm run diagnose -- FILE   (or "-" for standard input)
// The file is streamed line by line, so a log of any size works. Exit status: 0 when the log was
// read (with or without findings), 2 when it could not be (no such file, a directory, no argument).
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { matchLine } from '@/diagnose/analyze';
import { CAUSE_STEPS } from '@/diagnose/cause-steps';

const USAGE = 'Usage: npm run diagnose -- FILE   (use - to read standard input)';

function fail(message: string): never {
  process.stderr.write(`diagnose: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function openInput(arg: string | undefined): Readable {
  if (arg === undefined || arg === '-h' || arg === '--help') fail('no log file given');
  if (arg === '-') return process.stdin;
  let isFile = false;
  try {
    isFile = statSync(arg).isFile();
  } catch {
    fail(`no such file: ${arg}`);
  }
  if (!isFile) fail(`not a file: ${arg}`);
  return createReadStream(arg, { encoding: 'utf8' });
}

async function main(): Promise<void> {
  const name = process.argv[2];
  const input = openInput(name);
  input.on('error', (error) => fail(`cannot read ${name}: ${error.message}`));
  // Piped into `head`: stop quietly when the reader goes away.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  let lineNumber = 0;
  let batch = '';
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lineNumber++;
    const match = matchLine(line);
    if (!match) continue;
    batch += `${JSON.stringify({ line: lineNumber, cause: match.cause, step: CAUSE_STEPS[match.cause] })}\n`;
    if (batch.length > 64 * 1024) {
      process.stdout.write(batch);
      batch = '';
    }
  }
  process.stdout.write(batch);
}

await main();
