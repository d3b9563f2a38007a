// The kernel's messages (dmesg) as a log of the stack: what the OOM killer writes when it kills a
// worker. Marked by the timestamp of the last message, so that a full ring buffer that drops old
// lines does not shift what counts as new.
import { execFileSync } from 'node:child_process';
import type { LogMark } from './daemon';

interface KernelLine {
  at: number;
  text: string;
}

function read(): KernelLine[] {
  const out = execFileSync('dmesg', [], { encoding: 'utf8', timeout: 5000, maxBuffer: 16 * 1024 * 1024 });
  return out
    .split('\n')
    .filter(Boolean)
    .map((text) => ({ at: Number(/^\[\s*(\d+\.\d+)\]/.exec(text)?.[1] ?? 0), text }));
}

/** Null when this process may read the kernel's messages, else why not. */
export function kernelLogUnavailable(): string | null {
  try {
    read();
    return null;
  } catch (error) {
    return `dmesg: ${(error as Error).message.split('\n')[0]}`;
  }
}

export const kernelLog = {
  name: 'kernel',
  mark(): LogMark {
    return { sizes: { dmesg: read().at(-1)?.at ?? 0 } };
  },
  linesSince(mark?: LogMark): Array<{ log: string; text: string }> {
    const after = mark?.sizes.dmesg ?? 0;
    return read()
      .filter((line) => line.at > after)
      .map((line) => ({ log: 'dmesg', text: line.text }));
  },
  report(): string {
    return `== kernel (dmesg), last lines:\n${read()
      .slice(-10)
      .map((line) => line.text)
      .join('\n')}`;
  },
};

export type LogSource = typeof kernelLog;
