import { useSyncExternalStore } from 'react';
import type { LogFinding } from '../../request/compose';
import { parseDiagnosis } from '../../request/diagnosis';
import { createSessionStore } from '../session-store';

const NONE: LogFinding[] = [];
/** Written by the diagnosis page; only read here. */
const diagnosisStore = createSessionStore<LogFinding[]>('fix502.diagnosis', parseDiagnosis, NONE);

export function useDiagnosisFindings(): LogFinding[] {
  return useSyncExternalStore(diagnosisStore.subscribe, diagnosisStore.get, diagnosisStore.serverSnapshot);
}
