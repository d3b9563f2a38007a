import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JourneySummary } from '@/features/request/components/journey-summary';
import { nodeIndex, tree } from '@/site/content';
import { renderApp, texts as allTexts } from '../../render-app';
import { walkTree } from '../../fixtures/walk-tree';

const texts = allTexts as Record<'en' | 'ru', { common: any; tree: any; request: any }>;
const remember = (steps: unknown) => sessionStorage.setItem('fix502.journey', JSON.stringify(steps));
const hrefOf = (id: string) => (id === tree.start ? '../' : `../${id}/`);

describe('JourneySummary', () => {
  for (const lang of ['en', 'ru'] as const) {
    const { common, request } = texts[lang];
    const nodes = texts[lang].tree.nodes;

    it(`${lang}: lists every answer so far, each with a Change link to its step`, async () => {
      const steps = walkTree(() => 'no');
      remember(steps);
      await renderApp(`/${lang}/request/`, <JourneySummary />);
      const summary = screen.getByRole('region', { name: request.summary.title });
      const items = within(summary).getAllByRole('listitem');
      expect(items).toHaveLength(steps.length);
      steps.forEach((step, i) => {
        const item = items[i]!;
        expect(item.textContent).toContain(nodes[step.node].title);
        // jsdom joins the visible and the hidden part without the space a browser keeps.
        const change = within(item).getByRole('link');
        expect(change.textContent).toBe(`${common.journey.change} ${common.journey.changeHidden.replace('{{question}}', nodes[step.node].title)}`);
        expect(change.getAttribute('href')).toBe(hrefOf(step.node));
        if (nodeIndex.get(step.node)?.kind === 'question') expect(item.textContent).toContain(nodes[step.node].options[step.answer]);
      });
    });

    it(`${lang}: says plainly which checks were tried and did not help, and which helped`, async () => {
      const steps = walkTree((i) => (i === 1 ? 'yes' : 'no'));
      remember(steps);
      await renderApp(`/${lang}/request/`, <JourneySummary />);
      const checks = steps.filter((step) => nodeIndex.get(step.node)?.kind === 'check');
      const failed = checks.filter((step) => step.answer === 'no').length;
      expect(screen.queryAllByText(request.summary.didNotHelp)).toHaveLength(failed);
      expect(screen.queryAllByText(request.summary.helped)).toHaveLength(checks.length - failed);
      expect(checks.some((step) => step.answer === 'yes')).toBe(true);
    });

    it(`${lang}: with no answers it says so and links to the first question`, async () => {
      await renderApp(`/${lang}/request/`, <JourneySummary />);
      expect(screen.getByText(request.summary.empty, { exact: false })).toBeTruthy();
      expect(screen.getByRole('link', { name: request.summary.start }).getAttribute('href')).toBe('../');
      expect(screen.queryByRole('listitem')).toBeNull();
    });
  }

  it('shows only the unbroken path to the latest answer, and skips nodes the tree no longer has', async () => {
    const steps = walkTree(() => 'no');
    remember([{ node: 'a-node-removed-long-ago', answer: 'yes', to: 'gone' }, ...steps]);
    await renderApp('/en/request/', <JourneySummary />);
    expect(screen.getAllByRole('listitem')).toHaveLength(steps.length);
  });

  it('ru: no English word of the interface', async () => {
    remember(walkTree(() => 'no'));
    const { container } = await renderApp('/ru/request/', <JourneySummary />);
    for (const word of [texts.en.request.summary.title, texts.en.request.summary.didNotHelp, texts.en.common.journey.change]) {
      expect(container.textContent).not.toContain(word);
    }
  });
});
