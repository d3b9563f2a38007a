import { describe, expect, it, vi } from 'vitest';
import { createI18n, hasTexts, loadTreeTexts, type TreeTextSource } from '../../src/shared/i18n';
import { memoizeTextLoader } from '../../src/shared/text-loader-context';
import type { StepTextFile } from '../../src/tree/commands';
import type { TextFileStem, TextPart } from '../../src/tree/text-parts';

describe('memoizeTextLoader', () => {
  it('loads the same needs once, and says at once when they are loaded', async () => {
    const load = vi.fn(async () => {});
    const loader = memoizeTextLoader(load, () => false);
    const first = loader('en', { nodes: ['a', 'b'] });
    expect(loader('en', { nodes: ['b', 'a'] })).toBe(first);
    await first;
    expect(load).toHaveBeenCalledTimes(1);
    expect((first as { status?: string }).status).toBe('fulfilled');
    loader('ru', { nodes: ['a', 'b'] });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('needs nothing for texts that are loaded already, and so never suspends a page for them', () => {
    const load = vi.fn(async () => {});
    const loaded = memoizeTextLoader(load, () => true)('en', { step: 'x' });
    expect((loaded as { status?: string }).status).toBe('fulfilled');
    expect(load).not.toHaveBeenCalled();
  });

  it('tries a failed load again the next time it is asked', async () => {
    let calls = 0;
    const load = vi.fn(async () => {
      if (calls++ === 0) throw new Error('offline');
    });
    const loader = memoizeTextLoader(load, () => false);
    await expect(loader('en', { parts: ['owner'] })).rejects.toThrow('offline');
    await expect(loader('en', { parts: ['owner'] })).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('loadTreeTexts', () => {
  const near: Record<string, string[]> = { start: ['start', 'reload', 'logs'], reload: ['reload', 'solved'] };
  const parts: Record<string, string[]> = { shared: ['start', 'solved'], visitor: ['reload'], owner: ['logs', 'earlier'] };
  const fileOf = (ids: string[]): StepTextFile => ({
    nodes: Object.fromEntries(ids.map((id) => [id, { title: `Title of ${id}`, summary: '' }])),
    commands: Object.fromEntries(ids.map((id) => [id, { steps: [{ id: 'a', code: `run ${id}` }] }])),
  });
  const setup = async () => {
    const i18n = await createI18n(async () => ({}), { en: { common: {} } });
    const fetched: TextFileStem[] = [];
    const restored: string[] = [];
    const source: TreeTextSource = {
      nodesOfStep: (id) => near[id] ?? [id],
      // The page at /start/ holds the start's file, as a prerendered step page does.
      hasFile: (_, stem) => stem === 'steps/start',
      partOf: (id) => Object.entries(parts).find(([, ids]) => ids.includes(id))![0] as TextPart,
      fetchFile: async (_, stem) => {
        fetched.push(stem);
        const [folder, name] = stem.split('/') as [string, string];
        return fileOf(folder === 'steps' ? source.nodesOfStep(name) : parts[name]!);
      },
      restoreCommands: (commands) => restored.push(...Object.keys(commands)),
    };
    return { i18n, fetched, restored, source };
  };

  it('takes a step’s texts from the file its page holds, and the part of an answer that led there', async () => {
    const { i18n, fetched, restored, source } = await setup();
    await loadTreeTexts(i18n, 'en', { step: 'start', nodes: ['start', 'earlier'] }, source);
    expect(fetched.sort()).toEqual(['parts/owner', 'steps/start']);
    expect(restored.sort()).toEqual(['earlier', 'logs', 'logs', 'reload', 'start']);
    expect(hasTexts(i18n, 'en', { step: 'start', nodes: ['earlier'] }, source.nodesOfStep)).toBe(true);
    expect(hasTexts(i18n, 'en', { step: 'reload' }, source.nodesOfStep)).toBe(false);
  });

  it('fetches what a step the page does not hold misses by part, once per part', async () => {
    const { i18n, fetched, source } = await setup();
    await loadTreeTexts(i18n, 'en', { nodes: ['reload'] }, source);
    await loadTreeTexts(i18n, 'en', { step: 'reload' }, source);
    expect(fetched).toEqual(['parts/visitor', 'parts/shared']);
    expect(hasTexts(i18n, 'en', { step: 'reload', parts: ['visitor', 'shared'] }, source.nodesOfStep)).toBe(true);
  });

  it('fetches nothing it has: a step whose neighbours are all here, a part twice', async () => {
    const { i18n, fetched, source } = await setup();
    await loadTreeTexts(i18n, 'en', { parts: ['visitor', 'shared'] }, source);
    await loadTreeTexts(i18n, 'en', { parts: ['visitor'], step: 'reload', nodes: ['solved'] }, source);
    expect(fetched.sort()).toEqual(['parts/shared', 'parts/visitor']);
    expect(hasTexts(i18n, 'en', { parts: ['owner'] }, source.nodesOfStep)).toBe(false);
  });
});
