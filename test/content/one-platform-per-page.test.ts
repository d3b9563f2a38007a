import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTreeLocales } from '@/build/read-locales';
import { LANGUAGES } from '@/tree/languages';
import { loadTree } from '@/tree/load-tree';
import { groupOf } from '@/tree/platform-groups';
import { PLATFORM_DIMENSIONS, type NodeText, type Platform, type TreeNode } from '@/tree/types';
import { PLATFORM_MARKERS } from '../fixtures/platform-markers';

// A platform's page of a step speaks of that platform only: its shared prose is neutral, and what
// concerns another platform lives on that platform's page. Read from the tree and the locales, as the
// step page renders them (texts, then commands), for every variant of every step in both languages.
const root = join(import.meta.dirname, '../..');
const tree = loadTree(JSON.parse(readFileSync(join(root, 'src/content/tree.json'), 'utf8')));
const locales = readTreeLocales();

/** Each text a person reads on the page of `variant`, with the key it comes from. */
function pageTexts(node: TreeNode, text: NodeText, variant: string): [string, string][] {
  const commands = (steps: TreeNode['steps'] = [], prefix: string) =>
    steps.flatMap((step): [string, string][] => (step.code ?? step.keys ? [[`${prefix}${step.id} (command)`, step.code ?? step.keys!]] : []));
  return [
    ['title', text.title],
    ['summary', text.summary],
    ['body', text.body ?? ''],
    ...Object.entries(text.steps ?? {}).map(([id, value]): [string, string] => [`steps.${id}`, value]),
    ...commands(node.steps, 'steps.'),
    ...Object.entries(text.variants?.[variant] ?? {}).map(([id, value]): [string, string] => [`variants.${variant}.${id}`, value]),
    ...commands(node.variants?.[variant], `variants.${variant}.`),
  ];
}

/** A release and its group speak of each other; two releases of one group do not. */
const related = (a: string, b: string) => a === b || groupOf(a) === b || groupOf(b) === a;

/** The markers of the dimension's other platforms, less those this platform shares. */
function foreignMarkers(variant: Platform, all: readonly Platform[]): { platform: Platform; marker: RegExp }[] {
  const own = new Set(PLATFORM_MARKERS[variant].map(String));
  return all
    .filter((other) => !related(variant, other))
    .flatMap((platform) => PLATFORM_MARKERS[platform].filter((marker) => !own.has(String(marker))).map((marker) => ({ platform, marker })));
}

describe('a platform’s page of a step shows nothing of another platform', () => {
  it('knows the markers of every platform', () => {
    for (const platform of Object.values(PLATFORM_DIMENSIONS).flat()) expect(PLATFORM_MARKERS[platform]?.length, platform).toBeGreaterThan(0);
  });

  for (const node of tree.nodes.filter((n) => n.platform)) {
    const all = PLATFORM_DIMENSIONS[node.platform!] as readonly Platform[];
    for (const variant of Object.keys(node.variants ?? {}) as Platform[]) {
      for (const lang of LANGUAGES) {
        it(`${lang}: ${node.id}/${variant}`, () => {
          const found = pageTexts(node, locales[lang].nodes[node.id]!, variant).flatMap(([key, value]) =>
            foreignMarkers(variant, all)
              .filter(({ marker }) => marker.test(value))
              .map(({ platform, marker }) => `${key}: ${marker} of ${platform}`),
          );
          expect(found).toEqual([]);
        });
      }
    }
  }
});
