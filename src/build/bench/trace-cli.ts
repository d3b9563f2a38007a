// `npm run bench:trace -- [page] [answer] [cpu]`: what runs at a page's first view and on one click,
// at a slowed CPU (4× by default). Builds an unminified copy (function names as in the source), then
// prints where the main thread's time goes, by function (a V8 CPU profile) and by long task, and saves
// a Chrome trace of each (open in DevTools' Performance panel). Example: -- en/flush-dns/macos/ 1
import type { CDPSession } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serveStatic } from '@/build/static-server';
import { withBrowser } from './first-view';
import { TASK_EVENTS } from './next-step';
import { ProjectCopy } from './project-copy';

const PORT = Number(process.env.BENCH_PORT) || 4190;
const [path = 'en/', answer = '0', rate = '4'] = process.argv.slice(2);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total milliseconds per function (name, file), the largest totals first. */
function byFunction(profile: Profile): { name: string; self: number; total: number }[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').at(-1)}:${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = nodes.get(id)!;
    if (/^\((idle|program|garbage collector)\)$/.test(leaf.callFrame.functionName)) return;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(nodes.get(at)!);
      if (seen.has(name) || name.startsWith('(root)')) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return [...total].map(([name, ms]) => ({ name, self: self.get(name) ?? 0, total: ms })).sort((a, b) => b.total - a.total);
}

/** The renderer main thread's tasks of 10 ms or more, from a Chrome trace. */
function longTasks(traceFile: string): string[] {
  const { traceEvents } = JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents: { name: string; ph: string; dur?: number; ts: number; tid: number; args?: { name?: string } }[] };
  const main = traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')?.tid;
  const tasks = traceEvents.filter((event) => event.tid === main && TASK_EVENTS.has(event.name) && (event.dur ?? 0) >= 10_000);
  const start = tasks[0]?.ts ?? 0;
  return tasks.map((task) => `+${((task.ts - start) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(1)} ms`);
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return profile;
}

function report(title: string, profile: Profile, traceFile: string) {
  const rows = byFunction(profile);
  console.log(`\n## ${title}\n`);
  console.log(`Main-thread tasks ≥ 10 ms: ${longTasks(traceFile).join(', ') || 'none'}`);
  console.log('\nBy total time (ms, self in brackets):');
  const print = (row: { name: string; self: number; total: number }) => console.log(`${row.total.toFixed(1).padStart(8)} (${row.self.toFixed(1).padStart(6)})  ${row.name}`);
  rows.slice(0, 40).forEach(print);
  console.log('\nBy self time:');
  [...rows].sort((a, b) => b.self - a.self).slice(0, 25).forEach(print);
  // The framework's own frames hide which of our functions they run: ours, apart.
  console.log("\nOur code (not the framework chunk, not the browser's own functions), by total time:");
  rows.filter((row) => !/framework-|:0$| :1$/.test(row.name)).slice(0, 30).forEach(print);
  console.log(`\nTrace: ${traceFile}`);
}

async function main() {
  const site = process.env.BENCH_DIST ? null : new ProjectCopy();
  try {
    if (site) {
      const config = readFileSync(join(site.dir, 'vite.config.ts'), 'utf8');
      site.write('vite.config.ts', config.replace('build: {', 'build: {\n    minify: false,'));
      site.run('build');
    }
    const dist = site ? join(site.dir, 'dist') : process.env.BENCH_DIST!;
    const server = await serveStatic({ dir: dist, port: PORT, base: '/' });
    const out = join(tmpdir(), `fix502-trace-${Date.now()}`);
    mkdirSync(out, { recursive: true });
    try {
      await withBrowser(async (browser) => {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
        const firstTrace = join(out, 'first-view.json');
        await browser.startTracing(page, { path: firstTrace });
        const first = await profiled(cdp, async () => {
          await page.goto(`http://127.0.0.1:${PORT}/${path}`, { waitUntil: 'networkidle' });
          await page.waitForSelector('html[data-hydrated]');
          await page.waitForTimeout(1500);
        });
        await browser.stopTracing();
        report(`First view of /${path} at ${rate}× CPU`, first, firstTrace);

        const clickTrace = join(out, 'click.json');
        const title = await page.locator('h1').textContent();
        await browser.startTracing(page, { path: clickTrace });
        // As the bench does: the pointer onto the answer first, then a press, so that none of the test
        // tool's own checks run inside the profile.
        const box = await page.locator('.answers a').nth(Number(answer)).boundingBox();
        if (!box) throw new Error(`/${path}: no answer ${answer}`);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForTimeout(500);
        const click = await profiled(cdp, async () => {
          await page.mouse.down();
          await page.mouse.up();
          await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, title);
          await page.waitForTimeout(1500);
        });
        await browser.stopTracing();
        report(`Answer ${answer} of /${path}, to ${new URL(page.url()).pathname}`, click, clickTrace);
        await context.close();
      });
    } finally {
      server.close();
    }
  } finally {
    site?.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
