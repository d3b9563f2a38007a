// The Web Worker that analyses a pasted log or a dropped file off the page's thread, so that even
// a 50 MB log never freezes the page. It posts progress after every 1 MB chunk, then the result.
// Nothing is sent anywhere: the worker only talks to the page that started it.
import { diagnose, type Diagnosis, type Progress } from './run';

export type DiagnoseRequest = { source: string | Blob };

export type DiagnoseReply =
  | ({ type: 'progress' } & Progress)
  | ({ type: 'result' } & Diagnosis)
  | { type: 'error'; message: string };

// The worker's global scope, typed by what is used (the project's lib is DOM, not WebWorker).
const scope = self as unknown as {
  postMessage(message: DiagnoseReply): void;
  onmessage: ((event: MessageEvent<DiagnoseRequest>) => void) | null;
};

scope.onmessage = async ({ data }) => {
  try {
    const result = await diagnose(data.source, (progress) => scope.postMessage({ type: 'progress', ...progress }));
    scope.postMessage({ type: 'result', ...result });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
