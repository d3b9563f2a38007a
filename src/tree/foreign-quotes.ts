import type { Language } from './languages';

export interface TextRun {
  text: string;
  /** Set when the run is in another language than the page (WCAG 3.1.2). */
  lang?: Language;
}

// A Russian page quotes error pages and menus in English: «502 Bad Gateway», «Clear host cache».
// Such a quotation has Latin letters and no Cyrillic; the reverse holds for Russian quoted on an
// English page. Names without quotes (nginx, PHP-FPM) are not marked: they read the same in both.
const QUOTES: Record<Language, { pattern: RegExp; foreign: Language; isForeign: (text: string) => boolean }> = {
  ru: { pattern: /«([^«»]+)»/g, foreign: 'en', isForeign: (t) => /[A-Za-z]/.test(t) && !/[А-Яа-яЁё]/.test(t) },
  en: { pattern: /“([^“”]+)”/g, foreign: 'ru', isForeign: (t) => /[А-Яа-яЁё]/.test(t) && !/[A-Za-z]/.test(t) },
};

/** Splits text so that quotations in the other language can carry their own lang attribute. */
export function splitForeignQuotes(text: string, pageLang: Language): TextRun[] {
  const { pattern, foreign, isForeign } = QUOTES[pageLang];
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const inner = match[1]!;
    if (!isForeign(inner)) continue;
    const start = match.index + 1; // keep the quotation marks in the page's language
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: inner, lang: foreign });
    last = start + inner.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
