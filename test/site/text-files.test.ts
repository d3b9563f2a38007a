import { describe, expect, it } from 'vitest';
import { commandsOf, isTextFileStem, partTextFile, partTextFiles, stepTextFile, textFileOf, treeSkeleton } from '@/site/text-files';
import { indexNodes } from '@/tree/graph';
import type { Tree, TreeLocale } from '@/tree/types';

const tree: Tree = {
  start: 'start',
  aliases: { old: 'flush' },
  nodes: [
    { id: 'start', kind: 'question', options: [{ id: 'go', next: 'flush' }], figure: 'chain' },
    {
      id: 'flush',
      kind: 'check',
      yes: 'done',
      no: 'done',
      steps: [{ id: 'open', keys: 'Ctrl+R' }],
      platform: 'os',
      variants: { windows: [{ id: 'run', code: 'ipconfig /flushdns', checked: 'ran on Windows 11' }], macos: [{ id: 'run', code: 'sudo killall -HUP mDNSResponder' }] },
    },
    { id: 'done', kind: 'outcome', tone: 'solved' },
  ],
};

describe('treeSkeleton', () => {
  const skeleton = treeSkeleton(tree);
  const flush = skeleton.nodes[1]!;

  it('keeps everything but the commands: kinds, answers, platforms by name, figures, aliases', () => {
    expect(skeleton.start).toBe('start');
    expect(skeleton.aliases).toEqual({ old: 'flush' });
    expect(skeleton.nodes[0]).toEqual(tree.nodes[0]);
    expect(flush).toMatchObject({ kind: 'check', yes: 'done', no: 'done', platform: 'os' });
    expect(Object.keys(flush.variants!)).toEqual(['windows', 'macos']);
  });

  it('leaves no command, and no note on where one was checked, in the bundle', () => {
    expect(flush.steps).toBeUndefined();
    expect(flush.variants).toEqual({ windows: [], macos: [] });
    expect(JSON.stringify(skeleton)).not.toMatch(/ipconfig|Ctrl\+R|ran on/);
  });

  it('does not change the tree it is given', () => {
    expect(tree.nodes[1]!.variants!.windows).toHaveLength(1);
  });
});

describe('commandsOf', () => {
  it('carries a node’s commands, for every platform and per platform, without the notes on where they were checked', () => {
    const commands = commandsOf(indexNodes(tree), ['start', 'flush', 'done']);
    expect(commands).toEqual({
      flush: {
        steps: [{ id: 'open', keys: 'Ctrl+R' }],
        variants: { windows: [{ id: 'run', code: 'ipconfig /flushdns' }], macos: [{ id: 'run', code: 'sudo killall -HUP mDNSResponder' }] },
      },
    });
  });
});

const sides: Tree = {
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
  nodes: Object.fromEntries(sides.nodes.map((node) => [node.id, { title: `${lang} ${node.id}`, summary: `${lang} summary` }])),
});
const files = partTextFiles(sides, { en: locale('en'), ru: locale('ru') });
const read = (path: string) => files.get(path)!;

describe('partTextFiles', () => {
  it('writes, per language, a file per part', () => {
    expect([...files.keys()].sort()).toEqual(['en/parts/owner', 'en/parts/shared', 'en/parts/visitor', 'ru/parts/owner', 'ru/parts/shared', 'ru/parts/visitor']);
    expect(read('ru/parts/visitor').nodes.reload!.title).toBe('ru reload');
  });

  it('sends the commands with the texts, without the notes on where they were checked', () => {
    const start = textFileOf(indexNodes(sides), locale('en'), ['start', 'reload', 'logs']);
    expect(Object.keys(start.nodes)).toEqual(['start', 'reload', 'logs']);
    expect(start.commands).toEqual({ reload: { steps: [{ id: 'press', keys: 'F5' }] }, logs: { steps: [{ id: 'read', code: 'tail /var/log/nginx/error.log' }] } });
    expect((textFileOf(indexNodes(sides), locale('en'), ['solved']))).toEqual({ nodes: { solved: { title: 'en solved', summary: 'en summary' } }, commands: {} });
  });

  it('splits the parts by side', () => {
    expect(Object.keys(read('en/parts/visitor').nodes)).toEqual(['reload']);
    expect(Object.keys(read('en/parts/owner').nodes)).toEqual(['logs']);
    expect(Object.keys(read('en/parts/shared').nodes)).toEqual(['start', 'solved']);
  });
});

describe('file names', () => {
  it('names a step’s file and a part’s', () => {
    expect(stepTextFile('flush-dns')).toBe('steps/flush-dns');
    expect(partTextFile('owner')).toBe('parts/owner');
  });

  it('accepts only names it could have written (the boot script reads them from the page)', () => {
    for (const stem of ['steps/flush-dns', 'steps/a1', 'parts/shared', 'parts/visitor']) expect(isTextFileStem(stem)).toBe(true);
    for (const stem of ['', 'steps/', 'parts/other', 'steps/Flush', 'steps/../x', 'steps/a/b', 'nodes/a', 'tree', 'other/a']) expect(isTextFileStem(stem)).toBe(false);
  });
});
