import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TreeLocale } from '@/tree/types';

type Lang = 'en' | 'ru';

const localesDir = join(import.meta.dirname, '../../locales');
const readJson = (lang: Lang, ns: string) => JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8'));

/** The texts a person reads, from the same files the site is built from. */
export const texts = {
  tree: { en: readJson('en', 'tree') as TreeLocale, ru: readJson('ru', 'tree') as TreeLocale },
  common: { en: readJson('en', 'common'), ru: readJson('ru', 'common') },
};
export const title = (lang: Lang, node: string) => texts.tree[lang].nodes[node]!.title;
export const option = (lang: Lang, node: string, id: string) => texts.tree[lang].nodes[node]!.options![id]!;

export interface Checks {
  /** Runs axe on the page as it is now; any violation fails the test. */
  axe(): Promise<void>;
  /** Page errors and console errors so far (React's hydration errors arrive as either). */
  errors: string[];
}

/**
 * Every test gets a page whose errors are collected; at the end any page error, console error
 * fails the test; the helpers in wizard.ts run axe on every page a test reaches.
 */
export const test = base.extend<{ checks: Checks }>({
  checks: async ({ page }, use) => {
    const errors: string[] = [];
    // Nothing is sent anywhere (DESIGN.md): every request of every test stays on 127.0.0.1.
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(protocol) && hostname !== '127.0.0.1') elsewhere.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !isExpected404(message.text(), page)) errors.push(`console: ${message.text()} (${message.location().url})`);
    });
    const checks: Checks = {
      errors,
      axe: () => runAxe(page),
    };
    await use(checks);
    expect(errors, 'page or console errors').toEqual([]);
    expect(elsewhere, 'requests that left 127.0.0.1').toEqual([]);
  },
});

/** WCAG 2.1 A and AA plus axe's best practices; any violation fails, listed with where it is. */
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  // Passes and the like come back one element each: only the violations are read, and in full.
  resultTypes: ['violations'],
};

// The axe-core that @axe-core/playwright itself depends on, minified: the same engine and rules.
const axeSource = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page itself. @axe-core/playwright injects it twice per check and finishes each
 * run in a new blank tab, which made axe most of the suite's time; what that buys is frames, and
 * pages with frames still go through it. axe is injected once per document, so a walk that moves
 * by the app's own links checks every step with the copy its first page got.
 */
export async function runAxe(page: Page): Promise<void> {
  const violations = page.frames().length > 1 ? (await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze()).violations : await axeInPage(page);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Puts axe-core into every document of a context before the page's own scripts, for a spec that
 * checks page after page: each then costs no injection of its own.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

async function axeInPage(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    return (await axe.run(document, options)).violations;
  }, AXE_OPTIONS);
}

/** A test that opens an unknown URL on purpose sees Chromium log the 404: that one is expected. */
function isExpected404(text: string, page: Page): boolean {
  return /status of 404/.test(text) && (page as Page & { expect404?: boolean }).expect404 === true;
}

export function expect404(page: Page): void {
  (page as Page & { expect404?: boolean }).expect404 = true;
}

export { expect };
