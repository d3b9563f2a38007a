/**
 * Runs `work` once the browser has painted the current frame. React runs the effects of an update
 * made by a click before that update is painted, so work that only prepares what comes next (texts
 * and figures of the steps one answer on) would otherwise sit between the click and the new step on
 * screen. A frame callback runs before the paint; a task queued from it runs after.
 */
export function afterPaint(work: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    task = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (task !== undefined) clearTimeout(task);
  };
}

/**
 * Runs `work` once the new frame is painted and the browser has nothing more urgent to do: for what
 * prepares the next move (downloads of the texts and figures one answer on, the tab's title), which
 * would otherwise come before the browser's next task, such as showing a tap's feedback. Where there is
 * no idle callback (Safari), a task after the paint.
 */
export function afterPaintWhenIdle(work: () => void): () => void {
  let cancelIdle = () => {};
  const cancelPaint = afterPaint(() => {
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(work, { timeout: 500 });
      cancelIdle = () => cancelIdleCallback(idle);
    } else work();
  });
  return () => {
    cancelPaint();
    cancelIdle();
  };
}
