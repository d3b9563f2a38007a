/**
 * Runs `work` once the browser has painted the current frame. React runs the effects of an update
 * made by a click before that update is painted, so work that only prepares what comes next (texts
 * and figures of the steps one answer on) would otherwise sit between the click and the new step on
 * screen. A frame callback runs before the paint; a task queued from it runs after.
 *
 * Cancelling only sets a flag: the callbacks still come and find nothing to do. A click cancels the
 * leaving page's waiting work before its next step is painted, and in a profile of one click at 4×
 * CPU Chromium's cancelIdleCallback and clearTimeout took about 14 ms of it.
 */
export function afterPaint(work: () => void): () => void {
  let cancelled = false;
  requestAnimationFrame(() => {
    setTimeout(() => {
      if (!cancelled) work();
    }, 0);
  });
  return () => {
    cancelled = true;
  };
}

/**
 * Runs `work` once the new frame is painted and the browser has nothing more urgent to do: for what
 * prepares the next move (downloads of the texts and figures one answer on, the tab's title), which
 * would otherwise come before the browser's next task, such as showing a tap's feedback. Where there is
 * no idle callback (Safari), a task after the paint.
 */
export function afterPaintWhenIdle(work: () => void): () => void {
  let cancelled = false;
  const unlessCancelled = () => {
    if (!cancelled) work();
  };
  afterPaint(() => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(unlessCancelled, { timeout: 500 });
    else work();
  });
  return () => {
    cancelled = true;
  };
}

/**
 * Runs `work` when the browser has nothing more urgent to do, or after `timeoutMs` at the latest.
 * Where there is no idle callback (Safari), in a task of its own: the next best.
 */
export function whenIdle(work: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: timeoutMs });
  else setTimeout(work, 0);
}
