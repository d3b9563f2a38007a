import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '@/shared/after-paint';
import { controlFrames as frames } from '../frames';

describe('work after the paint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the next frame and then for a task after it', () => {
    const runFrame = frames();
    const work = vi.fn();
    afterPaint(work);
    vi.advanceTimersByTime(100);
    expect(work).not.toHaveBeenCalled();
    runFrame();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledOnce();
  });

  it('does nothing once cancelled, before or after the frame', () => {
    const runFrame = frames();
    const early = vi.fn();
    afterPaint(early)();
    const late = vi.fn();
    const cancel = afterPaint(late);
    runFrame();
    cancel();
    vi.advanceTimersByTime(10);
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
