// `npm run bench`: the figures of issue 4, medians of several runs, printed as a table and saved to
// test/bench/results.md with the machine and the date. Budgets are checked here, never in tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '@/build/static-server';
import { measureFirstView, measureNextStep, withBrowser, type FirstView, type NextStep } from './first-view';
import { errorPageSizes } from './error-page-sizes';
import { runLighthouse, type LighthouseRun } from './lighthouse';
import { ProjectCopy } from './project-copy';
import { kb, median, seconds } from './stats';
import { syntheticTree } from './synthetic-tree';

const ROOT = join(import.meta.dirname, '../../..');
const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const RUNS = Number(process.env.BENCH_RUNS) || 3;
const GROWTH = (process.env.BENCH_GROWTH ?? '100,1000,10000').split(',').filter(Boolean).map(Number);
const BUDGET_BYTES = 125_000;

const PAGES = [
  { name: 'start page (en)', path: 'en/' },
  { name: 'deep step (en)', path: 'en/owner-restart-php-fpm/debian-ubuntu/' },
  { name: 'Russian step', path: 'ru/flush-dns/windows/' },
];
/** The deep step as plain HTML without scripts, at the same depth: the floor its LCP is compared to. */
const FLOOR = { from: 'en/owner-restart-php-fpm/debian-ubuntu/', to: 'floor/owner-restart-php-fpm/debian-ubuntu/' };

const lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};

async function main() {
  say(`# fix502 benchmark`);
  say();
  say(`${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version} · medians of ${RUNS} runs`);

  say();
  for (const line of errorPageSizes()) say(line);

  const site = new ProjectCopy();
  let server: Server | undefined;
  try {
    site.run('build', { SITE_URL: ORIGIN });
    const dist = join(site.dir, 'dist');
    writeFloorPage(dist);
    server = await serveStatic({ dir: dist, port: PORT, base: '/' });

    await firstViews();
    await everyStepPage(dist);
    await lighthouse();
    precache(dist);
  } finally {
    server?.close();
    site.remove();
  }
  growth();
  diagnoseSpeed();

  const file = join(ROOT, 'test/bench/results.md');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`\nSaved to ${file}`);
}

async function firstViews() {
  say();
  say(`## First view of a step (all bytes sent, gzip; budget ${kb(BUDGET_BYTES)})`);
  say();
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
  say();
  say(`### Every step page (${totals.length}, first view once each)`);
  say();
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
  say();
  say('## Lighthouse 12.8.2, mobile preset (budget 100 / 100 / 100 / 100)');
  say();
  say('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | below 100 |');
  say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  const lcp: Record<string, number> = {};
  for (const page of [...PAGES, { name: 'deep step as plain HTML (floor)', path: FLOOR.to }]) {
    const runs: LighthouseRun[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(ORIGIN + page.path));
    const m = (pick: (r: LighthouseRun) => number) => median(runs.map(pick));
    lcp[page.path] = m((r) => r.lcpMs);
    const failing = [...new Set(runs.flatMap((r) => r.failing))].join(', ') || '—';
    say(`| ${page.name} | ${m((r) => r.performance)} | ${m((r) => r.accessibility)} | ${m((r) => r.bestPractices)} | ${m((r) => r.seo)} | ${Math.round(lcp[page.path]!)} ms | ${Math.round(m((r) => r.tbtMs))} ms | ${m((r) => r.cls).toFixed(3)} | ${failing} |`);
  }
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
  say();
  say(`Offline: after the first view the service worker precaches ${files.length} files, ${kb(bytes)} gzip (both languages, every script).`);
}

function growth() {
  say();
  say('## Cost of growth (synthetic trees, both languages)');
  say();
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
  say();
  say('## Log diagnosis');
  say();
  say(result.status === 0 ? result.stdout.trim() : `diagnose-speed failed: ${result.stderr.slice(-500)}`);
}

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
