// `npm run bench`: the figures of issue 4, medians of several runs, printed as a table and saved to
// test/bench/results.md with the machine and the date. Budgets are checked here, never in tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../static-server';
import { measureFirstView, withBrowser, type FirstView } from './first-view';
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

  const site = new ProjectCopy();
  let server: Server | undefined;
  try {
    site.run('build', { SITE_URL: ORIGIN });
    const dist = join(site.dir, 'dist');
    writeFloorPage(dist);
    server = await serveStatic({ dir: dist, port: PORT, base: '/' });

    await firstViews();
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
  say('| page | HTML | JS (incl. locale) | other | total | budget | requests | fetches on next step |');
  say('| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |');
  let breakdown: FirstView['files'] = [];
  await withBrowser(async (browser) => {
    for (const page of PAGES) {
      const runs: FirstView[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureFirstView(browser, ORIGIN + page.path));
      const m = (pick: (v: FirstView) => number) => median(runs.map(pick));
      const total = m((v) => v.bytes.total);
      const verdict = total <= BUDGET_BYTES ? 'met' : `missed by ${kb(total - BUDGET_BYTES)}`;
      if (page.path === FLOOR.from) breakdown = runs[0]!.files;
      say(`| ${page.name} | ${kb(m((v) => v.bytes.html))} | ${kb(m((v) => v.bytes.js))} | ${kb(m((v) => v.bytes.other))} | ${kb(total)} | ${verdict} | ${m((v) => v.requests)} | ${m((v) => v.nextStepRequests)} |`);
    }
  });
  say();
  say(`Where the deep step's bytes go: ${breakdown.map((file) => `${file.name} ${kb(file.size)}`).join(', ')}.`);
}

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
  const script = join(ROOT, 'src/build/bench-diagnose.ts');
  if (!existsSync(script)) return;
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [script], { cwd: ROOT, encoding: 'utf8' });
  say();
  say('## Log diagnosis');
  say();
  say(result.status === 0 ? result.stdout.trim() : `bench-diagnose failed: ${result.stderr.slice(-500)}`);
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
