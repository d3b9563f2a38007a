import type { Page } from '@playwright/test';
import { expect, option, test, texts, title } from './fixtures';
import { node } from './tree';
import { waitForHydration } from './wizard';
import type { Step } from '@/tree/types';

type Lang = 'en' | 'ru';

/**
 * One walk per stack the owner (or visitor) may run: from the page opened, each answer is an option id of a
 * question or "yes"/"no" of a check, and the walk must end on an outcome. `shows` names the stack's own steps,
 * each of which must show one of its commands.
 */
interface Walk {
  name: string;
  from: string;
  answers: string[];
  shows: string[];
}

const WALKS: Walk[] = [
  { name: 'Caddy in front of a Node.js app', from: 'owner-front', answers: ['caddy', 'no', 'node', 'yes'], shows: ['owner-caddy', 'owner-node-app'] },
  { name: 'Traefik in front of containers', from: 'owner-front', answers: ['traefik', 'no', 'containers', 'yes'], shows: ['owner-traefik', 'owner-containers'] },
  { name: 'HAProxy in front of Gunicorn', from: 'owner-front', answers: ['haproxy', 'no', 'python', 'yes'], shows: ['owner-haproxy', 'owner-python-app'] },
  { name: 'a Kubernetes ingress', from: 'owner-front', answers: ['kubernetes', 'no', 'yes'], shows: ['owner-kubernetes'] },
  { name: 'an AWS load balancer', from: 'owner-front', answers: ['aws-alb', 'no', 'php-fpm', 'yes'], shows: ['owner-aws-alb'] },
  { name: 'CloudFront', from: 'owner-front', answers: ['cloudfront', 'no', 'other', 'yes'], shows: ['owner-cloudfront'] },
  { name: 'Azure Application Gateway', from: 'owner-front', answers: ['azure', 'yes'], shows: ['owner-azure-gateway'] },
  { name: 'Cloudflare’s 52x codes', from: 'owner-front', answers: ['cdn', 'cloudflare-52x', 'no', 'yes'], shows: ['owner-cloudflare-52x'] },
  { name: 'a Cloudflare Tunnel', from: 'owner-front', answers: ['cdn', 'cloudflare-tunnel', 'no', 'php-fpm', 'yes'], shows: ['owner-cloudflare-tunnel'] },
  { name: 'HAProxy’s own error page', from: 'owner-error-page', answers: ['haproxy', 'yes'], shows: ['owner-haproxy'] },
  { name: 'the browser’s own secure DNS', from: 'vpn-proxy-off', answers: ['no', 'yes'], shows: ['browser-secure-dns'] },
];

/** The node an answer leads to, read from the tree the site was built from. */
function nextOf(id: string, reply: string): string {
  const current = node(id);
  if (current.kind === 'question') {
    const chosen = current.options.find((o) => o.id === reply);
    if (!chosen) throw new Error(`${id} has no option "${reply}"`);
    return chosen.next;
  }
  if (current.kind === 'check') return reply === 'yes' ? current.yes : current.no;
  if (current.kind === 'info') return current.next;
  throw new Error(`${id} is an outcome: nothing to answer`);
}

function label(lang: Lang, id: string, reply: string): string {
  const common = texts.common[lang];
  const current = node(id);
  if (current.kind === 'question') return option(lang, id, reply);
  if (current.kind === 'info') return common.check.continue;
  return reply === 'yes' ? common.check.yes : common.check.no;
}

/** A one-line command of the step as the page shows it: of the platform in the URL, else one every platform has. */
function commandOf(id: string, url: string): string {
  const current = node(id);
  const [, , , variant] = new URL(url).pathname.split('/');
  const oneLine = (step: Step) => step.code !== undefined && !step.code.includes('\n');
  const variants = variant ? [current.variants?.[variant] ?? []] : Object.values(current.variants ?? {});
  const shared = (current.steps ?? []).find(oneLine);
  if (shared) return shared.code!;
  const everywhere = variants[0]?.find((step) => oneLine(step) && variants.every((steps) => steps.some((s) => s.code === step.code)));
  if (!everywhere) throw new Error(`${id} shows no one-line command on ${url}`);
  return everywhere.code!;
}

/**
 * Follows an answer as a person would and checks the new step's h1 and focus. Axe is left to
 * every-page.spec.ts, which runs it on each of these pages already: on a loaded machine it would make
 * these walks slower than their timeout.
 */
async function follow(page: Page, label: string, nextTitle: string): Promise<void> {
  await page.getByRole('link', { name: label, exact: true }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(nextTitle);
  await expect(heading).toBeFocused();
}

async function walk(page: Page, lang: Lang, { from, answers, shows }: Walk): Promise<string[]> {
  await page.goto(`/${lang}/${from}/`);
  await waitForHydration(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(title(lang, from));
  const passed = [from];
  let current = from;
  for (const reply of answers) {
    if (shows.includes(current)) await expect(page.locator('code', { hasText: commandOf(current, page.url()) }).first()).toBeVisible();
    const next = nextOf(current, reply);
    await follow(page, label(lang, current, reply), title(lang, next));
    passed.push(next);
    current = next;
  }
  return passed;
}

for (const lang of ['en', 'ru'] as const) {
  test.describe(`${lang}: walks through today's stacks`, () => {
    for (const stack of WALKS) {
      test(`${stack.name}: its step shows its commands and the walk reaches an outcome`, async ({ page, checks }) => {
        test.setTimeout(120_000);
        const passed = await walk(page, lang, stack);
        expect(checks.errors).toEqual([]);
        for (const id of stack.shows) expect(passed).toContain(id);
        expect(node(passed.at(-1)!).kind).toBe('outcome');
      });
    }

    test('an owner on a server is asked what answers the visitors first', async ({ page, checks }) => {
      await page.goto(`/${lang}/owner-hosting/`);
      await waitForHydration(page);
      await follow(page, option(lang, 'owner-hosting', 'server'), title(lang, 'owner-front'));
      expect(checks.errors).toEqual([]);
      for (const id of ['caddy', 'traefik', 'haproxy', 'kubernetes', 'cdn', 'aws-alb', 'cloudfront', 'azure']) {
        await expect(page.getByRole('link', { name: option(lang, 'owner-front', id), exact: true })).toBeVisible();
      }
    });

    test('Safari’s page of the secure-DNS step speaks of iCloud Private Relay', async ({ page, checks }) => {
      await page.goto(`/${lang}/browser-secure-dns/safari/`);
      await waitForHydration(page);
      expect(checks.errors).toEqual([]);
      const relay = texts.tree[lang].nodes['browser-secure-dns']!.variants!.safari!.relay!;
      await expect(page.getByText(relay.slice(0, 40))).toBeVisible();
      await expect(page.locator('code', { hasText: 'chrome://' })).toHaveCount(0);
    });
  });
}
