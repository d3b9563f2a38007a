// The lab's summary: scenarios run, reproduced (the status the step says), diagnosed right and
// fixed by the step's advice; the ones not run, loudly; and for each failure, why, with the
// first lines of the servers' own logs.
import type { ScenarioResult } from './scenarios/run';

const mark = (ok: boolean | null) => (ok === null ? '—' : ok ? 'yes' : 'NO');

export function summarize(results: ScenarioResult[]): string {
  const ran = results.filter((result) => !result.notRun);
  const notRun = results.filter((result) => result.notRun);
  const count = (test: (result: ScenarioResult) => boolean) => ran.filter(test).length;
  const out: string[] = ['', '=== fix502 lab ==='];
  out.push(
    `scenarios run ${ran.length}, reproduced ${count((r) => r.reproduced)}, diagnosed right ${count((r) => r.diagnosed)} (known gaps ${count((r) => Boolean(r.gap))}), ` +
      `fixed by the step ${count((r) => r.fixed === true)} (no advice to apply: ${count((r) => r.fixed === null)})`,
  );
  out.push('');
  out.push(`${'scenario'.padEnd(42)}${'status'.padEnd(12)}${'diagnosis'.padEnd(40)}fixed`);
  for (const r of ran) {
    const status = `${mark(r.reproduced)} ${r.status}${r.reproduced ? '' : ` got ${r.statuses.join(',')}`}`;
    const diagnosis = `${r.gap ? (r.diagnosed ? 'yes (gap closed)' : 'GAP') : mark(r.diagnosed)} ${r.diagnosis.slice(0, 2).join(',') || 'nothing'}`;
    const fixed = `${mark(r.fixed)}${r.fixed === false ? ` got ${r.statusesAfterFix.join(',') || 'error'}` : ''}`;
    out.push(`${r.id.padEnd(42)}${status.padEnd(12)}${diagnosis.padEnd(40)}${fixed}`);
  }
  const gaps = ran.filter((result) => result.gap && !result.diagnosed);
  if (gaps.length > 0) {
    out.push('', `known diagnosis gaps (${gaps.length}), reported to the diagnosis:`);
    for (const r of gaps) out.push(`  ${r.id}: ${r.gap}`);
  }
  if (notRun.length > 0) {
    out.push('', `!!! NOT RUN (${notRun.length}): servers missing on this machine`);
    for (const r of notRun) out.push(`!!!   ${r.id}: needs ${r.notRun?.join(', ')}`);
  }
  for (const r of ran.filter((result) => result.report)) {
    out.push('', `--- ${r.id} failed${r.error ? `: ${r.error.split('\n')[0]}` : ''}`);
    out.push(`    expected ${r.status} and ${r.cause}; got ${r.statuses.join(',')} and ${r.diagnosis.join(',') || 'no finding'}`);
    if (r.requestErrors.length > 0) out.push(`    requests without a reply: ${r.requestErrors.join('; ')}`);
    out.push(r.report ?? '');
  }
  return out.join('\n');
}
