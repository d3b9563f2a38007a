import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChainStatusFigure, STATUS_MARKS } from '@/features/request/components/chain-status-figure';
import { CHAIN_LINKS, type ChainStatuses } from '@/request/chain-status';
import { renderApp, texts as allTexts } from '../../render-app';

const texts = allTexts as Record<'en' | 'ru', { common: any; request: any }>;
const statuses: ChainStatuses = {
  browser: 'fine',
  dns: 'fine',
  cdn: 'unknown',
  webServer: 'fine',
  backend: 'suspected',
  database: 'unknown',
};

describe('ChainStatusFigure', () => {
  for (const lang of ['en', 'ru'] as const) {
    const { common, request } = texts[lang];
    const line = (link: string, status: 'fine' | 'suspected' | 'unknown') =>
      request.figure.line.replace('{{link}}', common.figure.chain[link]).replace('{{status}}', request.figure.status[status]);

    it(`${lang}: tells screen readers the status of every link, in order`, async () => {
      await renderApp(`/${lang}/request/`, <ChainStatusFigure statuses={statuses} />);
      const picture = screen.getByRole('img', { name: request.figure.title });
      const description = CHAIN_LINKS.map((link) => line(link, statuses[link])).join(' ');
      expect(picture.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(picture.getAttribute('aria-describedby')!)!.textContent).toBe(`${request.figure.description} ${description}`);
    });

    it(`${lang}: marks each link by a mark and an outline as well as by colour`, async () => {
      const { container } = await renderApp(`/${lang}/request/`, <ChainStatusFigure statuses={statuses} />);
      for (const link of CHAIN_LINKS) {
        const box = container.querySelector(`[data-link="${link}"]`)!;
        expect(box.getAttribute('class')).toContain(`chain-status-${statuses[link]}`);
        expect(box.textContent).toBe(common.figure.chain[link] + STATUS_MARKS[statuses[link]]);
      }
      expect(new Set(Object.values(STATUS_MARKS)).size).toBe(3);
      expect(screen.getByText(request.figure.legend)).toBeTruthy();
    });
  }

  it('two pictures on one page do not share ids', async () => {
    const { container } = await renderApp('/en/request/',
      <>
        <ChainStatusFigure statuses={statuses} />
        <ChainStatusFigure statuses={{ ...statuses, dns: 'suspected' }} />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const [first, second] = screen.getAllByRole('img');
    expect(first!.getAttribute('aria-describedby')).not.toBe(second!.getAttribute('aria-describedby'));
  });
});
