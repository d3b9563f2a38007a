// The evidence of one lab run, committed beside the corpus of publicly posted lines: for each
// scenario what was broken and how it was provoked, the servers' versions, the status, and every
// line the servers wrote with the cause the diagnosis gave it. Format in test/lab/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { release } from 'node:os';
import { join } from 'node:path';
import type { ScenarioResult } from './scenarios/run';

export const SNAPSHOT = join(import.meta.dirname, '..', 'fixtures', 'lab', 'snapshot.json');

export function writeSnapshot(results: ScenarioResult[]): string {
  // Only runs that reproduced what they say they provoked: anything else would be false evidence.
  const ran = results.filter((result) => !result.notRun && !result.error && result.reproduced);
  const snapshot = {
    format: 1,
    recorded: new Date().toISOString(),
    system: `Linux ${release()}`,
    servers: Object.assign({}, ...ran.map((result) => result.servers)) as Record<string, string>,
    scenarios: ran.map((result) => ({
      id: result.id,
      cause: result.cause,
      step: result.step,
      stack: Object.keys(result.servers),
      provoked: result.provoked,
      status: result.statuses,
      diagnosis: result.diagnosis,
      ...(result.gap ? { gap: result.gap } : {}),
      advice: result.advice,
      fixed: result.fixed,
      lines: result.lines.map(({ server, log, text, cause }) => (cause ? { server, log, text, cause } : { server, log, text })),
    })),
  };
  mkdirSync(join(SNAPSHOT, '..'), { recursive: true });
  writeFileSync(SNAPSHOT, `${JSON.stringify(snapshot, null, 2)}\n`);
  return SNAPSHOT;
}
