import { describe, expect, it } from 'vitest';
import { textFileOf, textsVersion, treeTextFiles } from '../../src/build/tree-text-files';
import { indexNodes } from '../../src/tree/graph';
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
  it('writes, per language, a file per part', () => {
    expect([...files.keys()].sort()).toEqual(['en/parts/owner.json', 'en/parts/shared.json', 'en/parts/visitor.json', 'ru/parts/owner.json', 'ru/parts/shared.json', 'ru/parts/visitor.json']);
    expect(read('ru/parts/visitor.json').nodes.reload!.title).toBe('ru reload');
  });

  it('sends the commands with the texts, without the notes on where they were checked', () => {
    const start = JSON.parse(textFileOf(indexNodes(tree), locale('en'), ['start', 'reload', 'logs'])) as StepTextFile;
    expect(Object.keys(start.nodes)).toEqual(['start', 'reload', 'logs']);
    expect(start.commands).toEqual({ reload: { steps: [{ id: 'press', keys: 'F5' }] }, logs: { steps: [{ id: 'read', code: 'tail /var/log/nginx/error.log' }] } });
    expect(JSON.parse(textFileOf(indexNodes(tree), locale('en'), ['solved']))).toEqual({ nodes: { solved: { title: 'en solved', summary: 'en summary' } }, commands: {} });
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
    const changed = new Map(files).set('ru/parts/shared.json', '{"nodes":{}}');
    expect(textsVersion(changed)).not.toBe(textsVersion(files));
    expect(textsVersion(files)).toMatch(/^[0-9a-f]{10}$/);
  });
});
