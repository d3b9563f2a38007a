import { indexNodes, successors, walk, type NodeIndex } from './graph';
import { ID } from './ids';
import { LANGUAGES, type Language } from './languages';
import { linkedNodes, linkedPages } from './rich-text';
import { FIGURES, NODE_KINDS, OUTCOME_TONES, PLATFORM_DIMENSIONS, PLATFORM_GROUPS, type Step, type Tree, type TreeLocale, type TreeNode } from './types';

export type ProblemCode =
  | 'bad-id'
  | 'duplicate-id'
  | 'reserved-id'
  | 'unknown-kind'
  | 'unknown-tone'
  | 'missing-start'
  | 'dangling-next'
  | 'unreachable'
  | 'cycle'
  | 'no-outcome'
  | 'unknown-platform'
  | 'unknown-variant'
  | 'empty-variant'
  | 'group-variants'
  | 'bad-step'
  | 'unchecked-command'
  | 'unknown-figure'
  | 'bad-alias'
  | 'bad-link'
  | 'missing-key'
  | 'extra-key';

export interface Problem {
  code: ProblemCode;
  /** The node (or alias) the problem is about: every problem names one. */
  node: string;
  message: string;
  lang?: Language;
  key?: string;
}

export type TreeLocales = Record<Language, TreeLocale>;

/** What the site's addresses take: ids a node may not have, and the pages a text may link to. */
export interface SiteNames {
  reservedIds: readonly string[];
  pages: readonly string[];
}


/** Every problem of the tree and its texts, never just the first: a pure function for the build and the tests. */
export function validateTree(tree: Tree, locales: TreeLocales, site: SiteNames): Problem[] {
  const problems: Problem[] = [];
  const report = (code: ProblemCode, node: string, message: string, extra: Partial<Problem> = {}) =>
    problems.push({ code, node, message, ...extra });

  checkIds(tree, site, report);
  const index = indexNodes(tree);
  for (const node of tree.nodes) checkNode(node, index, report);
  checkGraph(tree, index, report);
  checkAliases(tree, index, site, report);
  for (const lang of LANGUAGES) checkTexts(tree, index, lang, locales, site, report);
  return problems;
}

type Report = (code: ProblemCode, node: string, message: string, extra?: Partial<Problem>) => void;

function checkIds(tree: Tree, site: SiteNames, report: Report) {
  const seen = new Set<string>();
  for (const node of tree.nodes) {
    if (!ID.test(node.id)) report('bad-id', String(node.id), `id "${node.id}" is not lowercase kebab-case`);
    if (seen.has(node.id)) report('duplicate-id', node.id, `id "${node.id}" is used by more than one node`);
    if (site.reservedIds.includes(node.id)) report('reserved-id', node.id, `id "${node.id}" is reserved for a page of the site`);
    seen.add(node.id);
  }
  if (!seen.has(tree.start)) report('missing-start', tree.start, `the start node "${tree.start}" does not exist`);
}

function checkNode(node: TreeNode, index: NodeIndex, report: Report) {
  const kind: string = node.kind;
  if (!(NODE_KINDS as readonly string[]).includes(kind)) {
    report('unknown-kind', node.id, `unknown kind "${kind}" (expected ${NODE_KINDS.join(', ')})`);
    return;
  }
  if (node.kind === 'outcome' && !(OUTCOME_TONES as readonly string[]).includes(node.tone)) {
    report('unknown-tone', node.id, `unknown outcome tone "${node.tone}"`);
  }
  if (node.figure !== undefined && !(FIGURES as readonly string[]).includes(node.figure)) {
    report('unknown-figure', node.id, `unknown figure "${node.figure}"`);
  }
  if (node.kind === 'question' && node.options.length === 0) {
    report('dangling-next', node.id, 'a question without options leads nowhere');
  }
  for (const next of successors(node)) {
    if (!index.has(next)) report('dangling-next', node.id, `next "${next}" points to no node`);
  }
  if (node.steps) checkSteps(node.id, 'steps', node.steps, report);
  checkVariants(node, report);
}

function checkVariants(node: TreeNode, report: Report) {
  if (node.platform === undefined) {
    if (node.variants) report('unknown-platform', node.id, 'variants without a "platform" dimension');
    return;
  }
  const known: readonly string[] | undefined = Object.hasOwn(PLATFORM_DIMENSIONS, node.platform) ? PLATFORM_DIMENSIONS[node.platform] : undefined;
  if (!known) {
    report('unknown-platform', node.id, `unknown platform dimension "${node.platform}"`);
    return;
  }
  const variants = Object.entries(node.variants ?? {});
  if (variants.length === 0) report('empty-variant', node.id, `varies by ${node.platform} but has no variants`);
  for (const [variant, steps] of variants) {
    if (!known.includes(variant)) report('unknown-variant', node.id, `"${variant}" is not a ${node.platform}`);
    if (!Array.isArray(steps) || steps.length === 0) {
      report('empty-variant', node.id, `variant "${variant}" has no commands or instructions`);
    } else {
      checkSteps(node.id, `variant "${variant}"`, steps, report);
    }
  }
  checkGroups(node.id, Object.keys(node.variants ?? {}), report);
}

/** A node names a group's platforms either as the group or as every member, so that none is left without a page. */
function checkGroups(nodeId: string, variants: string[], report: Report) {
  for (const [group, members] of Object.entries(PLATFORM_GROUPS)) {
    const present = members.filter((member) => variants.includes(member));
    if (present.length === 0) continue;
    if (variants.includes(group)) {
      report('group-variants', nodeId, `has both "${group}" and ${present.join(', ')}: use the group or its members, not both`);
    } else if (present.length < members.length) {
      const missing = members.filter((member) => !present.includes(member));
      report('group-variants', nodeId, `splits "${group}" but has no variant for ${missing.join(', ')}`);
    }
  }
}

function checkSteps(nodeId: string, where: string, steps: Step[], report: Report) {
  const seen = new Set<string>();
  for (const step of steps) {
    if (!ID.test(step.id)) report('bad-step', nodeId, `${where}: step id "${step.id}" is not kebab-case`);
    if (seen.has(step.id)) report('bad-step', nodeId, `${where}: step id "${step.id}" is used twice`);
    if (step.code !== undefined && step.keys !== undefined) report('bad-step', nodeId, `${where}: step "${step.id}" has both code and keys`);
    if (step.code === '' || step.keys === '') report('bad-step', nodeId, `${where}: step "${step.id}" has an empty command`);
    if (step.code && !step.checked?.trim()) {
      report('unchecked-command', nodeId, `${where}: command "${step.id}" says neither where it was run nor which documentation gives it ("checked")`);
    }
    seen.add(step.id);
  }
}

function checkGraph(tree: Tree, index: NodeIndex, report: Report) {
  if (!index.has(tree.start)) return;
  const reachable = walk(index, tree.start);
  for (const node of tree.nodes) {
    if (!reachable.has(node.id)) report('unreachable', node.id, 'no path from the start leads here');
  }
  for (const id of findCycle(index)) report('cycle', id, 'this node leads back to itself');

  // A node "finishes" when some path from it reaches an outcome; grow that set to a fixpoint.
  const finishes = new Set(tree.nodes.filter((node) => node.kind === 'outcome').map((node) => node.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of tree.nodes) {
      if (!finishes.has(node.id) && successors(node).some((next) => finishes.has(next))) {
        finishes.add(node.id);
        grew = true;
      }
    }
  }
  for (const node of tree.nodes) {
    if (!finishes.has(node.id)) report('no-outcome', node.id, 'no path from here reaches an outcome');
  }
}

/**
 * The nodes on cycles: a depth-first search that meets a node still on its path. Iterative, with its
 * own stack, so that a long chain of steps cannot overflow the call stack.
 */
function findCycle(index: NodeIndex): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const onCycle = new Set<string>();
  for (const root of index.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [];
    const pending: { id: string; next: string[] }[] = [];
    const enter = (id: string) => {
      state.set(id, 'open');
      path.push(id);
      pending.push({ id, next: successors(index.get(id)!).filter((next) => index.has(next)) });
    };
    enter(root);
    while (pending.length > 0) {
      const top = pending.at(-1)!;
      const next = top.next.shift();
      if (next === undefined) {
        pending.pop();
        path.pop();
        state.set(top.id, 'done');
      } else if (state.get(next) === 'open') {
        path.slice(path.indexOf(next)).forEach((id) => onCycle.add(id));
      } else if (!state.has(next)) {
        enter(next);
      }
    }
  }
  return [...onCycle];
}

function checkAliases(tree: Tree, index: NodeIndex, site: SiteNames, report: Report) {
  for (const [alias, target] of Object.entries(tree.aliases)) {
    if (!ID.test(alias)) report('bad-alias', alias, `alias "${alias}" is not lowercase kebab-case`);
    if (index.has(alias)) report('bad-alias', alias, `alias "${alias}" is also a node id`);
    if (site.reservedIds.includes(alias)) report('reserved-id', alias, `alias "${alias}" is reserved for a page of the site`);
    if (!index.has(target)) report('dangling-next', alias, `alias "${alias}" points to no node ("${target}")`);
  }
}

/** The keys a node's text must have in every language; `body` may be left out, in all languages together. */
export function expectedKeys(node: TreeNode): string[] {
  const keys = ['title', 'summary'];
  if (node.kind === 'question') keys.push(...node.options.map((o) => `options.${o.id}`));
  for (const step of node.steps ?? []) keys.push(`steps.${step.id}`);
  for (const [variant, steps] of Object.entries(node.variants ?? {})) {
    for (const step of Array.isArray(steps) ? steps : []) keys.push(`variants.${variant}.${step.id}`);
  }
  return keys;
}

const OPTIONAL_KEYS = ['body'];

function checkTexts(tree: Tree, index: NodeIndex, lang: Language, locales: TreeLocales, site: SiteNames, report: Report) {
  const texts = locales[lang]?.nodes ?? {};
  for (const id of Object.keys(texts)) {
    if (!index.has(id)) report('extra-key', id, `${lang}: text for a node that does not exist`, { lang, key: `nodes.${id}` });
  }
  for (const node of tree.nodes) {
    const present = flatten(texts[node.id] ?? {});
    const expected = new Set(expectedKeys(node));
    // An optional text is expected here as soon as any other language has it.
    for (const key of OPTIONAL_KEYS) {
      if (LANGUAGES.some((other) => flatten(locales[other]?.nodes[node.id] ?? {}).has(key))) expected.add(key);
    }
    for (const key of expected) {
      const value = present.get(key);
      if (typeof value !== 'string' || value.trim() === '') {
        report('missing-key', node.id, `${lang}: missing text "${key}"`, { lang, key: `nodes.${node.id}.${key}` });
      }
    }
    for (const [key, value] of present) {
      if (!expected.has(key)) {
        report('extra-key', node.id, `${lang}: text "${key}" matches nothing in the tree`, { lang, key: `nodes.${node.id}.${key}` });
      }
      for (const target of linkedNodes(String(value))) {
        if (!index.has(target)) report('bad-link', node.id, `${lang}: "${key}" links to unknown node "${target}"`, { lang, key: `nodes.${node.id}.${key}` });
      }
      for (const target of linkedPages(String(value))) {
        if (!site.pages.includes(target)) report('bad-link', node.id, `${lang}: "${key}" links to unknown page "${target}"`, { lang, key: `nodes.${node.id}.${key}` });
      }
    }
  }
}

/** {a: {b: "x"}} → "a.b" → "x"; arrays and numbers are kept as values so that they show up as wrong. */
function flatten(value: object, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, inner] of Object.entries(value)) {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) flatten(inner, `${prefix}${key}.`, out);
    else out.set(prefix + key, inner);
  }
  return out;
}
