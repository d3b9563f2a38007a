import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, texts } from '../../render-app';

const locales = texts;
/** Locale markup as a person reads it: `code`, **bold** and [links](node:id) lose their marks. */
const plain = (markup: string) => markup.replace(/`([^`]+)`/g, '$1').replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[([^\]]+)\]\(node:[a-z0-9-]+\)/g, '$1');
const text = (lang: 'en' | 'ru') => ({ common: locales[lang].common, nodes: locales[lang].tree.nodes });

describe('StepPage', () => {
  for (const lang of ['en', 'ru'] as const) {
    const { common, nodes } = text(lang);

    it(`${lang}: shows a check with its platform tabs, commands and answers`, async () => {
      await renderApp(`/${lang}/flush-dns/linux/`);
      expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty('textContent', nodes['flush-dns'].title);
      const tabs = screen.getByRole('region', { name: common.platform.label.os });
      expect(within(tabs).getByRole('link', { name: 'Linux' }).getAttribute('aria-current')).toBe('page');
      expect(within(tabs).getByRole('link', { name: 'macOS' }).getAttribute('href')).toBe('../macos/');
      expect(screen.getByText('sudo resolvectl flush-caches')).toBeTruthy();
      const item = screen.getByText('sudo resolvectl flush-caches').closest('li')!;
      expect(item.textContent).toContain(plain(nodes['flush-dns'].variants.linux.resolved));
      expect(screen.getByRole('link', { name: common.check.yes }).getAttribute('href')).toBe('../../visitor-solved/');
      expect(screen.getByRole('link', { name: common.nav.back })).toBeTruthy();
    });

    it(`${lang}: a question lists each option as a link to the next step`, async () => {
      await renderApp(`/${lang}/`);
      expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty('textContent', nodes.start.title);
      expect(screen.getByRole('link', { name: nodes.start.options.visitor }).getAttribute('href')).toBe('visitor-reload/');
      expect(screen.getByRole('link', { name: nodes.start.options.owner }).getAttribute('href')).toBe('owner-hosting/');
      expect(screen.queryByRole('link', { name: common.nav.back })).toBeNull();
    });

    it(`${lang}: answering moves on and records the answer in the path`, async () => {
      await renderApp(`/${lang}/`);
      fireEvent.click(await screen.findByRole('link', { name: nodes.start.options.visitor }));
      await screen.findByRole('heading', { level: 1, name: nodes['visitor-reload'].title });
      const path = screen.getByRole('complementary', { name: common.journey.title });
      expect(within(path).getByText(nodes.start.options.visitor)).toBeTruthy();
      expect(within(path).getByRole('link', { name: new RegExp(common.journey.change) }).getAttribute('href')).toBe('../');
    });

    it(`${lang}: an unknown step shows the not-found page in the same language`, async () => {
      await renderApp(`/${lang}/no-such-step/`);
      expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty('textContent', common.notFound.title);
      expect(screen.getByRole('link', { name: common.notFound.start }).getAttribute('href')).toBe('../');
    });
  }

  it('an address in a language we do not have shows the not-found page in English, with a way to the start', async () => {
    await renderApp('/xx/flush-dns/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty('textContent', text('en').common.notFound.title);
    expect(screen.getByRole('link', { name: text('en').common.notFound.start }).getAttribute('href')).toBe('../../en/');
  });

  it('ru: no interface word of the English locale shows on a Russian page', async () => {
    const { container } = await renderApp('/ru/owner-restart-php-fpm/debian-ubuntu/');
    await screen.findByRole('heading', { level: 1 });
    const english = text('en').common;
    for (const word of [english.nav.back, english.copy.command, english.check.question, english.nav.startAgain]) {
      expect(container.textContent).not.toContain(word);
    }
  });

  it('opens a step split by release at its old "Debian and Ubuntu" address, with the newest Debian’s commands', async () => {
    await renderApp('/en/owner-backend/debian-ubuntu/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveProperty('textContent', text('en').nodes['owner-backend'].title);
    const tabs = screen.getByRole('region', { name: text('en').common.platform.label.server });
    expect(within(tabs).getByRole('link', { name: 'Debian 13' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('systemctl status php8.4-fpm')).toBeTruthy();
    expect(screen.queryByText('systemctl status php8.2-fpm')).toBeNull();
  });

  it('keeps the release picked earlier when the person clicks "Debian and Ubuntu", and shows it on the next step split by release', async () => {
    sessionStorage.setItem('fix502.platform', JSON.stringify({ server: 'ubuntu-24-04' }));
    await renderApp('/en/owner-web-server/rhel-family/');
    const tabs = await screen.findByRole('region', { name: text('en').common.platform.label.server });
    fireEvent.click(within(tabs).getByRole('link', { name: text('en').common.platform.names['debian-ubuntu'] }));
    await waitFor(() => expect(within(tabs).getByRole('link', { name: text('en').common.platform.names['debian-ubuntu'] }).getAttribute('aria-current')).toBe('page'));
    expect(JSON.parse(sessionStorage.getItem('fix502.platform')!)).toEqual({ server: 'ubuntu-24-04' });
    cleanup();
    await renderApp('/en/owner-backend/');
    await waitFor(() => expect(screen.getByText('systemctl status php8.3-fpm')).toBeTruthy());
    const split = screen.getByRole('region', { name: text('en').common.platform.label.server });
    expect(within(split).getByRole('link', { name: 'Ubuntu 24.04' }).getAttribute('aria-current')).toBe('page');
  });

  it('an answer whose step has platforms opens the platform picked earlier, its address staying the step\'s own', async () => {
    sessionStorage.setItem('fix502.platform', JSON.stringify({ os: 'linux' }));
    await renderApp('/en/flush-dns/macos/');
    const no = await screen.findByRole('link', { name: text('en').common.check.no });
    expect(no.getAttribute('href')).toBe('../../change-dns/');
    fireEvent.click(no);
    await screen.findByRole('heading', { level: 1, name: text('en').nodes['change-dns'].title });
    const tabs = screen.getByRole('region', { name: text('en').common.platform.label.os });
    expect(within(tabs).getByRole('link', { name: 'Linux' }).getAttribute('aria-current')).toBe('page');
  });

  it('the copy button says when copying failed', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('no')) } });
    document.execCommand = () => false;
    await renderApp('/en/flush-dns/windows/');
    const [button] = await screen.findAllByRole('button', { name: /Copy the command/ });
    fireEvent.click(button!);
    await waitFor(() => expect(screen.getByText(text('en').common.copy.failed)).toBeTruthy());
  });

  it('the copy button copies the command and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await renderApp('/en/flush-dns/windows/');
    const [button] = await screen.findAllByRole('button', { name: /Copy the command/ });
    fireEvent.click(button!);
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('ipconfig /flushdns'));
    expect(await screen.findAllByText(text('en').common.copy.done)).not.toHaveLength(0);
  });
});
