// A memory cgroup of the lab's own, made under the cgroup this process runs in (never the
// machine's root), so that the kernel itself kills a server's worker past a limit, as it does in a
// container or a systemd service with MemoryMax=. cgroup v2 (memory.max) where its memory
// controller is there for us, else v1 (memory.limit_in_bytes); swap is capped too, so that the
// limit is the limit. remove() moves what still runs back to the parent and deletes the group.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MemoryCgroup {
  readonly path: string;
  readonly limitBytes: number;
  /** Moves a process (and so every child it forks later) into the group. */
  add(pid: number): void;
  /** The most memory the group has held since the last resetPeak() (v1), or since it was made (v2). */
  peakBytes(): number;
  resetPeak(): void;
  remove(): void;
}

interface Layout {
  parent: string;
  version: 1 | 2;
}

/** Where this process's memory cgroup is, or why there is none to use. */
function layout(): Layout | string {
  let entries: string;
  try {
    entries = readFileSync('/proc/self/cgroup', 'utf8');
  } catch {
    return 'no /proc/self/cgroup';
  }
  const v1 = /^\d+:(?:[^:]*,)?memory(?:,[^:]*)?:(.*)$/m.exec(entries)?.[1];
  if (v1 !== undefined && existsSync('/sys/fs/cgroup/memory/cgroup.procs')) return { parent: join('/sys/fs/cgroup/memory', v1), version: 1 };
  const v2 = /^0::(.*)$/m.exec(entries)?.[1];
  for (const mount of ['/sys/fs/cgroup', '/sys/fs/cgroup/unified']) {
    if (v2 === undefined) break;
    const parent = join(mount, v2);
    try {
      if (readFileSync(join(parent, 'cgroup.subtree_control'), 'utf8').split(/\s+/).includes('memory')) return { parent, version: 2 };
    } catch {
      // not this mount
    }
  }
  return 'no memory cgroup controller this process may use';
}

/** Null when the lab can make a memory cgroup here, else the reason it can't. */
export function memoryCgroupUnavailable(): string | null {
  const where = layout();
  if (typeof where === 'string') return where;
  const probe = join(where.parent, `fix502-lab-probe-${process.pid}`);
  try {
    mkdirSync(probe);
    rmdirSync(probe);
    return null;
  } catch (error) {
    return `cannot make a cgroup under ${where.parent}: ${(error as Error).message}`;
  }
}

export function makeMemoryCgroup(label: string, limitBytes: number): MemoryCgroup {
  const where = layout();
  if (typeof where === 'string') throw new Error(`memory cgroup: ${where}`);
  const path = join(where.parent, `fix502-lab-${label}-${process.pid}`);
  mkdirSync(path);
  const write = (file: string, value: string | number) => writeFileSync(join(path, file), String(value));
  if (where.version === 1) {
    write('memory.limit_in_bytes', limitBytes);
    if (existsSync(join(path, 'memory.memsw.limit_in_bytes'))) write('memory.memsw.limit_in_bytes', limitBytes);
  } else {
    write('memory.max', limitBytes);
    if (existsSync(join(path, 'memory.swap.max'))) write('memory.swap.max', 0);
  }
  const peakFile = where.version === 1 ? 'memory.max_usage_in_bytes' : 'memory.peak';
  return {
    path,
    limitBytes,
    add: (pid) => write('cgroup.procs', pid),
    peakBytes: () => Number(readFileSync(join(path, peakFile), 'utf8').trim()),
    resetPeak: () => {
      if (where.version === 1) write('memory.max_usage_in_bytes', 0);
    },
    remove: () => {
      if (!existsSync(path)) return;
      for (const pid of readFileSync(join(path, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean)) {
        try {
          writeFileSync(join(where.parent, 'cgroup.procs'), pid);
        } catch {
          // it ended meanwhile
        }
      }
      rmdirSync(path);
    },
  };
}
