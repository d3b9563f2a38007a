import { describe, expect, it } from 'vitest';
import { requestTexts } from './texts';

/** Every key path of a JSON object: "form.address.label", … */
const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('locales/*/request.json', () => {
  it('English and Russian have the same keys', () => {
    expect(keys(requestTexts.ru).sort()).toEqual(keys(requestTexts.en).sort());
  });

  it('no text is empty, and every placeholder of one language is in the other', () => {
    const en = keys(requestTexts.en);
    const at = (texts: object, path: string) => path.split('.').reduce<any>((value, key) => value[key], texts) as string;
    for (const path of en) {
      const [english, russian] = [at(requestTexts.en, path), at(requestTexts.ru, path)];
      expect(english.trim(), path).not.toBe('');
      expect(russian.trim(), path).not.toBe('');
      const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(russian), path).toEqual(placeholders(english));
    }
  });

  it('the Russian texts say no English word of the interface', () => {
    const at = (texts: object, path: string) => path.split('.').reduce<any>((value, key) => value[key], texts) as string;
    const russian = keys(requestTexts.ru).map((path) => at(requestTexts.ru, path)).join('\n');
    for (const word of ['Copy', 'Download', 'Hello', 'Subject', 'tried', 'help']) expect(russian).not.toContain(word);
  });
});
