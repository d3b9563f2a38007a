// Whole sentences come from the locale files; code only puts run-time values into them.

export type Values = Record<string, string | number>;

/** "{{name}}" → values.name. A placeholder without a value is a bug in the texts, so it throws. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Missing value "${name}" for the text "${template}"`);
    return String(value);
  });
}

/** A sentence in each plural form a language needs (English uses one/other; Russian one/few/many). */
export interface PluralText {
  one: string;
  few: string;
  many: string;
  other: string;
}

export function plural(forms: PluralText, count: number, lang: string, values: Values = {}): string {
  const form = new Intl.PluralRules(lang).select(count) as keyof PluralText;
  return fill(forms[form] ?? forms.other, { ...values, count });
}
