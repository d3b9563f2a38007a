import type { Server } from './pattern';

/**
 * The owner step about the program that wrote a finding, linked beside the cause's own step: a
 * gunicorn timeout is fixed in gunicorn's settings, a Caddy dial error in its reverse_proxy.
 * Servers without a step of their own (nginx, PHP-FPM…) are covered by the cause's step.
 */
export const SERVER_STEPS: Readonly<Partial<Record<Server, string>>> = {
  caddy: 'owner-caddy',
  traefik: 'owner-traefik',
  haproxy: 'owner-haproxy',
  gunicorn: 'owner-python-app',
  uwsgi: 'owner-python-app',
  node: 'owner-node-app',
  container: 'owner-containers',
};
