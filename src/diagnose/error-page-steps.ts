import type { Layer } from './error-page';

/**
 * The owner step that a pasted error page opens, by the layer that answered. THE PLACE TO UPDATE
 * as owner steps for each proxy land: until then a layer links the nearest step there is (the
 * backend, for a proxy that answered because what is behind it failed).
 * test/diagnose/error-page.test.ts checks that each one is a node of the tree.
 */
export const LAYER_STEPS: Readonly<Record<Layer, string>> = {
  'cloudflare-host': 'owner-cloudflare-host',
  'cloudflare-own': 'owner-cloudflare-down',
  'cloudflare-tunnel': 'owner-cloudflare-host',
  cloudfront: 'owner-cdn',
  'aws-alb': 'owner-backend',
  google: 'owner-google-frontend',
  varnish: 'owner-backend',
  haproxy: 'owner-backend',
  apache: 'owner-apache-proxy',
  nginx: 'owner-backend',
  caddy: 'owner-backend',
  traefik: 'owner-backend',
};
