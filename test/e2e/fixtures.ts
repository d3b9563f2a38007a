import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
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
export async function runAxe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** A test that opens an unknown URL on purpose sees Chromium log the 404: that one is expected. */
function isExpected404(text: string, page: Page): boolean {
  return /status of 404/.test(text) && (page as Page & { expect404?: boolean }).expect404 === true;
}

export function expect404(page: Page): void {
  (page as Page & { expect404?: boolean }).expect404 = true;
}

export { expect };
