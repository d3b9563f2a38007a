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
