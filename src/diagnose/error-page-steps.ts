import type { ErrorPage, Layer } from './error-page';

/**
 * The owner step that a pasted error page opens, by the layer that answered: that layer's own
 * step where there is one, else the backend behind it (a proxy that answers 502 says that what is
 * behind it failed). test/diagnose/error-page.test.ts checks that each one is a node of the tree.
 */
export const LAYER_STEPS: Readonly<Record<Layer, string>> = {
  'cloudflare-host': 'owner-cloudflare-host',
  'cloudflare-own': 'owner-cloudflare-down',
  'cloudflare-tunnel': 'owner-cloudflare-tunnel',
  cloudfront: 'owner-cloudfront',
  'aws-alb': 'owner-aws-alb',
  google: 'owner-google-frontend',
  varnish: 'owner-backend',
  haproxy: 'owner-haproxy',
  apache: 'owner-apache-proxy',
  nginx: 'owner-backend',
  caddy: 'owner-caddy',
  traefik: 'owner-traefik',
};

/** Cloudflare's own codes 520 to 530 have a step that reads each of them. */
const CLOUDFLARE_CODES_STEP = 'owner-cloudflare-52x';

export function stepOfPage(page: ErrorPage): string {
  if (page.layer === 'cloudflare-host' && page.status && /^5(?:2\d|30)$/.test(page.status)) return CLOUDFLARE_CODES_STEP;
  return LAYER_STEPS[page.layer];
}

/** Every step a page can open, for the texts the diagnosis page loads. */
export const PAGE_STEPS: readonly string[] = [...new Set([...Object.values(LAYER_STEPS), CLOUDFLARE_CODES_STEP])];
