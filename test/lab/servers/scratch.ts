// A scratch folder per server run, under /tmp/fix502-lab-*, removed when the run is over.
// World-traversable (0755): nginx, Apache and PHP-FPM workers run as www-data when started as root,
// and must reach the sockets, scripts and temp folders in it.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Scratch {
  dir: string;
  /** An absolute path inside the folder. */
  path(...parts: string[]): string;
  /** Writes a file (creating its folders) and returns its absolute path. */
  write(name: string, content: string, mode?: number): string;
  /** Creates a folder (and its parents) and returns its absolute path. */
  mkdir(name: string): string;
  remove(): void;
}

/** Set LAB_KEEP=1 to keep the folders (configs, logs, sockets) for a look after the run. */
const keep = process.env.LAB_KEEP === '1';

export function makeScratch(label: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `fix502-lab-${label}-`));
  chmodSync(dir, 0o755);
  const path = (...parts: string[]) => join(dir, ...parts);
  return {
    dir,
    path,
    write(name, content, mode = 0o644) {
      const file = path(name);
      mkdirSync(dirname(file), { recursive: true, mode: 0o755 });
      writeFileSync(file, content, { mode });
      chmodSync(file, mode);
      return file;
    },
    mkdir(name) {
      const folder = path(name);
      mkdirSync(folder, { recursive: true, mode: 0o755 });
      return folder;
    },
    remove() {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
