// The app's router in the browser: which move shows when, and when the address follows. Rendered
// without act(), as a browser runs it: act() would flush a transition as fast as an update that is not
// one, and these tests are about that difference.
import { render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { AppRouter } from '@/app/app-router';
import { AppLink } from '@/shared/components/app-link';
import { fulfilled, track, type TrackedPromise } from '@/shared/tracked-promise';
import { controlFrames } from '../frames';

function Page({ name, links }: { name: string; links: string[] }) {
  return (
    <main>
      <h1>{name}</h1>
      {links.map((to) => (
        <AppLink key={to} to={to}>
          to {to}
        </AppLink>
      ))}
    </main>
  );
}

/** Pages /a, /b and /c, each linking to the others; `prepare` says which ones still download something. */
function renderRouter(prepare: (pathname: string) => TrackedPromise<unknown>) {
  return render(
    <AppRouter basename="/" prepare={prepare}>
      <Routes>
        {['a', 'b', 'c'].map((name) => (
          <Route key={name} path={`/${name}`} element={<Page name={name} links={['/a', '/b', '/c'].filter((to) => to !== `/${name}`)} />} />
        ))}
      </Routes>
    </AppRouter>,
  );
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const follow = (to: string) => screen.getByRole('link', { name: `to ${to}` }).click();
/** A microtask: React renders an update of a click's own priority in one; a transition waits for a task. */
const microtask = () => Promise.resolve();

describe('the app router', () => {
  let runFrame: () => void;
  /** The browser paints the frame, then runs the tasks queued for after it. */
  const paint = () => {
    runFrame();
    vi.advanceTimersByTime(0);
  };
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  beforeAll(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterAll(() => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  });
  beforeEach(() => {
    window.history.replaceState(null, '', '/a');
    runFrame = controlFrames();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows a page that is here within the click, before any other task runs', async () => {
    renderRouter(() => fulfilled(undefined));
    expect(heading()).toBe('a');
    follow('/b');
    await microtask();
    expect(heading()).toBe('b');
  });

  it('writes the address once the new page is painted, and in the order of the moves', async () => {
    renderRouter(() => fulfilled(undefined));
    follow('/b');
    await microtask();
    expect(window.location.pathname).toBe('/a');
    paint();
    expect(window.location.pathname).toBe('/b');
    const entries = window.history.length;
    follow('/c');
    await microtask();
    // A move before the last address is written writes that one first.
    follow('/a');
    await microtask();
    expect(window.location.pathname).toBe('/c');
    paint();
    expect(window.location.pathname).toBe('/a');
    expect(window.history.length).toBe(entries + 2);
  });

  it('writes the address at once in a tab that is not shown, which paints nothing', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    renderRouter(() => fulfilled(undefined));
    follow('/b');
    await microtask();
    expect(window.location.pathname).toBe('/b');
  });

  it('keeps the page on screen while the next one downloads, then shows it', async () => {
    let arrive!: () => void;
    const download = track(new Promise<void>((resolve) => (arrive = resolve)));
    renderRouter((pathname) => (pathname === '/b' ? download : fulfilled(undefined)));
    follow('/b');
    await microtask();
    expect(heading()).toBe('a');
    arrive();
    await vi.waitFor(() => expect(heading()).toBe('b'));
  });

  it('shows the last move when an earlier one was still downloading', async () => {
    let arrive!: () => void;
    const download = track(new Promise<void>((resolve) => (arrive = resolve)));
    renderRouter((pathname) => (pathname === '/b' ? download : fulfilled(undefined)));
    follow('/b');
    follow('/c');
    await microtask();
    expect(heading()).toBe('c');
    arrive();
    await download;
    await microtask();
    expect(heading()).toBe('c');
  });

  it('follows the browser back', async () => {
    renderRouter(() => fulfilled(undefined));
    follow('/b');
    await microtask();
    paint();
    window.history.back();
    await vi.waitFor(() => expect(heading()).toBe('a'));
  });
});
