import { describe, expect, it, vi } from 'vitest';
import { fetchStepTexts, provideStepTexts, stepText, useStepTexts } from '@/shared/step-texts';
import type { StepTextFile } from '@/site/text-files';
import { texts } from '../render-app';

const file = (id: string, title: string): StepTextFile => ({ nodes: { [id]: { title, summary: '' } }, commands: { [id]: { steps: [{ id: 'a', code: `run ${id}` }] } } });
const reply = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('stepText', () => {
  it('finds a node’s words and commands in whichever file holds them, in that language only', () => {
    provideStepTexts('en', 'steps/only-here', file('only-here', 'Only here'));
    expect(stepText('en', 'only-here')).toEqual({ text: { title: 'Only here', summary: '' }, commands: { steps: [{ id: 'a', code: 'run only-here' }] } });
    expect(stepText('ru', 'only-here')).toBeUndefined();
  });

  it('holds every step of the tree in both languages once the part files are here (as the setup file gives them)', () => {
    expect(stepText('ru', 'flush-dns')?.text.title).toBe(texts.ru.tree.nodes['flush-dns'].title);
    expect(stepText('en', 'flush-dns')?.commands.variants?.windows?.map((step) => step.code)).toContain('ipconfig /flushdns');
  });
});

describe('fetchStepTexts', () => {
  it('fetches a file once, and says when it has arrived', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(reply(file('fetched', 'Fetched')));
    const first = fetchStepTexts('en', 'steps/fetched');
    expect(fetchStepTexts('en', 'steps/fetched')).toBe(first);
    await first;
    expect(first.status).toBe('fulfilled');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0])).toMatch(/\/texts\/[0-9a-f]{10}\/en\/steps\/fetched\.json$/);
    expect(stepText('en', 'fetched')?.text.title).toBe('Fetched');
  });

  it('tries a failed fetch again the next time it is asked', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(reply({}, 503)).mockResolvedValueOnce(reply(file('flaky', 'Flaky')));
    await expect(fetchStepTexts('ru', 'steps/flaky')).rejects.toThrow('503');
    await expect(fetchStepTexts('ru', 'steps/flaky')).resolves.toEqual(file('flaky', 'Flaky'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('useStepTexts', () => {
  it('gives the lookup at once when the texts are here, and refuses a node the tree does not have', () => {
    const lookup = useStepTexts('en', ['start']);
    expect(lookup('start').text.title).toBe(texts.en.tree.nodes.start.title);
    expect(() => lookup('no-such-node')).toThrow('Missing message for key "nodes.no-such-node" (en)');
  });
});
