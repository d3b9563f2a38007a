import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RequestComposer } from '@/features/request/components/request-composer';
import { nodeIndex } from '@/site/content';
import { currentPath } from '@/features/request/request-input';
import { RequestPage } from '@/features/request/pages/request-page';
import { renderApp, texts as allTexts } from '../../render-app';
import { walkTree } from '../../fixtures/walk-tree';

const texts = allTexts as Record<'en' | 'ru', { common: any; tree: any; request: any; diagnose: any }>;
const letterOf = (container: HTMLElement) => container.querySelector('pre.request-text:not([lang])')!.textContent!;

describe('RequestComposer', () => {
  it('en: the letter lists exactly the checks taken, in order, with their results', async () => {
    const steps = walkTree(() => 'no');
    const { container } = await renderApp('/en/request/', <RequestComposer path={steps} />);
    const { nodes } = texts.en.tree;
    const tried = steps.filter((s) => nodeIndex.get(s.node)?.kind === 'check');
    const listed = letterOf(container).split('\n').filter((line) => /^\d+\. /.test(line));
    expect(listed).toEqual(tried.map((s, i) => `${i + 1}. ${nodes[s.node].title} — ${texts.en.request.results.didNotHelp}`));
  });

  it('en: a typed address goes into the subject and the letter; garbage gets a message and stays out', async () => {
    const { container } = await renderApp('/en/request/', <RequestComposer path={[]} />);
    const field = screen.getByLabelText(texts.en.request.form.address.label);
    fireEvent.change(field, { target: { value: 'example.com' } });
    expect(letterOf(container)).toContain(texts.en.request.letter.site.replace('{{site}}', 'example.com'));
    fireEvent.change(field, { target: { value: 'garbage' } });
    fireEvent.blur(field);
    expect(screen.getByText(texts.en.request.form.address.errors.invalid)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(letterOf(container)).not.toContain('garbage');
  });

  it('en: the time defaults to now and the letter gives it in UTC and Moscow time', async () => {
    const { container } = await renderApp('/en/request/', <RequestComposer path={[]} />);
    await waitFor(() => expect((screen.getByLabelText(texts.en.request.form.when.label) as HTMLInputElement).value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/));
    expect(letterOf(container)).toMatch(/- \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(letterOf(container)).toMatch(/Moscow time \(UTC\+03:00\)/);
  });

  it('ru: adds the English letter on request, marked as English', async () => {
    const { container } = await renderApp('/ru/request/', <RequestComposer path={walkTree(() => 'no')} />);
    fireEvent.click(screen.getByLabelText(texts.ru.request.form.other.label));
    const english = await waitFor(() => container.querySelector('pre[lang="en"]')!);
    expect(english.textContent).toContain(texts.en.request.letter.stepsHeading);
    expect(letterOf(container)).toContain(texts.ru.request.letter.stepsHeading);
  });

  it('owner: the log findings of the diagnosis go into the letter to the host', async () => {
    sessionStorage.setItem('fix502.diagnosis', JSON.stringify({ findings: [{ cause: 'upstream timed out', count: 4, sampleLine: 'the sample' }] }));
    const { container } = await renderApp('/en/request/', <RequestComposer path={[]} />);
    fireEvent.click(screen.getByLabelText(texts.en.request.form.audience.ownerToHost));
    expect(letterOf(container)).toContain('- upstream timed out: 4 lines');
    expect(screen.getByText(texts.en.request.form.findings)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(texts.en.request.form.audience.visitorToIsp));
    expect(letterOf(container)).not.toContain('upstream timed out');
  });

  it('owner: a cause found by the diagnosis is named in the language of each letter', async () => {
    sessionStorage.setItem('fix502.diagnosis', JSON.stringify({ findings: [{ cause: 'socket-missing', count: 2, sampleLine: 'connect() failed' }] }));
    const { container } = await renderApp('/ru/request/', <RequestComposer path={[]} />);
    fireEvent.click(screen.getByLabelText(texts.ru.request.form.audience.ownerToHost));
    expect(letterOf(container)).toContain(texts.ru.diagnose.causes['socket-missing'].title);
    fireEvent.click(screen.getByLabelText(texts.ru.request.form.other.label));
    const english = await waitFor(() => container.querySelector('pre[lang="en"]')!);
    expect(english.textContent).toContain(texts.en.diagnose.causes['socket-missing'].title);
  });

  it('copies, downloads and opens the mail client with the same text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:letter'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { container } = await renderApp('/en/request/', <RequestComposer path={walkTree(() => 'no')} />);
    const r = texts.en.request.form.actions;
    fireEvent.click(screen.getByRole('button', { name: r.copy }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(letterOf(container)));
    fireEvent.click(screen.getByRole('button', { name: r.download }));
    expect(click).toHaveBeenCalled();
    expect(await blobs[0]!.text()).toBe(letterOf(container));
    const mail = screen.getByRole('link', { name: r.mail }).getAttribute('href')!;
    expect(mail).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mail.split('&body=')[1]!)).toContain(texts.en.request.letter.stepsHeading);
  });
});

describe('RequestPage', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`${lang}: shows the path, the picture and the composer under one h1`, async () => {
      const steps = walkTree(() => 'no');
      sessionStorage.setItem('fix502.journey', JSON.stringify(steps));
      await renderApp(`/${lang}/request/`, <RequestPage />);
      const r = texts[lang].request;
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(r.page.title);
      expect(screen.getByRole('region', { name: r.summary.title })).toBeTruthy();
      expect(screen.getByRole('img', { name: r.figure.title })).toBeTruthy();
      expect(screen.getByRole('region', { name: r.form.title })).toBeTruthy();
      expect(screen.getByRole('link', { name: texts[lang].common.nav.back }).getAttribute('href')).toBe(`../${currentPath(steps).at(-1)!.to}/`);
    });
  }
});

describe('local time input', () => {
  it('reads and writes the wall-clock time of the device', async () => {
    const { fromLocalInput, toLocalInput } = await import('@/features/request/local-time-input');
    const date = new Date(2026, 10, 25, 9, 5);
    expect(toLocalInput(date)).toBe('2026-11-25T09:05');
    expect(fromLocalInput('2026-11-25T09:05')).toEqual(date);
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });
});
