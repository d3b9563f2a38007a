import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, texts } from '../../render-app';
import type { Language } from '@/tree/languages';

const log = readFileSync(join(import.meta.dirname, '../../fixtures/diagnose/mixed-error-log.txt'), 'utf8');
const text = (lang: Language) => texts[lang].diagnose;
const tree = (lang: Language) => texts[lang].tree.nodes;

/** The page at /{lang}/diagnose/, in the real app. */
async function renderPage(lang: Language) {
  await renderApp(`/${lang}/diagnose/`);
  await screen.findByRole('heading', { level: 1, name: text(lang).title });
}

describe('DiagnosePage', () => {
  for (const lang of ['en', 'ru'] as const) {
    const t = text(lang);

    it(`${lang}: a pasted log shows its causes, most likely first, with lines, explanation and the step`, async () => {
      const fetch = vi.spyOn(globalThis, 'fetch');
      await renderPage(lang);
      expect(screen.getByText(t.privacy)).toBeTruthy();
      fireEvent.change(screen.getByLabelText(t.input.label), { target: { value: log } });
      fireEvent.click(screen.getByRole('button', { name: t.run }));

      const results = await screen.findByRole('region', { name: t.results.title });
      const causes = within(results).getAllByRole('listitem').filter((item) => item.classList.contains('diagnose-cause'));
      expect(causes.map((item) => item.querySelector('h3')!.textContent)).toEqual([
        expect.stringContaining(t.causes['socket-missing'].title),
        expect.stringContaining(t.causes['php-fpm-max-children'].title),
        expect.stringContaining(t.causes['header-too-big'].title),
      ]);
      const first = causes[0]!;
      expect(within(first).getByText(t.causes['socket-missing'].explanation)).toBeTruthy();
      const link = within(first).getByRole('link', { name: t.results.fix.replace('{{step}}', tree(lang)['owner-backend'].title) });
      expect(link.getAttribute('href')).toBe('../owner-backend/');
      const marks = first.querySelectorAll('mark');
      expect(marks).toHaveLength(2);
      expect(marks[0]!.textContent).toBe('connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory)');
      expect(screen.getByRole('status').textContent).toContain('4');
      expect(fetch).not.toHaveBeenCalled();
    });
  }

  it('shows a line holding <script> as text and never runs it', async () => {
    await renderPage('en');
    fireEvent.change(screen.getByLabelText(text('en').input.label), { target: { value: log } });
    fireEvent.click(screen.getByRole('button', { name: text('en').run }));
    const results = await screen.findByRole('region', { name: text('en').results.title });
    expect(results.textContent).toContain('GET /<script>alert(1)</script> HTTP/1.1');
    expect(results.querySelector('script')).toBeNull();
  });

  it('analyses a chosen file at once and says which file', async () => {
    await renderPage('en');
    const file = new File([log], 'error.log', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText(text('en').file.button), { target: { files: [file] } });
    await screen.findByRole('region', { name: text('en').results.title });
    expect(screen.getByRole('status').textContent).toContain('error.log');
  });

  it('analyses a file dropped on the form', async () => {
    await renderPage('ru');
    const file = new File([log], 'error.log', { type: 'text/plain' });
    const form = screen.getByLabelText(text('ru').file.button).closest('form')!;
    fireEvent.drop(form, { dataTransfer: { files: [file], types: ['Files'] } });
    await screen.findByRole('region', { name: text('ru').results.title });
  });

  it('asks for a log when there is none, and says when nothing was found', async () => {
    await renderPage('ru');
    fireEvent.click(screen.getByRole('button', { name: text('ru').run }));
    expect(screen.getByRole('status').textContent).toBe(text('ru').status.empty);
    fireEvent.change(screen.getByLabelText(text('ru').input.label), { target: { value: 'всё спокойно\n' } });
    fireEvent.click(screen.getByRole('button', { name: text('ru').run }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(text('ru').status.none.replace('{{lines}}', '1')));
    expect(screen.queryByRole('region', { name: text('ru').results.title })).toBeNull();
  });

  it('ru: no English word of the page shows', async () => {
    await renderPage('ru');
    fireEvent.change(screen.getByLabelText(text('ru').input.label), { target: { value: log } });
    fireEvent.click(screen.getByRole('button', { name: text('ru').run }));
    await screen.findByRole('region', { name: text('ru').results.title });
    const page = document.querySelector('.diagnose')!;
    for (const word of [text('en').run, text('en').results.title, text('en').results.likely, text('en').results.showLines]) {
      expect(page.textContent).not.toContain(word);
    }
  });

  it('keeps the causes found for the support request page', async () => {
    await renderPage('en');
    fireEvent.change(screen.getByLabelText(text('en').input.label), { target: { value: log } });
    fireEvent.click(screen.getByRole('button', { name: text('en').run }));
    await screen.findByRole('region', { name: text('en').results.title });
    // The page keeps what it found once the results are on screen (an effect after that render).
    await waitFor(() => expect(sessionStorage.getItem('fix502.diagnosis')).not.toBeNull());
    const stored = JSON.parse(sessionStorage.getItem('fix502.diagnosis')!);
    expect(stored.findings[0]).toMatchObject({ cause: 'socket-missing', count: 2 });
    expect(stored.findings[0].sampleLine).toContain('php8.2-fpm.sock');
  });
});
