import { useSyncExternalStore } from 'react';
import type { LogFinding } from '@/request/compose';
import { parseDiagnosis } from '@/request/diagnosis';
import { createSessionStore } from '@/shared/session-store';

// What the log diagnosis found, kept in this tab: written by the diagnosis page, read by the request.
const KEY = 'fix502.diagnosis';
const NONE: LogFinding[] = [];
const diagnosisStore = createSessionStore<LogFinding[]>(KEY, parseDiagnosis, NONE);

export function useDiagnosisFindings(): LogFinding[] {
  return useSyncExternalStore(diagnosisStore.subscribe, diagnosisStore.get, diagnosisStore.serverSnapshot);
}

export function rememberDiagnosis(findings: LogFinding[]): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify({ findings }));
  } catch {
    // Storage disabled or full: the diagnosis is still on screen.
  }
}
