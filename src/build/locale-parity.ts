// The same words in every language: each namespace's files have the same keys, no empty text, and
// the same {{placeholders}} (a missing one would leave a value out of a sentence in one language).
import { LANGUAGES, type Language } from '@/tree/languages';

export interface LocaleProblem {
  namespace: string;
  key: string;
  message: string;
}

/** Every leaf of a locale file as "a.b.c" → its text. */
export function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  if (typeof value !== 'object' || value === null) return new Map([[prefix, value]]);
  return new Map(Object.entries(value).flatMap(([key, inner]) => [...leaves(inner, prefix ? `${prefix}.${key}` : key)]));
}

const placeholders = (text: string) => (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort().join(' ');

export function localeProblems(namespace: string, files: Record<Language, object>): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const byLang = LANGUAGES.map((lang) => [lang, leaves(files[lang])] as const);
  const keys = new Set(byLang.flatMap(([, texts]) => [...texts.keys()]));
  for (const key of [...keys].sort()) {
    const report = (message: string) => problems.push({ namespace, key, message });
    const present = byLang.filter(([, texts]) => texts.has(key));
    for (const [lang] of byLang.filter(([, texts]) => !texts.has(key))) {
      report(`missing in ${lang} (present in ${present.map(([other]) => other).join(', ')})`);
    }
    for (const [lang, texts] of present) {
      const text = texts.get(key);
      if (typeof text === 'string' && text.trim() === '') report(`empty in ${lang}`);
    }
    const strings = present.filter(([, texts]) => typeof texts.get(key) === 'string');
    const shapes = new Set(strings.map(([, texts]) => placeholders(texts.get(key) as string)));
    if (shapes.size > 1) report(`placeholders differ: ${strings.map(([lang, texts]) => `${lang} "${placeholders(texts.get(key) as string)}"`).join(', ')}`);
  }
  return problems;
}
