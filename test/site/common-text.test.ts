import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import ru from '../../locales/ru/common.json';
import { createI18n } from '@/shared/i18n';
import { commonText } from '@/site/common-text';

const load = () => createI18n({ en: { common: en }, ru: { common: ru } });

describe('the interface texts of a language', () => {
  it('are the texts i18next gives, each language its own', async () => {
    const i18n = await load();
    expect(commonText(i18n, 'en')('nav.back')).toBe(en.nav.back);
    expect(commonText(i18n, 'ru')('nav.back')).toBe(ru.nav.back);
  });

  it('fill in their values, a text per set of values', async () => {
    const i18n = await load();
    const t = commonText(i18n, 'en');
    expect(t('platform.detected', { name: 'macOS' })).toBe(i18n.getFixedT('en', 'common')('platform.detected', { name: 'macOS' }));
    expect(t('platform.detected', { name: 'Linux' })).toContain('Linux');
    expect(t('platform.detected', { name: 'macOS' })).not.toBe(t('platform.detected', { name: 'Linux' }));
  });

  it('are made once per language and key, not on every render', async () => {
    const i18n = await load();
    expect(commonText(i18n, 'en')).toBe(commonText(i18n, 'en'));
    const made = commonText(i18n, 'en')('nav.back');
    i18n.addResourceBundle('en', 'common', { nav: { back: 'changed' } }, true, true);
    expect(commonText(i18n, 'en')('nav.back')).toBe(made);
  });

  it('are not kept before the language is loaded', async () => {
    const i18n = await createI18n({});
    expect(() => commonText(i18n, 'en')('nav.back')).toThrow();
    i18n.addResourceBundle('en', 'common', en);
    expect(commonText(i18n, 'en')('nav.back')).toBe(en.nav.back);
  });
});
