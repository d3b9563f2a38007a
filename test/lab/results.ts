// Each scenario's result, written to the folder the global setup made, so that the summary and the
// snapshot see every test file's results (vitest runs the files in separate workers).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioResult } from './scenarios/run';

export const RESULTS_ENV = 'FIX502_LAB_RESULTS';

export function record(result: ScenarioResult): void {
  const dir = process.env[RESULTS_ENV];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${result.id.replace(/\W+/g, '_')}.json`), JSON.stringify(result));
}

export function readResults(dir: string): ScenarioResult[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ScenarioResult)
    .sort((a, b) => a.id.localeCompare(b.id));
}
