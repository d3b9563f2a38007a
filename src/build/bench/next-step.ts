import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';

/** One answer to click: the page it is on, which of its `.answers` links, and what that step is called. */
export interface NextStepCase {
  name: string;
  path: string;
  answer: number;
}

export interface NextStepRun {
  /** From the click (the event's own time stamp) to the frame that shows the new step's h1. */
  h1Ms: number;
  /** From the click to the frame after the page's last change: the step as it stays (its platform too). */
  settledMs: number;
  /** Navigations the click led to (a step that moves to the visitor's platform makes two). */
  navigations: number;
  /**
   * Main-thread CPU time from the click to the settled frame (a Chrome trace's thread time): unlike the
   * wall-clock figures, it does not grow when other programs share the machine's cores.
   */
  cpuMs: number;
  /** Interaction to Next Paint of that click, as the web-vitals library reports it. */
  inpMs: number;
  /** Total Blocking Time of the first view (first contentful paint until the page is quiet). */
  firstViewTbtMs: number;
  /** Total Blocking Time from the click until the page is quiet again. */
  clickTbtMs: number;
}

// web-vitals is put into the bench's pages only, before any of their own scripts: the site never ships it.
// Its package exports no file paths: they are found from its main module's folder (dist/).
const WEB_VITALS_DIST = dirname(createRequire(import.meta.url).resolve('web-vitals'));
// Playwright runs an init script in a scope of its own: the IIFE's `var webVitals` is made global here.
const WEB_VITALS = `${readFileSync(join(WEB_VITALS_DIST, 'web-vitals.iife.js'), 'utf8')}\nwindow.webVitals = webVitals;`;
export const WEB_VITALS_VERSION: string = JSON.parse(readFileSync(join(WEB_VITALS_DIST, '../package.json'), 'utf8')).version;

/** What the probe keeps in the page, on the clock of performance.now(). */
interface Probe {
  longTasks: { start: number; duration: number }[];
  inp: number | null;
  clickAt: number | null;
  navigations: number;
  h1PaintedAt: number | null;
  lastPaintedAt: number | null;
  lastChangeAt: number;
}

/**
 * Runs in every page before its scripts (so it must not use anything of this module). Long tasks,
 * INP, the click's time stamp, and the client-side navigations that follow it.
 */
function installProbe() {
  const probe: Probe = { longTasks: [], inp: null, clickAt: null, navigations: 0, h1PaintedAt: null, lastPaintedAt: null, lastChangeAt: 0 };
  (window as unknown as { benchProbe: Probe }).benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const vitals = (window as unknown as { webVitals: { onINP(report: (metric: { value: number }) => void, options: object): void } }).webVitals;
  // 16 ms, the shortest event duration the browser reports: a fast click still gets a value.
  vitals.onINP((metric) => (probe.inp = metric.value), { reportAllChanges: true, durationThreshold: 16 });
  addEventListener(
    'click',
    (event) => {
      if (probe.clickAt !== null) return;
      probe.clickAt = event.timeStamp;
      performance.mark('bench:click');
    },
    { capture: true },
  );
  const history = window.history;
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History['pushState']>) => {
      if (probe.clickAt !== null) probe.navigations++;
      original(...args);
    };
  }
}

/**
 * Watches the page from now on: when the h1 changes, and when each change is painted. (These two
 * run in the page, so they name no function inside: tsx would wrap it in a helper the page lacks.)
 */
function watchChanges() {
  const probe = (window as unknown as { benchProbe: Probe }).benchProbe;
  const title = document.querySelector('h1')?.textContent;
  new MutationObserver(() => {
    if (probe.clickAt === null) return;
    probe.lastChangeAt = performance.now();
    const h1Changed = probe.h1PaintedAt === null && document.querySelector('h1')?.textContent !== title;
    // A frame's callbacks run before it is painted; a task queued from one runs after that paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const at = performance.now();
        if (h1Changed) probe.h1PaintedAt ??= at;
        probe.lastPaintedAt = at;
        performance.mark('bench:painted');
      };
      channel.port2.postMessage(null);
    });
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** A task of a thread's loop, as Chromium names it in its traces (older versions: RunTask). */
export const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing', '__metadata'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  args?: { name?: string };
}

/** The CPU time of the page's main thread between the click's mark and the last painted one, in ms. */
function mainThreadCpu(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const marks = traceEvents.filter((event) => event.name === 'bench:click' || event.name === 'bench:painted');
  const main = marks[0]?.tid;
  const from = marks.find((event) => event.name === 'bench:click')?.ts ?? 0;
  const to = Math.max(...marks.filter((event) => event.name === 'bench:painted').map((event) => event.ts));
  const tasks = traceEvents.filter((event) => event.tid === main && TASK_EVENTS.has(event.name) && event.ph === 'X');
  // A task that straddles an end counts in part, in the share of its wall time inside the window.
  return (
    tasks.reduce((sum, task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = Math.min(end, to) - Math.max(task.ts, from);
      return inside <= 0 || !task.dur ? sum : sum + ((task.tdur ?? task.dur) * inside) / task.dur;
    }, 0) / 1000
  );
}

const blocking = (tasks: Probe['longTasks'], from: number, to = Infinity) =>
  tasks.filter((task) => task.start >= from && task.start < to).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

/** How long the page must stay still (wall clock) to count as settled: longer than React's 300 ms hold. */
const QUIET_MS = 1000;

async function waitQuiet(page: Page, since: () => Promise<number>): Promise<void> {
  for (let last = await since(); ; ) {
    await page.waitForTimeout(QUIET_MS);
    const now = await since();
    if (now === last) return;
    last = now;
  }
}

/**
 * Opens the case's page in a fresh profile with the CPU slowed `cpuRate` times (as Lighthouse's
 * mobile preset does), waits until it is hydrated and quiet, clicks the answer, and measures the move.
 */
export async function measureClick(browser: Browser, origin: string, step: NextStepCase, cpuRate: number): Promise<NextStepRun> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.addInitScript(WEB_VITALS);
    await page.addInitScript(installProbe);
    await page.goto(origin + step.path, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-hydrated]');
    const longTaskCount = () => page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe.longTasks.length);
    await waitQuiet(page, longTaskCount);
    const firstView = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      longTasks: (window as unknown as { benchProbe: Probe }).benchProbe.longTasks,
    }));
    const firstViewTbtMs = blocking(firstView.longTasks, firstView.fcp);
    // The pointer goes to the answer first, as a hand does, and then presses: with page.mouse, not
    // the locator's click(), whose checks and event listeners of its own ran in the page between the
    // press and the app's handler and were timed with it.
    const link = page.locator('.answers a').nth(step.answer);
    await link.scrollIntoViewIfNeeded();
    const box = await link.boundingBox();
    if (!box) throw new Error(`${step.path}: answer ${step.answer} is not on the page`);
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(x, y);
    await waitQuiet(page, longTaskCount);
    await page.evaluate(watchChanges);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.mouse.click(x, y);
    await page.waitForFunction(() => (window as unknown as { benchProbe: Probe }).benchProbe.h1PaintedAt !== null);
    await waitQuiet(page, () => page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe.lastChangeAt));
    // web-vitals reports INP from an idle callback, after the interaction's entries are all in.
    await page.waitForFunction(() => (window as unknown as { benchProbe: Probe }).benchProbe.inp !== null, undefined, { timeout: 10_000 });
    const trace = await browser.stopTracing();
    const probe = await page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe);
    const clickAt = probe.clickAt!;
    return {
      h1Ms: probe.h1PaintedAt! - clickAt,
      settledMs: probe.lastPaintedAt! - clickAt,
      navigations: probe.navigations,
      cpuMs: mainThreadCpu(trace),
      inpMs: probe.inp!,
      firstViewTbtMs,
      clickTbtMs: blocking(probe.longTasks, clickAt),
    };
  } finally {
    await context.close();
  }
}
