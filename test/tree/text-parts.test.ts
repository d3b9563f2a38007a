import { describe, expect, it } from 'vitest';
import { indexNodes } from '@/tree/graph';
import { nodesForStep, textPartOf } from '@/tree/text-parts';
import type { Tree } from '@/tree/types';

const tree: Tree = {
  start: 'start',
  aliases: {},
  nodes: [
    { id: 'start', kind: 'question', options: [{ id: 'visitor', next: 'reload' }, { id: 'owner', next: 'logs' }, { id: 'explain', next: 'about' }] },
    { id: 'about', kind: 'info', next: 'start-again' },
    { id: 'start-again', kind: 'question', options: [{ id: 'visitor', next: 'reload' }, { id: 'owner', next: 'logs' }] },
    { id: 'reload', kind: 'check', yes: 'solved', no: 'contact' },
    { id: 'logs', kind: 'check', yes: 'solved', no: 'host' },
    { id: 'solved', kind: 'outcome', tone: 'solved' },
    { id: 'contact', kind: 'outcome', tone: 'contact' },
    { id: 'host', kind: 'outcome', tone: 'contact' },
  ],
};
const index = indexNodes(tree);
const parts = textPartOf(tree, index);

describe('textPartOf', () => {
  it('puts each side’s own steps in its part', () => {
    expect(parts.get('reload')).toBe('visitor');
    expect(parts.get('contact')).toBe('visitor');
    expect(parts.get('logs')).toBe('owner');
    expect(parts.get('host')).toBe('owner');
  });

  it('shares the start, the pages before the choice, and what both sides reach', () => {
    expect(parts.get('start')).toBe('shared');
    expect(parts.get('about')).toBe('shared');
    expect(parts.get('start-again')).toBe('shared');
    expect(parts.get('solved')).toBe('shared');
  });
});

describe('nodesForStep', () => {
  it('asks for the step and every step one answer on, each once', () => {
    expect(nodesForStep(index, 'start')).toEqual(['start', 'reload', 'logs', 'about']);
    expect(nodesForStep(index, 'reload')).toEqual(['reload', 'solved', 'contact']);
    expect(nodesForStep(index, 'solved')).toEqual(['solved']);
  });
});
