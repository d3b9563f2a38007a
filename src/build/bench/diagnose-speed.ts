// Speed and memory of the log diagnosis. A benchmark, not a test; `npm run bench` runs it with
// the rest, `npm run bench:diagnose` alone (it needs no build and no browser).
// 1. Speed: a 50 MB synthetic error log analysed 5 times in 1 MB chunks as the page's worker does;
//    the median in lines per second of wall time and of CPU time (on a shared machine the CPU
//    figure is the steadier one).
// 2. Size: a 1 GB log of error and access lines written to a temporary file, then analysed in a
//    fresh process the way the page does (a Blob read by 1 MB slices in its worker, src/diagnose/run.ts)
//    and the way the CLI does (a file stream); the process's memory is sampled after every chunk.
// Run: npx tsx src/build/bench/diagnose-speed.ts [speed megabytes] [size gigabytes]
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openAsBlob, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogAnalyzer } from '@/diagnose/analyze';
import { diagnose } from '@/diagnose/run';

const RUNS = 5;
const CHUNK = 1024 * 1024;
const MB = 1024 * 1024;

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

function lineAt(i: number): string {
  return i % 20 === 19 ? PROBLEMS[(i / 20) % PROBLEMS.length | 0]! : ORDINARY[i % ORDINARY.length]!;
}

/** Written in 4 MB pieces, so that making a 1 GB file holds no more than that. */
function writeLog(file: string, bytes: number, access = false): void {
  const fd = openSync(file, 'w');
  let size = 0;
  for (let i = 0; size < bytes; ) {
    let piece = '';
    while (piece.length < 4 * MB && size + piece.length < bytes) {
      // The big file also has 502s in its access lines, spread over a day, for the access summary.
      const line =
        access && i % 50 === 7
          ? `10.0.0.${i % 250} - - [25/Nov/2026:${String((i / 300_000) % 24 | 0).padStart(2, '0')}:${String((i / 5000) % 60 | 0).padStart(2, '0')}:00 +0000] "GET /page/${i % 977} HTTP/1.1" 502 157 "-" "curl/8.5.0" ua="127.0.0.1:90${i % 10}0" us="502" urt="0.0${i % 10}"`
          : lineAt(i);
      piece += `${line}\n`;
      i++;
    }
    writeSync(fd, piece);
    size += piece.length;
  }
  closeSync(fd);
}

function speed(dir: string, megabytes: number): void {
  const file = join(dir, 'error.log');
  writeLog(file, megabytes * MB);
  const text = readFileSync(file, 'utf8');
  const wall: number[] = [];
  const cpu: number[] = [];
  let lines = 0;
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const used = process.cpuUsage();
    const analyzer = new LogAnalyzer({ keepPerCause: 200 });
    for (let at = 0; at < text.length; at += CHUNK) analyzer.feed(text.slice(at, at + CHUNK));
    analyzer.end();
    const seconds = (performance.now() - started) / 1000;
    const { user, system } = process.cpuUsage(used);
    lines = analyzer.lineCount;
    findings = analyzer.summary().reduce((sum, group) => sum + group.count, 0);
    wall.push(lines / seconds);
    cpu.push(lines / ((user + system) / 1e6));
  }
  const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
  console.log(`### Speed: ${megabytes} MB error log, ${lines.toLocaleString('en')} lines, ${findings.toLocaleString('en')} findings`);
  console.log();
  console.log(`- runs (lines/s of wall time): ${wall.map((rate) => Math.round(rate).toLocaleString('en')).join(', ')}`);
  console.log(`- median: ${median(wall).toLocaleString('en')} lines/s of wall time, ${median(cpu).toLocaleString('en')} lines per CPU second`);
}

interface SizeRun {
  lines: number;
  seconds: number;
  /** Resident memory before reading, and its highest value while reading, in MB. */
  before: number;
  peak: number;
  requests: number;
}

/** In a fresh process, so that nothing else of the benchmark sits in its memory. */
async function measure(how: 'page' | 'cli', file: string): Promise<void> {
  const rss = () => process.memoryUsage.rss() / MB;
  const before = rss();
  let peak = before;
  const started = performance.now();
  let lines = 0;
  let requests = 0;
  if (how === 'page') {
    const result = await diagnose(await openAsBlob(file), () => {
      peak = Math.max(peak, rss());
    });
    lines = result.lines;
    requests = result.access?.requests ?? 0;
  } else {
    const analyzer = new LogAnalyzer({ keepPerCause: 0 });
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK })) {
      analyzer.feed(chunk as string);
      peak = Math.max(peak, rss());
    }
    analyzer.end();
    lines = analyzer.lineCount;
    requests = analyzer.accessSummary()?.requests ?? 0;
  }
  const run: SizeRun = { lines, seconds: (performance.now() - started) / 1000, before, peak, requests };
  console.log(JSON.stringify(run));
}

function size(dir: string, gigabytes: number): void {
  const file = join(dir, 'big.log');
  writeLog(file, gigabytes * 1024 * MB, true);
  console.log();
  console.log(`### Size: a ${gigabytes} GB log of error and access lines, streamed`);
  console.log();
  for (const how of ['page', 'cli'] as const) {
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--measure', how, file], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`- ${how}: failed: ${child.stderr.slice(-300)}`);
      continue;
    }
    const run = JSON.parse(child.stdout.trim()) as SizeRun;
    const what = how === 'page' ? "the page's worker (a Blob by 1 MB slices)" : 'the CLI (a file stream)';
    console.log(
      `- ${what}: ${run.lines.toLocaleString('en')} lines (${run.requests.toLocaleString('en')} requests) in ${run.seconds.toFixed(1)} s, ` +
        `${Math.round(run.lines / run.seconds).toLocaleString('en')} lines/s; memory ${Math.round(run.before)} MB before, at most ${Math.round(run.peak)} MB while reading`,
    );
  }
}

if (process.argv[2] === '--measure') {
  await measure(process.argv[3] as 'page' | 'cli', process.argv[4]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'fix502-bench-'));
  try {
    speed(dir, Number(process.argv[2] ?? 50));
    size(dir, Number(process.argv[3] ?? 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
