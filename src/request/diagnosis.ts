import type { LogFinding } from './compose';

/** The diagnosis page's results, kept in this tab as {"findings": [{cause, count, sampleLine}]}; anything else reads as none. */
export function parseDiagnosis(stored: string | null): LogFinding[] {
  try {
    const findings: unknown = (JSON.parse(stored ?? '{}') as { findings?: unknown } | null)?.findings;
    return Array.isArray(findings) ? findings.filter(isFinding) : [];
  } catch {
    return [];
  }
}

function isFinding(value: unknown): value is LogFinding {
  const f = value as LogFinding;
  return (
    typeof f === 'object' && f !== null &&
    typeof f.cause === 'string' && f.cause.trim() !== '' &&
    Number.isInteger(f.count) && f.count >= 0 &&
    typeof f.sampleLine === 'string'
  );
}
