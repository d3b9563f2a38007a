import { describe, it, expect } from 'vitest';
import { isLanguage, LANGUAGES, pickLanguage } from '@/tree/languages';

describe('pickLanguage', () => {
  it('picks Russian when Russian is anywhere in the preferred languages', () => {
    expect(pickLanguage(['en-US', 'ru'])).toBe('ru');
    expect(pickLanguage(['de-DE', 'en', 'ru-RU'])).toBe('ru');
  });

  it('picks Russian whatever the case of the tag', () => {
    expect(pickLanguage(['RU-ru'])).toBe('ru');
  });

  it('picks English for any other language', () => {
    expect(pickLanguage(['de'])).toBe('en');
    expect(pickLanguage(['uk-UA', 'be'])).toBe('en');
  });

  it('picks English when the browser names no language', () => {
    expect(pickLanguage([])).toBe('en');
  });
});

describe('isLanguage', () => {
  it('accepts the languages of the site', () => {
    for (const lang of LANGUAGES) expect(isLanguage(lang)).toBe(true);
  });

  it('rejects other languages, other cases and non-strings', () => {
    for (const value of ['de', 'RU', 'en-US', '', null, undefined, 1, ['en']]) expect(isLanguage(value)).toBe(false);
  });
});
