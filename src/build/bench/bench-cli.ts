// `npm run bench [-- part…]`: what the site costs, medians of several runs, printed as tables and saved
// to test/bench/results.md with the machine and the date. Budgets are checked here, never in tests.
// Parts (all by default): first-view, every-page, next-step, lighthouse, precache, error-pages, growth,
// diagnose.
//   BENCH_PORT (4190; the next port too), BENCH_RUNS (5 for next-step, 3 for the others),
//   BENCH_GROWTH (tree sizes), BENCH_DIST (a built dist/ to measure instead of building a copy),
//   BENCH_BEFORE (next-step: a build of earlier code to measure in turn with it), BENCH_CLICKS
//   (next-step: only the moves whose names hold one of these comma-separated words, e.g. "owner,ru:"),
//   BENCH_RATES (next-step: the CPU slowdowns, "1,4").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '@/build/static-server';
import { ERROR_PAGES_HEADING, errorPageSizes } from './error-page-sizes';
import { measureFirstView, measureNextStep, withBrowser, type FirstView, type NextStep } from './first-view';
import { runLighthouse, type LighthouseRun } from './lighthouse';
import { measureClick, WEB_VITALS_VERSION, type NextStepCase, type NextStepRun } from './next-step';
import { mergeSections, type Section } from './results-file';
import { ProjectCopy } from './project-copy';
import { kb, median, seconds } from './stats';
import { syntheticTree } from './synthetic-tree';

const ROOT = join(import.meta.dirname, '../../..');
const PORT = Number(process.env.BENCH_PORT) || 4190;
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.BENCH_RUNS) || 3;
const CLICK_RUNS = Number(process.env.BENCH_RUNS) || 5;
const GROWTH = (process.env.BENCH_GROWTH ?? '100,1000,10000').split(',').filter(Boolean).map(Number);
const BUDGET_BYTES = 125_000;

const PAGES = [
  { name: 'start page (en)', path: 'en/' },
  { name: 'deep step (en)', path: 'en/owner-restart-php-fpm/debian-12/' },
  { name: 'Russian step', path: 'ru/flush-dns/windows/' },
];
/** The deep step as plain HTML without scripts, at the same depth: the floor its LCP is compared to. */
const FLOOR = { from: 'en/owner-restart-php-fpm/debian-12/', to: 'floor/owner-restart-php-fpm/debian-12/' };

/**
 * The moves timed from a click to the next step: the first question, a check whose next step moves
 * to the visitor's platform, and an owner check, in both languages; `answer` counts the page's answer links.
 */
const CLICKS: NextStepCase[] = (['en', 'ru'] as const).flatMap((lang) => [
  { name: `${lang}: start → visitor`, path: `${lang}/`, answer: 0 },
  { name: `${lang}: DNS on macOS → "No"`, path: `${lang}/flush-dns/macos/`, answer: 1 },
  { name: `${lang}: owner web server → "No"`, path: `${lang}/owner-web-server/debian-ubuntu/`, answer: 1 },
]);
const CHOSEN_CLICKS = (process.env.BENCH_CLICKS ?? '').split(',').filter(Boolean);
const chosen = (click: NextStepCase) => CHOSEN_CLICKS.length === 0 || CHOSEN_CLICKS.some((word) => click.name.includes(word));
const CPU_RATES = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const CLICK_BUDGET_MS = 100;
const TBT_BUDGET_MS = 50;

const PARTS = ['first-view', 'every-page', 'next-step', 'lighthouse', 'precache', 'error-pages', 'growth', 'diagnose'] as const;
type Part = (typeof PARTS)[number];
/** The results file's sections, in its order, by their headings' first words. */
const SECTION_ORDER = ['First view of a step', 'Every step page', 'The next step', 'Lighthouse 12.8.2, mobile preset', 'Offline', ERROR_PAGES_HEADING, 'Cost of growth', 'Log diagnosis'];

const sections: Section[] = [];
let lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};
/** Starts a section of the results: its heading, then when and where it was measured. */
const section = (heading: string, runs: number) => {
  console.log(`\n## ${heading}\n`);
  lines = [];
  sections.push({ heading, lines });
  say();
  say(`Measured ${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · load ${loadavg()[0]!.toFixed(1)} · ${runs === 1 ? 'one run' : `medians of ${runs} runs`}.`);
  say();
};

function selectedParts(): Set<Part> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`unknown bench part ${unknown.join(', ')}: the parts are ${PARTS.join(', ')}`);
  return new Set((asked.length > 0 ? asked : PARTS) as Part[]);
}

async function main() {
  const parts = selectedParts();
  const needsSite = (['first-view', 'every-page', 'next-step', 'lighthouse', 'precache'] as const).some((part) => parts.has(part));
  if (needsSite) {
    const site = process.env.BENCH_DIST ? null : new ProjectCopy();
    let server: Server | undefined;
    try {
      site?.run('build', { SITE_URL: ORIGIN });
      const dist = site ? join(site.dir, 'dist') : resolve(process.env.BENCH_DIST!);
      writeFloorPage(dist);
      server = await serveStatic({ dir: dist, port: PORT, base: '/' });
      if (parts.has('first-view')) await firstViews();
      if (parts.has('every-page')) await everyStepPage(dist);
      if (parts.has('next-step')) await nextSteps();
      if (parts.has('lighthouse')) await lighthouse();
      if (parts.has('precache')) precache(dist);
    } finally {
      server?.close();
      site?.remove();
    }
  }
  if (parts.has('error-pages')) {
    section(ERROR_PAGES_HEADING, 1);
    for (const line of errorPageSizes()) say(line);
  }
  if (parts.has('growth')) growth();
  if (parts.has('diagnose')) diagnoseSpeed();

  const file = join(ROOT, 'test/bench/results.md');
  mkdirSync(dirname(file), { recursive: true });
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, mergeSections('fix502 benchmark', SECTION_ORDER, previous, sections));
  console.log(`\nSaved to ${file}`);
}

async function firstViews() {
  section(`First view of a step (all bytes sent, gzip; budget ${kb(BUDGET_BYTES)})`, RUNS);
  say('| page | HTML (with its step texts) | JS (with the interface texts) | other | total | budget | requests | next step: requests it waits for | then fetched ahead |');
  say('| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
  let breakdown: FirstView['files'] = [];
  await withBrowser(async (browser) => {
    for (const page of PAGES) {
      const runs: (FirstView & { then: NextStep })[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureFirstView(browser, ORIGIN + page.path, measureNextStep));
      const m = (pick: (v: FirstView & { then: NextStep }) => number) => median(runs.map(pick));
      const total = m((v) => v.bytes.total);
      if (page.path === FLOOR.from) breakdown = runs[0]!.files;
      say(`| ${page.name} | ${kb(m((v) => v.bytes.html))} | ${kb(m((v) => v.bytes.js))} | ${kb(m((v) => v.bytes.other))} | ${kb(total)} | ${verdict(total)} | ${m((v) => v.requests)} | ${m((v) => v.then.before)} | ${m((v) => v.then.after)} |`);
    }
  });
  say();
  say(`Where the deep step's bytes go: ${breakdown.map((file) => `${file.name} ${kb(file.size)}`).join(', ')}.`);
  say();
  say(NEXT_STEP_NOTE);
}

const NEXT_STEP_NOTE =
  "A step's first view holds its own texts and those of every step one answer on, so the next step shows without a request; once it shows, the app fetches the rest of that side's texts, one file, once (with the service worker installed, from its cache).";

const verdict = (total: number) => (total <= BUDGET_BYTES ? 'met' : `missed by ${kb(total - BUDGET_BYTES)}`);

/** The budget is for any step page: every one in the sitemap, both languages, every platform, once each. */
async function everyStepPage(dist: string) {
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.slice(1)).filter((path) => STEP_PAGE.test(path));
  const totals: { path: string; total: number }[] = [];
  await withBrowser(async (browser) => {
    // Two pages at a time, one per core: each in a fresh profile, so they share nothing.
    const queue = [...paths];
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        totals.push({ path, total: (await measureFirstView(browser, ORIGIN + path)).bytes.total });
      }
    };
    await Promise.all([worker(), worker()]);
  });
  totals.sort((a, b) => b.total - a.total);
  const over = totals.filter(({ total }) => total > BUDGET_BYTES);
  section(`Every step page (${totals.length}, first view once each)`, 1);
  say(`Median ${kb(median(totals.map(({ total }) => total)))}, largest ${kb(totals[0]!.total)} (/${totals[0]!.path}): ${over.length === 0 ? 'every one within the budget' : `${over.length} over the budget`}.`);
  say();
  say(`The five largest: ${totals.slice(0, 5).map(({ path, total }) => `/${path} ${kb(total)}`).join(', ')}.`);
  if (over.length > 0) say(`Over the budget: ${over.map(({ path, total }) => `/${path} (${verdict(total)})`).join(', ')}.`);

  // The figures above are what a host sends that serves the build's .gz files (nginx gzip_static);
  // one that compresses every file itself, at gzip's usual level 6, sends a little more.
  const largest = totals[0]!.path;
  const onTheFly = await serveStatic({ dir: dist, port: PORT + 1, base: '/', precompressed: false });
  try {
    const { bytes } = await withBrowser((browser) => measureFirstView(browser, `http://127.0.0.1:${PORT + 1}/${largest}`));
    say();
    say(`From a host that ignores the build's .gz files and compresses each file as it sends it (gzip level 6), /${largest} is ${kb(bytes.total)} (${verdict(bytes.total)}).`);
  } finally {
    onTheFly.close();
  }
}

/** /{lang}/ and /{lang}/{node}/[variant/], not the checklists, the diagnosis or the request page. */
const STEP_PAGE = /^(en|ru)\/(?!(checklist|diagnose|request)\/)([a-z0-9-]+\/){0,2}$/;

async function lighthouse() {
  section('Lighthouse 12.8.2, mobile preset (budget 100 / 100 / 100 / 100, TBT ≤ 50 ms)', RUNS);
  say('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | below 100 |');
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const lcp: Record<string, number> = {};
  const tbt: Record<string, number> = {};
  for (const page of [...PAGES, { name: 'deep step as plain HTML (floor)', path: FLOOR.to }]) {
    const runs: LighthouseRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(ORIGIN + page.path));
    const m = (pick: (r: LighthouseRun) => number) => median(runs.map(pick));
    lcp[page.path] = m((r) => r.lcpMs);
    if (page.path !== FLOOR.to) tbt[page.path] = m((r) => r.tbtMs);
    const failing = [...new Set(runs.flatMap((r) => r.failing))].join(', ') || '—';
    say(`| ${page.name} | ${m((r) => r.performance)} | ${m((r) => r.accessibility)} | ${m((r) => r.bestPractices)} | ${m((r) => r.seo)} | ${Math.round(lcp[page.path]!)} ms | ${Math.round(m((r) => r.tbtMs))} ms | ${m((r) => r.cls).toFixed(3)} | ${failing} |`);
  }
  const overTbt = Object.entries(tbt).filter(([, ms]) => ms > TBT_BUDGET_MS);
  say();
  say(`Total Blocking Time ≤ ${TBT_BUDGET_MS} ms: ${overTbt.length === 0 ? 'met on every page' : `missed on ${overTbt.map(([path, ms]) => `/${path} (${Math.round(ms)} ms)`).join(', ')}`}.`);
  const deep = lcp[FLOOR.from]!;
  const floor = lcp[FLOOR.to]!;
  const over = (deep / floor - 1) * 100;
  say();
  say(`Deep step LCP ${Math.round(deep)} ms vs the same page as plain HTML ${Math.round(floor)} ms: ${over >= 0 ? '+' : ''}${over.toFixed(1)} % (budget ≤ +10 %: ${over <= 10 ? 'met' : 'missed'}).`);
}

function precache(dist: string) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const files = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)![1]!) as string[];
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  section('Offline', 1);
  say(`Offline: after the first view the service worker precaches ${files.length} files, ${kb(bytes)} gzip (both languages, every script).`);
}

function growth() {
  section('Cost of growth (synthetic trees, both languages)', RUNS);
  say('| nodes | pages | validate | build (validate + vite + prerender) |');
  say('| ---: | ---: | ---: | ---: |');
  for (const size of GROWTH) {
    const copy = new ProjectCopy();
    try {
      const { tree, en, ru } = syntheticTree(size);
      copy.write('src/content/tree.json', JSON.stringify(tree));
      copy.write('locales/en/tree.json', JSON.stringify(en));
      copy.write('locales/ru/tree.json', JSON.stringify(ru));
      const runs = size >= 10_000 ? 1 : RUNS;
      const validate = median(Array.from({ length: runs }, () => copy.run('validate')));
      const build = median(Array.from({ length: runs }, () => copy.run('build')));
      const variants = tree.nodes.reduce((n, node) => n + Object.keys(node.variants ?? {}).length, 0);
      const pages = 2 * (tree.nodes.length + variants) + 1;
      say(`| ${tree.nodes.length} | ${pages} | ${seconds(validate)} | ${seconds(build)}${runs === 1 ? ' (1 run)' : ''} |`);
    } finally {
      copy.remove();
    }
  }
}

function diagnoseSpeed() {
  const script = join(ROOT, 'src/build/bench/diagnose-speed.ts');
  if (!existsSync(script)) return;
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [script], { cwd: ROOT, encoding: 'utf8' });
  section('Log diagnosis', 5);
  say(result.status === 0 ? result.stdout.trim() : `diagnose-speed failed: ${result.stderr.slice(-500)}`);
}

async function nextSteps() {
  // BENCH_BEFORE: a build of earlier code, measured in turn with this one, run for run, so that both
  // see the same load on a shared machine; each row then has its "before" row.
  const before = process.env.BENCH_BEFORE ? await serveStatic({ dir: resolve(process.env.BENCH_BEFORE), port: PORT + 1, base: '/' }) : null;
  const builds = [{ label: '', origin: ORIGIN }, ...(before ? [{ label: ' (before)', origin: `http://127.0.0.1:${PORT + 1}/` }] : [])];
  section(`The next step: from the click on an answer to the new step painted (budget ≤ ${CLICK_BUDGET_MS} ms at 4× CPU)`, CLICK_RUNS);
  say('| move | CPU | h1 painted | settled | main-thread CPU | navigations | INP (web-vitals) | TBT, first view | TBT, click | budget |');
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  try {
    await withBrowser(async (browser) => {
      for (const click of CLICKS.filter(chosen)) {
        for (const rate of CPU_RATES) {
          const runs: NextStepRun[][] = builds.map(() => []);
          for (let i = 0; i < CLICK_RUNS; i++) for (const [b, build] of builds.entries()) runs[b]!.push(await measureClick(browser, build.origin, click, rate));
          for (const [b, build] of builds.entries()) {
            const m = (pick: (run: NextStepRun) => number) => Math.round(median(runs[b]!.map(pick)));
            const settled = m((run) => run.settledMs);
            const budget = rate === 4 ? (settled <= CLICK_BUDGET_MS ? 'met' : `missed by ${settled - CLICK_BUDGET_MS} ms`) : '';
            say(`| ${click.name}${build.label} | ${rate}× | ${m((run) => run.h1Ms)} ms | ${settled} ms | ${m((run) => run.cpuMs)} ms | ${m((run) => run.navigations)} | ${m((run) => run.inpMs)} ms | ${m((run) => run.firstViewTbtMs)} ms | ${m((run) => run.clickTbtMs)} ms | ${budget} |`);
          }
        }
      }
    });
  } finally {
    before?.close();
  }
  say();
  say(NEXT_STEP_TIMING_NOTE);
}

const NEXT_STEP_TIMING_NOTE =
  `Each run opens the page in a fresh profile (no service worker) with the CPU slowed by Chromium (CDP Emulation.setCPUThrottlingRate), waits until it is hydrated and quiet, moves the pointer onto the answer, waits until quiet again, and presses (page.mouse: no test tool's own listeners run inside the timed window). "h1 painted": from the click event's time stamp to the frame after the new h1 is in the page (a requestAnimationFrame, then a task after the paint); "settled": the same for the page's last change, such as its move to the visitor's platform. "Main-thread CPU": the page's main thread's CPU time between the two (from a Chrome trace), which other programs on the machine do not inflate as they do the wall clock; at 4× the thread gets a quarter of the time, so ${CLICK_BUDGET_MS} ms at 4× needs about ${CLICK_BUDGET_MS / 4} ms of it. INP is what web-vitals ${WEB_VITALS_VERSION} reports for that click (it is added to the bench's pages only): the time to the frame the compositor presents, so it includes raster and display, which headless Chromium does in software; since the next step renders in the click's own task, that frame holds the new step. TBT (web-vitals has none) adds up each long task's time over 50 ms, as Lighthouse does: at the first view from the first contentful paint until the page is quiet; for the click, from it until the page is quiet again. Budget: "settled" ≤ ${CLICK_BUDGET_MS} ms at 4×; TBT ≤ ${TBT_BUDGET_MS} ms is Lighthouse's, below.`;

function writeFloorPage(dist: string) {
  const html = readFileSync(join(dist, FLOOR.from, 'index.html'), 'utf8')
    .replace(/\s*<script[^>]*>[^<]*<\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  mkdirSync(join(dist, FLOOR.to), { recursive: true });
  writeFileSync(join(dist, FLOOR.to, 'index.html'), html);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
