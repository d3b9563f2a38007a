import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { firstViewChunks } from '@/build/compile-hints';

const chunk = (fileName: string, { isEntry = false, imports = [] as string[], dynamicImports = [] as string[] } = {}) =>
  ({ type: 'chunk', fileName, isEntry, imports, dynamicImports, code: '' }) as unknown as Rollup.OutputChunk;

describe('the chunks that get the compile hint', () => {
  const bundle = Object.fromEntries(
    [
      chunk('boot.js', { isEntry: true, dynamicImports: ['entry-client.js', 'common-en.js'] }),
      chunk('entry-client.js', { imports: ['framework.js', 'app.js', 'boot.js'], dynamicImports: ['diagnose-page.js'] }),
      chunk('app.js', { imports: ['framework.js'], dynamicImports: ['request.js'] }),
      chunk('framework.js'),
      chunk('common-en.js'),
      chunk('diagnose-page.js', { imports: ['diagnose.js', 'framework.js'] }),
      chunk('diagnose.js'),
      chunk('request.js'),
    ].map((file) => [file.fileName, file]),
  ) as Rollup.OutputBundle;

  it('are the entry, what it imports at once or later, and what those import at once', () => {
    expect(firstViewChunks(bundle).map((file) => file.fileName).sort()).toEqual(['app.js', 'boot.js', 'common-en.js', 'entry-client.js', 'framework.js']);
  });

  it('leave out what only a lazy page loads', () => {
    const names = firstViewChunks(bundle).map((file) => file.fileName);
    for (const lazy of ['diagnose-page.js', 'diagnose.js', 'request.js']) expect(names).not.toContain(lazy);
  });
});
