import { expect } from 'vitest';
import { describeFactsOnPages } from './facts-on-pages';

// The facts of today's stacks that the source articles don't have (Caddy, Traefik, HAProxy, Node.js,
// Python app servers, containers, Kubernetes, cloud load balancers, Cloudflare's 52x and Tunnel, the
// browser's own DNS), each with where it was checked and a phrase a reader finds on its page in each
// language. A fact without its page fails, and so does one that names no source: the vendor's
// documentation page, or "ran here: …" for what was run on this machine's packages.
describeFactsOnPages("facts of today's stacks", 'stack-facts.json', (source) => {
  expect(source, 'a vendor page or where it ran').toMatch(/^(https:\/\/|ran here: )/);
});
