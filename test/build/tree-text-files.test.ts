import { describe, expect, it } from 'vitest';
import { textsVersion, treeTextFiles } from '../../src/build/tree-text-files';
import type { StepTextFile } from '../../src/tree/commands';
import type { Tree, TreeLocale } from '../../src/tree/types';

const tree: Tree = {
  start: 'start',
  aliases: {},
  nodes: [
    { id: 'start', kind: 'question', options: [{ id: 'visitor', next: 'reload' }, { id: 'owner', next: 'logs' }] },
    { id: 'reload', kind: 'check', yes: 'solved', no: 'solved', steps: [{ id: 'press', keys: 'F5' }] },
    { id: 'logs', kind: 'check', yes: 'solved', no: 'solved', steps: [{ id: 'read', code: 'tail /var/log/nginx/error.log', checked: 'ran' }] },
    { id: 'solved', kind: 'outcome', tone: 'solved' },
  ],
};
const locale = (lang: string): TreeLocale => ({
  nodes: Object.fromEntries(tree.nodes.map((node) => [node.id, { title: `${lang} ${node.id}`, summary: `${lang} summary` }])),
});
const files = treeTextFiles(tree, { en: locale('en'), ru: locale('ru') });
const read = (path: string) => JSON.parse(files.get(path)!) as StepTextFile;

describe('treeTextFiles', () => {
  it('writes, per language, a file per step, per node and per part', () => {
    for (const lang of ['en', 'ru']) {
      for (const node of tree.nodes) {
        expect(files.has(`${lang}/steps/${node.id}.json`)).toBe(true);
        expect(files.has(`${lang}/nodes/${node.id}.json`)).toBe(true);
      }
      for (const part of ['shared', 'visitor', 'owner']) expect(files.has(`${lang}/parts/${part}.json`)).toBe(true);
    }
    expect(files.size).toBe(2 * (2 * tree.nodes.length + 3));
  });

  it('puts into a step’s file its texts and those of every step one answer on, in its language', () => {
    const start = read('ru/steps/start.json');
    expect(Object.keys(start.nodes)).toEqual(['start', 'reload', 'logs']);
    expect(start.nodes.reload!.title).toBe('ru reload');
  });

  it('sends the commands with the texts, without the notes on where they were checked', () => {
    const start = read('en/steps/start.json');
    expect(start.commands).toEqual({ reload: { steps: [{ id: 'press', keys: 'F5' }] }, logs: { steps: [{ id: 'read', code: 'tail /var/log/nginx/error.log' }] } });
    expect(read('en/nodes/solved.json')).toEqual({ nodes: { solved: { title: 'en solved', summary: 'en summary' } }, commands: {} });
  });

  it('splits the parts by side', () => {
    expect(Object.keys(read('en/parts/visitor.json').nodes)).toEqual(['reload']);
    expect(Object.keys(read('en/parts/owner.json').nodes)).toEqual(['logs']);
    expect(Object.keys(read('en/parts/shared.json').nodes)).toEqual(['start', 'solved']);
  });
});

describe('textsVersion', () => {
  it('names the same texts the same way, and changes with any of them', () => {
    expect(textsVersion(files)).toBe(textsVersion(new Map([...files].reverse())));
    const changed = new Map(files).set('ru/nodes/solved.json', '{"nodes":{}}');
    expect(textsVersion(changed)).not.toBe(textsVersion(files));
    expect(textsVersion(files)).toMatch(/^[0-9a-f]{10}$/);
  });
});
