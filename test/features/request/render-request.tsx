import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nContext } from '../../../src/shared/i18n-context';
import { MemoryRouter, Route, Routes } from 'react-router';
import { createI18n } from '../../../src/shared/i18n';
import { REQUEST_NAMESPACE } from '../../../src/site/request-text';
import { readAllLocales, readLocaleFile } from '../../../src/build/read-locales';
import { tree } from '../../../src/site/content';
import type { JourneyStep } from '../../../src/tree/journey';
import type { Language } from '../../../src/tree/languages';

/** Every text of both languages, the request namespace included. */
export function allTexts() {
  const resources = readAllLocales();
  for (const lang of ['en', 'ru'] as const) resources[lang]![REQUEST_NAMESPACE] = readLocaleFile(lang, REQUEST_NAMESPACE) as Record<string, unknown>;
  return resources;
}

/** `element` on /{lang}/request/, inside the real language route shape and i18next. */
export async function renderAtRequest(lang: Language, element: ReactNode) {
  const i18n = await createI18n(async () => ({}), allTexts());
  const view = render(
    <I18nContext value={i18n}>
      <MemoryRouter initialEntries={[`/${lang}/request/`]}>
        <Routes>
          <Route path="/:lang/request" element={element} />
        </Routes>
      </MemoryRouter>
    </I18nContext>,
  );
  return { ...view, i18n };
}

/**
 * A walk through the current tree, whatever its ids: the first option of each question, `answer`
 * at each check, until an outcome or `limit` answers.
 */
export function walkTree(answer: (checkIndex: number) => 'yes' | 'no', limit = 6): JourneyStep[] {
  const byId = new Map(tree.nodes.map((node) => [node.id, node]));
  const steps: JourneyStep[] = [];
  let node = byId.get(tree.start);
  let checks = 0;
  while (node && node.kind !== 'outcome' && steps.length < limit) {
    const step: JourneyStep =
      node.kind === 'question'
        ? { node: node.id, answer: node.options[0]!.id, to: node.options[0]!.next }
        : node.kind === 'info'
          ? { node: node.id, answer: 'read', to: node.next }
          : ((a) => ({ node: node!.id, answer: a, to: a === 'yes' ? node!.yes : node!.no }))(answer(checks++));
    steps.push(step);
    node = byId.get(step.to);
  }
  return steps;
}
