// The servers of one scenario: started into one scratch folder, their logs read together, and all
// stopped at the end whatever happened.
import { CAUSE_STEPS } from '@/diagnose/cause-steps';
import type { Daemon, LogMark } from '../servers/daemon';
import type { LabServer } from '../servers/lab-server';
import { freePort } from '../servers/ports';
import { makeScratch, type Scratch } from '../servers/scratch';

type Member = { kind: 'server'; server: LabServer<unknown> } | { kind: 'daemon'; daemon: Daemon };

export interface StackLine {
  server: string;
  log: string;
  text: string;
}

const FRONT = ['nginx', 'apache', 'caddy', 'haproxy'];

export class Stack {
  readonly scratch: Scratch;
  private readonly members = new Map<string, Member>();
  private marks = new Map<string, LogMark>();
  private readonly cleanups: Array<() => Promise<void>> = [];
  /** Values read from the content and applied, for the report: "owner-buffers/fastcgi". */
  readonly advice: string[] = [];

  constructor(label: string) {
    this.scratch = makeScratch(label);
  }

  port(): Promise<number> {
    return freePort();
  }

  /** Adds (or replaces, after a restart by hand) a server under a name such as "nginx". */
  // any: a stack holds servers of every kind of options
  add<T extends LabServer<any> | Daemon>(name: string, member: T): T {
    this.members.set(
      name,
      'restart' in member ? { kind: 'server', server: member as unknown as LabServer<unknown> } : { kind: 'daemon', daemon: member as Daemon },
    );
    return member;
  }

  server<Options>(name: string): LabServer<Options> {
    const member = this.members.get(name);
    if (member?.kind !== 'server') throw new Error(`no server "${name}" in this stack`);
    return member.server as LabServer<Options>;
  }

  daemon(name: string): Daemon {
    const member = this.members.get(name);
    if (!member) throw new Error(`no server "${name}" in this stack`);
    return member.kind === 'server' ? member.server.daemon : member.daemon;
  }

  /** Records the end of every log: lines() then gives only what the servers wrote after it. */
  mark(): void {
    this.marks = new Map([...this.members.keys()].map((name) => [name, this.daemon(name).mark()]));
  }

  /**
   * Every line written since mark(), the front server's log first (nginx, Apache, Caddy, HAProxy),
   * then the backends': the order in which an owner reads them, and pastes them.
   */
  lines(): StackLine[] {
    const names = [...this.members.keys()];
    const ordered = [...names.filter((name) => FRONT.includes(name)), ...names.filter((name) => !FRONT.includes(name))];
    return ordered.flatMap((name) =>
      this.daemon(name)
        .linesSince(this.marks.get(name))
        .map((line) => ({ server: name, ...line })),
    );
  }

  /** Each server's output and log heads: what a failed scenario prints. */
  report(): string {
    return [...this.members.keys()].map((name) => this.daemon(name).report()).join('\n');
  }

  use<T>(advised: { value: T; source: string }): T {
    if (!this.advice.includes(advised.source)) this.advice.push(advised.source);
    return advised.value;
  }

  /** Something else to stop with the stack (the lab's DNS server). */
  defer(cleanup: () => Promise<void>): void {
    this.cleanups.push(cleanup);
  }

  async stop(): Promise<void> {
    await Promise.all(this.cleanups.map((cleanup) => cleanup().catch(() => undefined)));
    await Promise.all(
      [...this.members.values()].map((member) => (member.kind === 'server' ? member.server.daemon.stop() : member.daemon.stop())),
    );
    this.scratch.remove();
  }
}

/** The step a cause's finding links to (what the diagnosis page shows first). */
export const stepOf = (cause: keyof typeof CAUSE_STEPS): string => CAUSE_STEPS[cause];
