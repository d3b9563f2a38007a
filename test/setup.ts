// Run before every test file (vite.config.ts: test.setupFiles).
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { readTreeLocales } from '@/build/read-locales';
import { provideStepTexts } from '@/shared/step-texts';
import { tree } from '@/site/content';
import { partTextFiles, type TextFileStem } from '@/site/text-files';
import type { Language } from '@/tree/languages';

// Every file of step texts is here, as in the prerender: a page under test never waits for a download.
for (const [key, file] of partTextFiles(tree, readTreeLocales())) {
  const [lang, ...stem] = key.split('/');
  provideStepTexts(lang as Language, stem.join('/') as TextFileStem, file);
}

// Testing Library without vitest globals does not clean up by itself; a tab's answers start afresh.
afterEach(() => {
  cleanup();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear(); // not in the Node-environment files
  vi.restoreAllMocks();
});
