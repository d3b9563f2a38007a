/**
 * A promise that says whether it has settled, in the fields React's `use` reads: `use` returns the
 * value of a fulfilled one at once instead of suspending for a tick, which keeps a hydration or a
 * prerender whose data is loaded already from waiting.
 */
export type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

export function track<T>(promise: Promise<T>): TrackedPromise<T> {
  const tracked: TrackedPromise<T> = promise;
  tracked.status = 'pending';
  // Block bodies: returning `tracked` itself from these would make the derived promise adopt its
  // rejection, unhandled.
  tracked.then(
    (value) => {
      Object.assign(tracked, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(tracked, { status: 'rejected', reason });
    },
  );
  return tracked;
}

export function fulfilled<T>(value: T): TrackedPromise<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

/**
 * Waits for all of these, and says at once (not a tick later) when there is nothing to wait for: a
 * navigation checks this to render the next page in the same frame as the click.
 */
export function trackAll(promises: readonly (TrackedPromise<unknown> | undefined)[]): TrackedPromise<unknown> {
  const waiting = promises.filter((promise) => promise && promise.status !== 'fulfilled');
  return waiting.length === 0 ? fulfilled(undefined) : track(Promise.all(waiting));
}
