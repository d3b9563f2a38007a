import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTree } from '@/tree/load-tree';
import { groupOf } from '@/tree/platform-groups';
import type { Step } from '@/tree/types';

// A PHP version in a command is right for one release only: such a command must sit on that release's
// page, after the command that lists the versions installed, so that a person on another finds theirs.
const tree = loadTree(JSON.parse(readFileSync(join(import.meta.dirname, '../../src/content/tree.json'), 'utf8')));
const VERSIONED = /php-?(fpm)?\d\.\d|\/\d\.\d\//;
const FINDS_VERSION = 'ls /etc/php/';

describe('commands that name a PHP version', () => {
  for (const node of tree.nodes) {
    const pages: [string, Step[]][] = [['every platform', node.steps ?? []], ...Object.entries(node.variants ?? {})];
    for (const [variant, steps] of pages) {
      const versioned = steps.filter((step) => step.code && VERSIONED.test(step.code));
      if (versioned.length === 0) continue;
      it(`${node.id}/${variant}: are for one release, after the installed versions are listed`, () => {
        expect(groupOf(variant), `${variant} is not a release`).toBeDefined();
        const finds = steps.findIndex((step) => step.code === FINDS_VERSION);
        expect(finds, 'no step lists the installed versions').toBeGreaterThanOrEqual(0);
        for (const step of versioned) expect(steps.indexOf(step), step.id).toBeGreaterThan(finds);
      });
    }
  }

  it('are found at all, so that the check above checks something', () => {
    const count = tree.nodes.flatMap((node) => Object.values(node.variants ?? {}).flat()).filter((step) => step.code && VERSIONED.test(step.code));
    expect(count.length).toBeGreaterThan(10);
  });
});
