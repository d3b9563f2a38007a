import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../../../test/e2e/chromium';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Weighted audits that did not get a full score: what to look at when a category is below 100. */
  failing: string[];
}

/**
 * Lighthouse 12.8.2 with its default mobile settings (simulated slow 4G and a 4× slower CPU), run
 * with npx so that it stays out of the project's dependencies (TOOLCHAIN.md).
 */
export async function runLighthouse(url: string): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'fix502-lh-'));
  const output = join(dir, 'report.json');
  // Asynchronous: the static server answering Lighthouse runs in this very process.
  const result = await run(
    'npx',
    [
      '-y',
      'lighthouse@12.8.2',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { ...process.env, CHROME_PATH: chromiumPath() },
  );
  try {
    if (result.status !== 0) throw new Error(`lighthouse failed for ${url}:\n${result.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: report.audits['largest-contentful-paint'].numericValue,
      tbtMs: report.audits['total-blocking-time'].numericValue,
      cls: report.audits['cumulative-layout-shift'].numericValue,
      failing: Object.values(report.categories as Record<string, { auditRefs: { id: string; weight: number }[] }>)
        .flatMap((category) => category.auditRefs)
        .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1)
        .map((ref) => ref.id),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stderr });
    });
  });
}
