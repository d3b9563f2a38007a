import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, afterPaintWhenIdle, whenIdle } from '@/shared/after-paint';
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

  it('can wait past the paint for the browser to be idle, and be cancelled while it waits', () => {
    const runFrame = frames();
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (id: number) => idle.splice(id - 1, 1));
    const work = vi.fn();
    afterPaintWhenIdle(work);
    const cancelled = vi.fn();
    const cancel = afterPaintWhenIdle(cancelled);
    runFrame();
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled();
    cancel();
    idle.forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 10 }));
    expect(work).toHaveBeenCalledOnce();
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('runs after the paint where the browser has no idle callback', () => {
    const runFrame = frames();
    vi.stubGlobal('requestIdleCallback', undefined);
    const work = vi.fn();
    afterPaintWhenIdle(work);
    runFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledOnce();
  });

  it('runs idle work in an idle callback with its deadline, or in a task of its own without one', () => {
    const asked: IdleRequestOptions[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options: IdleRequestOptions) => {
      asked.push(options);
      callback({ didTimeout: false, timeRemaining: () => 10 });
    });
    const idle = vi.fn();
    whenIdle(idle, 2000);
    expect(idle).toHaveBeenCalledOnce();
    expect(asked).toEqual([{ timeout: 2000 }]);
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const later = vi.fn();
    whenIdle(later, 2000);
    expect(later).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(later).toHaveBeenCalledOnce();
  });
});
