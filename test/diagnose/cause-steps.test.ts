import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_STEPS, READ_LOGS_STEP } from '@/diagnose/cause-steps';
import { CAUSES } from '@/diagnose/causes';
import tree from '@/content/tree.json';

const locale = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${lang}/diagnose.json`), 'utf8')) as Record<string, unknown>;

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

describe('cause → owner step', () => {
  it('maps every cause to a node of the tree', () => {
    const ids = new Set((tree as { nodes: { id: string }[] }).nodes.map((node) => node.id));
    expect(Object.keys(CAUSE_STEPS).sort()).toEqual([...CAUSES].sort());
    for (const [cause, step] of Object.entries(CAUSE_STEPS)) expect(ids.has(step), `${cause} → ${step}`).toBe(true);
    expect(ids.has(READ_LOGS_STEP)).toBe(true);
  });
});

describe('locales/{en,ru}/diagnose.json', () => {
  it('have the same keys', () => {
    expect(keys(locale('ru')).sort()).toEqual(keys(locale('en')).sort());
  });

  it('explain every cause', () => {
    for (const lang of ['en', 'ru']) {
      const causes = locale(lang).causes as Record<string, { title: string; explanation: string }>;
      for (const cause of CAUSES) {
        expect(causes[cause]?.title, `${lang} ${cause}`).toBeTruthy();
        expect(causes[cause]?.explanation, `${lang} ${cause}`).toBeTruthy();
      }
    }
  });

  it('show no Cyrillic letter on an English page', () => {
    const en = keys(locale('en')).map((key) => key.split('.').reduce<any>((value, part) => value[part], locale('en')) as string);
    for (const text of en) expect(text).not.toMatch(/[а-яё]/i);
  });
});
