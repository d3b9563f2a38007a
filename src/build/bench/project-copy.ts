import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
// What a build reads (public/ only if the project has one).
const PROJECT_FILES = ['package.json', 'tsconfig.json', 'vite.config.ts', 'index.html', 'src', 'public', 'locales'];

/** A scratch copy of the project (sharing node_modules), to build with other content or settings. */
export class ProjectCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'fix502-bench-'));

  constructor() {
    for (const file of PROJECT_FILES.filter((name) => existsSync(join(ROOT, name)))) cpSync(join(ROOT, file), join(this.dir, file), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(this.dir, 'node_modules'));
  }

  write(file: string, content: string): void {
    writeFileSync(join(this.dir, file), content);
  }

  /** Runs an npm script and returns its wall time in milliseconds; throws with its output if it fails. */
  run(script: string, env: Record<string, string> = {}): number {
    const started = performance.now();
    const result = spawnSync('npm', ['run', '-s', script], { cwd: this.dir, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
    const elapsed = performance.now() - started;
    if (result.status !== 0) throw new Error(`npm run ${script} failed:\n${result.stdout}\n${result.stderr}`.slice(0, 4000));
    return elapsed;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
