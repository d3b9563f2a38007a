// Turns the answers kept in this tab into what the request and the summary show. The facts come
// from the tree and its texts; which question decides what is data (request-prefill.json).
import chainLinksJson from '@/content/chain-links.json';
import prefillJson from '@/content/request-prefill.json';
import { chainStatus, parseChainLinks, type ChainStatuses } from '@/request/chain-status';
import { isAudience, type Audience, type SetupFact, type TriedStep } from '@/request/compose';
import { pathTo, type Journey } from '@/tree/journey';
import type { NodeText } from '@/tree/types';
import { nodeIndex, tree } from '@/site/content';
import type { RequestText } from '@/site/request-text';

export const chainLinks = parseChainLinks(chainLinksJson);

const prefill = prefillJson as { audienceFrom: Record<string, Record<string, string>>; errorPageFrom: string[] };

/** The unbroken chain of answers that ends with the latest one; answers at nodes the tree no longer has are dropped. */
export function currentPath(journey: Journey): Journey {
  const last = journey.at(-1);
  return (last ? pathTo(journey, last.to) : []).filter((step) => nodeIndex.has(step.node));
}

/** Checks become the steps tried; questions (but the first, which the audience already says) become the setup. */
export function describePath(path: Journey, textOf: (id: string) => NodeText, results: RequestText['results']) {
  const steps: TriedStep[] = [];
  const setup: SetupFact[] = [];
  for (const step of path) {
    const kind = nodeIndex.get(step.node)?.kind;
    const text = textOf(step.node);
    if (kind === 'check') {
      steps.push({ title: text.title, result: step.answer === 'yes' ? results.helped : results.didNotHelp });
    } else if (kind === 'question' && step.node !== tree.start && !prefill.errorPageFrom.includes(step.node)) {
      setup.push({ question: text.title, answer: text.options?.[step.answer] ?? step.answer });
    }
  }
  return { steps, setup };
}

/** The audience the answers point to: the owner writes to the host, a visitor to the site's owner. */
export function audienceFor(path: Journey): Audience | null {
  for (const step of path) {
    const audience = prefill.audienceFrom[step.node]?.[step.answer];
    if (isAudience(audience)) return audience;
  }
  return null;
}

/** The error page the person picked in a question about it, as its option's text. */
export function seenFor(path: Journey, textOf: (id: string) => NodeText): string {
  const step = path.findLast((s) => prefill.errorPageFrom.includes(s.node));
  return step ? (textOf(step.node).options?.[step.answer] ?? '') : '';
}

export function chainStatusesFor(path: Journey): ChainStatuses {
  return chainStatus(path, chainLinks);
}
