import { expect } from 'vitest';
import { describePageFacts } from './page-facts';

// The facts of today's stacks that the source articles don't have (Caddy, Traefik, HAProxy, Node.js,
// Python app servers, containers, Kubernetes, cloud load balancers, Cloudflare's 52x and Tunnel, the
// browser's own DNS), each with where it was checked and a phrase a reader finds on its page in each
// language. A fact without its page fails, and so does one that names no source.
describePageFacts("facts of today's stacks", 'stack-facts', (fact) => {
  expect(fact.source, 'a vendor page or where it ran').toMatch(/^(https:\/\/|ran here: )/);
});
