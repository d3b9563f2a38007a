import { vi } from 'vitest';

/**
 * Frames run only when the test says so, and timers are faked: a test can see what happens before the
 * browser paints and after. Returns the function that runs the frame; undo with vi.useRealTimers()
 * and vi.unstubAllGlobals().
 */
export function controlFrames(): () => void {
  const queued = new Map<number, FrameRequestCallback>();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => (queued.set(next, callback), next++));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queued.delete(id));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return () => {
    const due = [...queued.values()];
    queued.clear();
    due.forEach((callback) => callback(0));
  };
}
