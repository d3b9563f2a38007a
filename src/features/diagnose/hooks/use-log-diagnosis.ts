import { useCallback, useEffect, useRef, useState } from 'react';
import { diagnose, type Diagnosis, type Progress } from '@/diagnose/run';
import type { DiagnoseReply } from '@/diagnose/worker';

export type DiagnosisState =
  | { kind: 'idle' }
  | { kind: 'working'; percent: number }
  | { kind: 'done'; result: Diagnosis }
  | { kind: 'failed'; message: string };

const percentOf = ({ done, total }: Progress) => (total === 0 ? 100 : Math.floor((done / total) * 100));

/**
 * Runs a diagnosis in a Web Worker, so that a 50 MB log never freezes the page; where there is no
 * Worker (tests, very old browsers) the same code runs here, yielding between 1 MB chunks.
 * Progress is reported in steps of 10 % so that a screen reader is not flooded.
 */
export function useLogDiagnosis(): [DiagnosisState, (source: string | Blob) => void] {
  const [state, setState] = useState<DiagnosisState>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);
  const run = useRef(0);

  // One worker, started with the page: its script is fetched before any log is given, so that
  // analysing a log makes no request at all. A new analysis during one replaces the worker.
  const busy = useRef(false);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => {
    if (typeof Worker !== 'undefined') worker.current = createWorker();
    return stop;
  }, []);

  const start = useCallback((source: string | Blob) => {
    if (busy.current) stop();
    const id = ++run.current;
    const current = () => id === run.current;
    let shown = -1;
    const progress = (p: Progress) => {
      const percent = percentOf(p);
      if (!current() || percent - shown < 10) return;
      shown = percent;
      setState({ kind: 'working', percent });
    };
    const finish = (result: Diagnosis) => current() && setState({ kind: 'done', result });
    const fail = (message: string) => current() && setState({ kind: 'failed', message });
    setState({ kind: 'working', percent: 0 });

    if (typeof Worker === 'undefined') {
      diagnose(source, progress, () => new Promise((resolve) => setTimeout(resolve, 0))).then(finish, (error: unknown) =>
        fail(error instanceof Error ? error.message : String(error)),
      );
      return;
    }
    const w = worker.current ?? createWorker();
    worker.current = w;
    busy.current = true;
    w.onmessage = ({ data }: MessageEvent<DiagnoseReply>) => {
      if (data.type === 'progress') progress(data);
      else {
        busy.current = false;
        if (data.type === 'result') finish(data);
        else fail(data.message);
      }
    };
    w.onerror = (event) => {
      busy.current = false;
      fail(event.message);
    };
    w.postMessage({ source });
  }, []);

  return [state, start];
}

function createWorker(): Worker {
  return new Worker(new URL('../../../diagnose/worker.ts', import.meta.url), { type: 'module' });
}
