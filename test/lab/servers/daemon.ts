// One daemon in the foreground: started in its own process group, waited for until it listens,
// and always stopped by its pid and group, also when a test fails or times out. A daemon that
// dies on its own, or never listens, is reported with the head of its output and log files.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** What "ready" means: a TCP port on 127.0.0.1, a unix socket that accepts, or a file that exists. */
export type Ready = { port: number } | { socket: string } | { file: string } | { none: true };

export interface DaemonSpec {
  /** A short label for messages and the summary ("nginx", "php-fpm"). */
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  cwd?: string;
  /** The log files the daemon writes, by label ("error" → /tmp/…/error.log). */
  logs?: Record<string, string>;
  ready: Ready;
  /** How long to wait for it to be ready (default 10 s). */
  readyTimeoutMs?: number;
}

export interface LogMark {
  readonly sizes: Record<string, number>;
}

const running = new Set<Daemon>();
/** Every process group this process started: a test can check that none is left. */
const started: number[] = [];

export class Daemon {
  readonly name: string;
  readonly pid: number;
  readonly logs: Record<string, string>;
  private readonly child: ChildProcess;
  private output = '';
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private readonly exited: Promise<void>;

  constructor(spec: DaemonSpec) {
    this.name = spec.name;
    this.logs = spec.logs ?? {};
    // detached: its own session and process group, so that its workers are stopped with it.
    this.child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (this.child.pid === undefined) throw new Error(`${spec.name}: could not start ${spec.command}`);
    this.pid = this.child.pid;
    started.push(this.pid);
    const keep = (chunk: Buffer) => {
      // The first 64 KB are what explains a failure; a chatty daemon cannot fill memory.
      if (this.output.length < 64 * 1024) this.output += chunk.toString('utf8');
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        running.delete(this);
        resolve();
      });
      this.child.on('error', (error) => {
        this.output += `\n${error.message}`;
        this.exitInfo ??= { code: null, signal: null };
        running.delete(this);
        resolve();
      });
    });
    running.add(this);
  }

  get alive(): boolean {
    return this.exitInfo === null;
  }

  /** What the daemon printed on stdout and stderr (its first 64 KB). */
  get stdout(): string {
    return this.output;
  }

  /** Sends a signal to the daemon's main process only (a reload, or killing the master). */
  signal(signal: NodeJS.Signals): void {
    if (this.alive) process.kill(this.pid, signal);
  }

  /** The current size of each log file: lines written after it are read with linesSince(). */
  mark(): LogMark {
    const sizes: Record<string, number> = {};
    for (const [label, file] of Object.entries(this.logs)) sizes[label] = fileSize(file);
    return { sizes };
  }

  /** The text each log file gained since the mark (all of it without one). */
  textSince(mark?: LogMark): Record<string, string> {
    const texts: Record<string, string> = {};
    for (const [label, file] of Object.entries(this.logs)) {
      texts[label] = readFrom(file, mark?.sizes[label] ?? 0);
    }
    return texts;
  }

  /** Non-empty lines of every log file since the mark, each with its log's label. */
  linesSince(mark?: LogMark): Array<{ log: string; text: string }> {
    return Object.entries(this.textSince(mark)).flatMap(([log, text]) =>
      text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({ log, text: line })),
    );
  }

  /**
   * Waits (at most timeoutMs) until a line written since the mark passes the test: servers write
   * some lines after the reply (HAProxy's request log, PHP-FPM's once-a-second warnings).
   */
  async waitForLine(test: (text: string) => boolean, mark?: LogMark, timeoutMs = 3000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.linesSince(mark).some(({ text }) => test(text))) return true;
      if (Date.now() >= deadline) return false;
      await sleep(50);
    }
  }

  /** A few lines from the daemon's output and the head of each log: what a red CI shows. */
  report(lines = 15): string {
    const parts = [`--- ${this.name} (pid ${this.pid}, ${this.describeExit()})`];
    if (this.output.trim()) parts.push('stdout/stderr:', head(this.output, lines));
    for (const [label, file] of Object.entries(this.logs)) {
      const text = readFrom(file, 0);
      if (text.trim()) parts.push(`${label} (${file}):`, head(text, lines));
    }
    return parts.join('\n');
  }

  async waitUntilReady(ready: Ready, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.alive) throw new Error(`${this.name} exited before it was ready\n${this.report()}`);
      if (await isReady(ready)) return;
      await sleep(40);
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs} ms\n${this.report()}`);
  }

  /** Waits up to timeoutMs for the daemon to exit by itself; true if it did. */
  async waitForExit(timeoutMs: number): Promise<boolean> {
    if (!this.alive) return true;
    const timer = sleep(timeoutMs).then(() => false);
    return Promise.race([this.exited.then(() => true), timer]);
  }

  /**
   * Stops the daemon and every process of its group: SIGTERM, then SIGKILL after graceMs.
   * Safe to call twice, and on a daemon that already exited (its workers are still killed).
   */
  async stop(graceMs = 3000): Promise<void> {
    killGroup(this.pid, 'SIGTERM');
    if (!(await this.waitForExit(graceMs))) killGroup(this.pid, 'SIGKILL');
    await this.waitForExit(graceMs);
    // Workers a killed master left behind are still in the group.
    killGroup(this.pid, 'SIGKILL');
    running.delete(this);
  }

  private describeExit(): string {
    if (this.alive) return 'running';
    const { code, signal } = this.exitInfo ?? { code: null, signal: null };
    return signal ? `killed by ${signal}` : `exited with ${code}`;
  }
}

/** Starts a daemon and waits until it is ready; on any failure it is stopped before the error is thrown. */
export async function startDaemon(spec: DaemonSpec): Promise<Daemon> {
  const daemon = new Daemon(spec);
  try {
    await daemon.waitUntilReady(spec.ready, spec.readyTimeoutMs ?? 10_000);
  } catch (error) {
    await daemon.stop(500);
    throw error;
  }
  return daemon;
}

/** Stops every daemon still running (an afterAll / afterEach safety net). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((daemon) => daemon.stop(1000)));
}

/** Started process groups (daemon and workers) that still have a live process. */
export function leftoverGroups(): number[] {
  return started.filter((pid) => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  });
}

/** Daemons started and not yet stopped: a test can assert that none is left. */
export function runningDaemons(): readonly Daemon[] {
  return [...running];
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

// The last line of defence: the test process itself ends (a crash, Ctrl-C, a vitest timeout).
process.once('exit', () => {
  for (const daemon of running) killGroup(daemon.pid, 'SIGKILL');
});
// A run stopped from outside (a CI timeout, `timeout`, Ctrl-C) does not reach 'exit' by itself.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  process.once(signal, () => {
    for (const daemon of running) killGroup(daemon.pid, 'SIGKILL');
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
  });
}

async function isReady(ready: Ready): Promise<boolean> {
  if ('none' in ready) return true;
  if ('file' in ready) return fileSize(ready.file) >= 0;
  return new Promise((resolve) => {
    const socket = 'port' in ready ? connect(ready.port, '127.0.0.1') : connect(ready.socket);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}

function readFrom(file: string, offset: number): string {
  try {
    return readFileSync(file).subarray(Math.max(0, offset)).toString('utf8');
  } catch {
    return '';
  }
}

function head(text: string, lines: number): string {
  return text
    .split('\n')
    .slice(0, lines)
    .map((line) => `  ${line}`)
    .join('\n');
}
