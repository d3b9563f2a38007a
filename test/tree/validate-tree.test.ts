import { readFileSync } from 'node:fs';
import { SITE_NAMES } from '@/site/paths';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { loadTree } from '@/tree/load-tree';
import type { TreeNode } from '@/tree/types';
import { expectedKeys, validateTree, type Problem, type TreeLocales } from '@/tree/validate-tree';
import * as fixtures from '../fixtures/trees';
import type { TreeFixture } from '../fixtures/trees';

/** The problems of a fixture without their messages, in a stable order. */
function problemsOf({ tree, locales }: TreeFixture) {
  return validateTree(tree, locales, SITE_NAMES)
    .map(({ code, node, lang, key }: Problem) => ({ code, node, lang, key }))
    .sort((a, b) => `${a.code} ${a.node} ${a.key}`.localeCompare(`${b.code} ${b.node} ${b.key}`));
}

describe('validateTree', () => {
  it('finds no problem in the valid tree', () => {
    expect(validateTree(fixtures.validTree, fixtures.validLocales, SITE_NAMES)).toEqual([]);
  });

  describe('structure', () => {
    it('reports an option whose next points to no node, at its question', () => {
      expect(problemsOf(fixtures.danglingOption)).toEqual([{ code: 'dangling-next', node: 'start' }]);
    });

    it('reports a check whose "yes" points to no node', () => {
      expect(problemsOf(fixtures.danglingYes)).toEqual([{ code: 'dangling-next', node: 'flush-dns' }]);
    });

    it('reports a check whose "no" points to no node', () => {
      expect(problemsOf(fixtures.danglingNo)).toEqual([{ code: 'dangling-next', node: 'owner-logs' }]);
    });

    it('reports a question without options as leading nowhere, and so reaching no outcome', () => {
      expect(problemsOf(fixtures.questionWithoutOptions)).toEqual([
        { code: 'dangling-next', node: 'empty-question' },
        { code: 'no-outcome', node: 'empty-question' },
      ]);
    });

    it('reports a node that no path from the start reaches', () => {
      expect(problemsOf(fixtures.unreachableNode)).toEqual([{ code: 'unreachable', node: 'orphan' }]);
    });

    it('reports every node on a cycle', () => {
      expect(problemsOf(fixtures.cycle)).toEqual([
        { code: 'cycle', node: 'flush-dns' },
        { code: 'cycle', node: 'reload' },
      ]);
    });

    it('reports a check that leads back to itself', () => {
      expect(problemsOf(fixtures.selfLoop)).toEqual([{ code: 'cycle', node: 'owner-logs' }]);
    });

    it('reports the nodes of a loop with no way out as reaching no outcome', () => {
      expect(problemsOf(fixtures.noWayOut)).toEqual([
        { code: 'cycle', node: 'flush-dns' },
        { code: 'cycle', node: 'reload' },
        { code: 'no-outcome', node: 'flush-dns' },
        { code: 'no-outcome', node: 'reload' },
      ]);
    });

    it('reports a node of an unknown kind, which then cannot be an outcome either', () => {
      expect(problemsOf(fixtures.unknownKind)).toEqual([
        { code: 'no-outcome', node: 'contact-site' },
        { code: 'unknown-kind', node: 'contact-site' },
      ]);
    });

    it('reports an outcome of an unknown tone', () => {
      expect(problemsOf(fixtures.unknownTone)).toEqual([{ code: 'unknown-tone', node: 'contact-site' }]);
    });

    it('reports a start that is no node, naming the missing id', () => {
      expect(problemsOf(fixtures.missingStart)).toEqual([{ code: 'missing-start', node: 'begin' }]);
    });
  });

  describe('ids and aliases', () => {
    it('reports an id that is the name of a page of the site', () => {
      expect(problemsOf(fixtures.reservedId)).toEqual([{ code: 'reserved-id', node: 'checklist' }]);
    });

    it('reports an id that is not lowercase kebab-case', () => {
      expect(problemsOf(fixtures.badId)).toEqual([{ code: 'bad-id', node: 'Contact_Site' }]);
    });

    it('reports an id used by two nodes', () => {
      expect(problemsOf(fixtures.duplicateId)).toEqual([{ code: 'duplicate-id', node: 'solved' }]);
    });

    it('reports an alias that points to no node as a dangling next, naming the alias', () => {
      expect(problemsOf(fixtures.aliasToNowhere)).toEqual([{ code: 'dangling-next', node: 'old-page' }]);
    });

    it('reports an alias that is also the id of a node', () => {
      expect(problemsOf(fixtures.aliasOfNodeId)).toEqual([{ code: 'bad-alias', node: 'flush-dns' }]);
    });

    it('reports an alias that is not lowercase kebab-case', () => {
      expect(problemsOf(fixtures.badAlias)).toEqual([{ code: 'bad-alias', node: 'Old_Page' }]);
    });

    it('reports an alias that is the name of a page of the site', () => {
      expect(problemsOf(fixtures.reservedAlias)).toEqual([{ code: 'reserved-id', node: 'diagnose' }]);
    });
  });

  describe('platforms and steps', () => {
    it('reports a variant with an empty list of commands', () => {
      expect(problemsOf(fixtures.emptyVariant)).toEqual([{ code: 'empty-variant', node: 'flush-dns' }]);
    });

    it('reports a node that varies by a dimension but has no variants', () => {
      expect(problemsOf(fixtures.noVariants)).toEqual([{ code: 'empty-variant', node: 'flush-dns' }]);
    });

    it('reports a variant that is not a list of steps instead of throwing', () => {
      expect(problemsOf(fixtures.variantNotAList)).toEqual([{ code: 'empty-variant', node: 'flush-dns' }]);
    });

    it('reports an unknown platform dimension', () => {
      expect(problemsOf(fixtures.unknownDimension)).toEqual([{ code: 'unknown-platform', node: 'flush-dns' }]);
    });

    it('reports a dimension named like a property of every object instead of throwing', () => {
      expect(problemsOf(fixtures.dimensionFromObjectPrototype)).toEqual([{ code: 'unknown-platform', node: 'flush-dns' }]);
    });

    it('reports variants without a dimension', () => {
      expect(problemsOf(fixtures.variantsWithoutDimension)).toEqual([{ code: 'unknown-platform', node: 'flush-dns' }]);
    });

    it('reports a variant that is not a value of its dimension', () => {
      expect(problemsOf(fixtures.unknownVariant)).toEqual([{ code: 'unknown-variant', node: 'flush-dns' }]);
    });

    it('reports a node that has both a group of releases and one of its releases', () => {
      expect(problemsOf(fixtures.groupAndRelease)).toEqual([{ code: 'group-variants', node: 'owner-logs' }]);
    });

    it('reports a node split by release that leaves a release of the group without a page', () => {
      expect(problemsOf(fixtures.partlySplitGroup)).toEqual([{ code: 'group-variants', node: 'owner-logs' }]);
    });

    it('accepts a node split into every release of the group', () => {
      expect(problemsOf(fixtures.splitGroup)).toEqual([]);
    });

    it('reports a repeated step id, a step with both code and keys, an empty command and a non-kebab step id', () => {
      expect(problemsOf(fixtures.badSteps)).toEqual(Array(4).fill({ code: 'bad-step', node: 'reload' }));
    });

    it('reports a command that says neither where it was run nor which documentation gives it', () => {
      expect(problemsOf(fixtures.uncheckedCommand)).toEqual([{ code: 'unchecked-command', node: 'owner-logs' }]);
    });

    it('reports a figure the app cannot draw', () => {
      expect(problemsOf(fixtures.unknownFigure)).toEqual([{ code: 'unknown-figure', node: 'reload' }]);
    });
  });

  describe('texts', () => {
    it('reports each text missing in English with its language and key', () => {
      expect(problemsOf(fixtures.missingEnglishTexts)).toEqual([
        { code: 'missing-key', node: 'reload', lang: 'en', key: 'nodes.reload.summary' },
        { code: 'missing-key', node: 'start', lang: 'en', key: 'nodes.start.options.owner' },
      ]);
    });

    it('reports a variant step text missing in Russian', () => {
      expect(problemsOf(fixtures.missingRussianVariantText)).toEqual([
        { code: 'missing-key', node: 'flush-dns', lang: 'ru', key: 'nodes.flush-dns.variants.macos.run' },
      ]);
    });

    it('reports every text of a node missing in Russian, including a body the English has', () => {
      expect(problemsOf(fixtures.missingRussianNode)).toEqual([
        { code: 'missing-key', node: 'solved', lang: 'ru', key: 'nodes.solved.body' },
        { code: 'missing-key', node: 'solved', lang: 'ru', key: 'nodes.solved.summary' },
        { code: 'missing-key', node: 'solved', lang: 'ru', key: 'nodes.solved.title' },
      ]);
    });

    it('reports an optional body written in English only as missing in Russian', () => {
      expect(problemsOf(fixtures.bodyInEnglishOnly)).toEqual([
        { code: 'missing-key', node: 'reload', lang: 'ru', key: 'nodes.reload.body' },
      ]);
    });

    it('counts a blank text as missing', () => {
      expect(problemsOf(fixtures.blankText)).toEqual([
        { code: 'missing-key', node: 'solved', lang: 'ru', key: 'nodes.solved.title' },
      ]);
    });

    it('reports a text for an option the question does not have', () => {
      expect(problemsOf(fixtures.extraOptionText)).toEqual([
        { code: 'extra-key', node: 'start', lang: 'en', key: 'nodes.start.options.maybe' },
      ]);
    });

    it('reports a text for a step the node does not have', () => {
      expect(problemsOf(fixtures.extraStepText)).toEqual([
        { code: 'extra-key', node: 'reload', lang: 'ru', key: 'nodes.reload.steps.old-step' },
      ]);
    });

    it('reports a text for a variant the node does not have', () => {
      expect(problemsOf(fixtures.extraVariantText)).toEqual([
        { code: 'extra-key', node: 'flush-dns', lang: 'en', key: 'nodes.flush-dns.variants.linux.run' },
      ]);
    });

    it('reports texts for a node that does not exist', () => {
      expect(problemsOf(fixtures.textForMissingNode)).toEqual([
        { code: 'extra-key', node: 'ghost', lang: 'ru', key: 'nodes.ghost' },
      ]);
    });

    it('reports a rich-text link to an unknown node, at the node whose text has it', () => {
      expect(problemsOf(fixtures.linkToUnknownNode)).toEqual([{ code: 'bad-link', node: 'reload', lang: 'en', key: 'nodes.reload.summary' }]);
    });

    it('reports a rich-text link to a page the site does not have', () => {
      expect(problemsOf(fixtures.linkToUnknownPage)).toEqual([{ code: 'bad-link', node: 'reload', lang: 'ru', key: 'nodes.reload.summary' }]);
    });
  });

  it('reports several problems at once, not just the first', () => {
    expect(problemsOf(fixtures.severalProblems)).toEqual([
      { code: 'dangling-next', node: 'start' },
      { code: 'missing-key', node: 'reload', lang: 'ru', key: 'nodes.reload.summary' },
      { code: 'reserved-id', node: 'checklist' },
      { code: 'unreachable', node: 'orphan' },
    ]);
  });

  it('names a node in every problem it reports', () => {
    const problems = Object.values(fixtures)
      .filter((value): value is TreeFixture => typeof value === 'object' && 'tree' in value && 'locales' in value)
      .flatMap(validateTreeOf);
    expect(problems.length).toBeGreaterThan(30);
    for (const problem of problems) expect(problem.node, problem.message).toMatch(/\S/);
  });

  it('finds no problem in the real tree and its English and Russian texts', () => {
    const root = join(import.meta.dirname, '../..');
    const readJson = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));
    const tree = loadTree(readJson('src/content/tree.json'));
    const locales = { en: readJson('locales/en/tree.json'), ru: readJson('locales/ru/tree.json') } as TreeLocales;

    expect(validateTree(tree, locales, SITE_NAMES)).toEqual([]);
  });
});

function validateTreeOf({ tree, locales }: TreeFixture): Problem[] {
  return validateTree(tree, locales, SITE_NAMES);
}

describe('expectedKeys', () => {
  it('asks every node for a title and a summary', () => {
    expect(expectedKeys({ id: 'solved', kind: 'outcome', tone: 'solved' })).toEqual(['title', 'summary']);
  });

  it('asks a question for one text per option', () => {
    const node: TreeNode = { id: 'q', kind: 'question', options: [{ id: 'a', next: 'x' }, { id: 'b', next: 'y' }] };
    expect(expectedKeys(node)).toEqual(['title', 'summary', 'options.a', 'options.b']);
  });

  it('asks for one text per step and per step of each variant, but never for the optional body', () => {
    expect(expectedKeys(fixtures.nodeOf(fixtures.validTree, 'reload', 'check'))).toEqual([
      'title',
      'summary',
      'steps.wait',
      'steps.press',
    ]);
    expect(expectedKeys(fixtures.nodeOf(fixtures.validTree, 'flush-dns', 'check'))).toEqual([
      'title',
      'summary',
      'variants.windows.run',
      'variants.macos.open-terminal',
      'variants.macos.run',
    ]);
  });
});

describe('validateTree on a large tree', () => {
  it('walks a chain of 20,000 steps without overflowing the call stack', async () => {
    const { syntheticTree } = await import('@/build/bench/synthetic-tree');
    const { tree, en, ru } = syntheticTree(20_000);
    expect(validateTree(tree, { en, ru }, SITE_NAMES)).toEqual([]);
    // What this checks is the stack, not the speed: a busy machine may take a while.
  }, 60_000);
});
