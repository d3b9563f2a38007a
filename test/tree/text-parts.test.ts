import { describe, expect, it } from 'vitest';
import { indexNodes } from '../../src/tree/graph';
import { isTextFileStem, nodesForStep, partTextFile, stepTextFile, textPartOf } from '../../src/tree/text-parts';
import type { Tree } from '../../src/tree/types';

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

describe('text files', () => {
  it('names a step’s file and a part’s', () => {
    expect(stepTextFile('flush-dns')).toBe('steps/flush-dns');
    expect(partTextFile('owner')).toBe('parts/owner');
  });

  it('accepts only names it could have written (the boot script reads them from the page)', () => {
    for (const stem of ['steps/flush-dns', 'steps/a1', 'parts/shared', 'parts/visitor']) expect(isTextFileStem(stem)).toBe(true);
    for (const stem of ['', 'steps/', 'parts/other', 'steps/Flush', 'steps/../x', 'steps/a/b', 'nodes/a', 'tree', 'other/a']) expect(isTextFileStem(stem)).toBe(false);
  });
});
