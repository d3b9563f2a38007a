import { describe, expect, it } from 'vitest';
import { splitForeignQuotes } from '@/tree/foreign-quotes';

describe('splitForeignQuotes', () => {
  it('marks an English quotation on a Russian page, keeping the quotation marks Russian', () => {
    expect(splitForeignQuotes('Нажмите «Clear host cache» и обновите страницу.', 'ru')).toEqual([
      { text: 'Нажмите «' },
      { text: 'Clear host cache', lang: 'en' },
      { text: '» и обновите страницу.' },
    ]);
  });

  it('leaves Russian quotations and mixed ones on a Russian page alone', () => {
    expect(splitForeignQuotes('Выберите «Удалить данные» или «Настройки Chrome».', 'ru')).toEqual([
      { text: 'Выберите «Удалить данные» или «Настройки Chrome».' },
    ]);
  });

  it('marks several quotations in one text', () => {
    const runs = splitForeignQuotes('«502 Bad Gateway», а ниже — «nginx»', 'ru');
    expect(runs.filter((run) => run.lang === 'en').map((run) => run.text)).toEqual(['502 Bad Gateway', 'nginx']);
    expect(runs.map((run) => run.text).join('')).toBe('«502 Bad Gateway», а ниже — «nginx»');
  });

  it('marks a Russian quotation on an English page', () => {
    expect(splitForeignQuotes('Firefox calls it “Безопасный режим” in Russian.', 'en')).toEqual([
      { text: 'Firefox calls it “' },
      { text: 'Безопасный режим', lang: 'ru' },
      { text: '” in Russian.' },
    ]);
  });

  it('returns text without quotations as one run', () => {
    expect(splitForeignQuotes('Restart PHP-FPM.', 'en')).toEqual([{ text: 'Restart PHP-FPM.' }]);
  });
});
