import { useCallback, useEffect, useRef, useState } from 'react';
import { diagnose, type Diagnosis, type Progress } from '../../diagnose/run';
import type { DiagnoseReply } from '../../diagnose/worker';

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

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const start = useCallback((source: string | Blob) => {
    stop();
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
    const w = new Worker(new URL('../../diagnose/worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = ({ data }: MessageEvent<DiagnoseReply>) => {
      if (data.type === 'progress') progress(data);
      else {
        if (data.type === 'result') finish(data);
        else fail(data.message);
        if (worker.current === w) stop();
      }
    };
    w.onerror = (event) => fail(event.message);
    w.postMessage({ source });
  }, []);

  return [state, start];
}
