// Before the lab: a folder for the scenarios' results. After it: the summary, and with
// LAB_SNAPSHOT=1 the snapshot of every line the servers wrote (test/fixtures/lab/snapshot.json).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResults, RESULTS_ENV } from './results';
import { writeSnapshot } from './snapshot';
import { summarize } from './summary';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'fix502-lab-results-'));
  // The workers vitest starts after this inherit it.
  process.env[RESULTS_ENV] = dir;
  return () => {
    const results = readResults(dir);
    if (results.length > 0) process.stdout.write(`${summarize(results)}\n`);
    if (process.env.LAB_SNAPSHOT === '1') process.stdout.write(`snapshot: ${writeSnapshot(results)}\n`);
    rmSync(dir, { recursive: true, force: true });
  };
}
