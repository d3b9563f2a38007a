// Speed of the log diagnosis (issue 5: at least 100,000 lines a second): writes a 50 MB
// synthetic log to a temporary directory, analyses it 5 times in 1 MB chunks as the page's
// worker does, and prints the median lines per second. A benchmark, not a test.
// Run: npx tsx src/build/bench-diagnose.ts [megabytes]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogAnalyzer } from '@/diagnose/analyze';

const megabytes = Number(process.argv[2] ?? 50);
const RUNS = 5;
const CHUNK = 1024 * 1024;

/** Mostly ordinary access-log and notice lines, with the 502 messages sprinkled in, as in a real log. */
const ORDINARY = [
  '203.0.113.7 - - [25/Nov/2026:10:00:00 +0000] "GET /wp-content/themes/site/style.css?ver=6.4 HTTP/2.0" 200 18453 "https://example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"',
  '198.51.100.23 - - [25/Nov/2026:10:00:01 +0000] "POST /wp-admin/admin-ajax.php HTTP/1.1" 200 47 "https://example.com/wp-admin/" "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"',
  '[25-Nov-2026 10:00:02] NOTICE: [pool www] child 4121 started',
  '2026/11/25 10:00:03 [notice] 812#812: signal process started',
  '[Wed Nov 25 10:00:04.123456 2026] [mpm_event:notice] [pid 901:tid 140211] AH00489: Apache/2.4.57 (Debian) configured -- resuming normal operations',
];
const PROBLEMS = [
  '2026/11/25 10:00:05 [crit] 812#812: *31 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.7, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"',
  '2026/11/25 10:00:06 [error] 812#812: *32 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.7, server: example.com, request: "GET /shop/ HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"',
  '[25-Nov-2026 10:00:07] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it',
  '[Wed Nov 25 10:00:08.123456 2026] [proxy:error] [pid 901:tid 140212] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (127.0.0.1) failed',
];

function syntheticLog(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = i % 20 === 19 ? PROBLEMS[(i / 20) % PROBLEMS.length | 0]! : ORDINARY[i % ORDINARY.length]!;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'fix502-bench-'));
try {
  const file = join(dir, 'error.log');
  writeFileSync(file, syntheticLog(megabytes * 1024 * 1024));
  const text = readFileSync(file, 'utf8');
  const rates: number[] = [];
  let lines = 0;
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const analyzer = new LogAnalyzer({ keepPerCause: 200 });
    for (let at = 0; at < text.length; at += CHUNK) analyzer.feed(text.slice(at, at + CHUNK));
    analyzer.end();
    const seconds = (performance.now() - started) / 1000;
    lines = analyzer.lineCount;
    findings = analyzer.summary().reduce((sum, group) => sum + group.count, 0);
    rates.push(lines / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(RUNS / 2)]!;
  console.log(`${megabytes} MB, ${lines.toLocaleString('en')} lines, ${findings.toLocaleString('en')} findings`);
  console.log(`runs (lines/s): ${rates.map((rate) => Math.round(rate).toLocaleString('en')).join(', ')}`);
  console.log(`median: ${Math.round(median).toLocaleString('en')} lines/s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
