// Reads the owner steps' own words and commands: a step's `code` from src/content/tree.json (by
// node, step and, for a node that varies by server, variant), and the code spans (`…`) of a node's
// texts in every language. Anything that is not where a scenario expects it throws, with the node
// and step named: a lab that quietly fell back to its own value would prove nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Step, Tree, TreeNode } from '@/tree/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const LANGUAGES = ['en', 'ru'] as const;

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

let tree: Tree | undefined;
const texts = new Map<string, Record<string, unknown>>();

function node(id: string): TreeNode {
  tree ??= readJson('src/content/tree.json') as Tree;
  const found = tree.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new AdviceError(`no node "${id}" in src/content/tree.json`);
  return found;
}

export class AdviceError extends Error {
  override name = 'AdviceError';
}

/** The `code` of a step: `stepCode('owner-buffers', 'fastcgi')`, or of a variant's step. */
export function stepCode(nodeId: string, stepId: string, variant?: string): string {
  const found = node(nodeId);
  const steps: Step[] | undefined = variant ? found.variants?.[variant] : found.steps;
  if (!steps) throw new AdviceError(`${nodeId}: no ${variant ? `variant "${variant}"` : 'shared steps'}`);
  const step = steps.find((candidate) => candidate.id === stepId);
  if (!step?.code) throw new AdviceError(`${nodeId}${variant ? `/${variant}` : ''}: no step "${stepId}" with code`);
  return step.code;
}

/**
 * Every string of a node's texts in one language (title, body, steps, variants), joined; with a
 * variant, only that one of its variants.
 */
export function nodeText(language: string, nodeId: string, variant?: string): string {
  let locale = texts.get(language);
  if (!locale) {
    locale = (readJson(`locales/${language}/tree.json`) as { nodes: Record<string, unknown> }).nodes;
    texts.set(language, locale);
  }
  const entry = locale[nodeId];
  if (entry === undefined) throw new AdviceError(`locales/${language}/tree.json: no texts for "${nodeId}"`);
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  if (variant && entry && typeof entry === 'object') {
    const { variants, ...shared } = entry as { variants?: Record<string, unknown> };
    if (!variants?.[variant]) throw new AdviceError(`locales/${language}/tree.json: "${nodeId}" has no texts for variant "${variant}"`);
    walk(shared);
    walk(variants[variant]);
  } else walk(entry);
  return strings.join('\n');
}

/**
 * The first code span of a node's texts that matches `pattern` (anchored to the whole span), and
 * its groups. Code is never translated, so every language must hold the same span: a language
 * that lost it, or says another value, is an error too.
 */
export function codeSpan(nodeId: string, pattern: RegExp, variant?: string): RegExpExecArray {
  const whole = new RegExp(`^(?:${pattern.source})$`, pattern.flags);
  let first: RegExpExecArray | undefined;
  for (const language of LANGUAGES) {
    const spans = [...nodeText(language, nodeId, variant).matchAll(/`([^`\n]+)`/g)].map((match) => match[1] ?? '');
    const found = spans.map((span) => whole.exec(span)).find((match) => match !== null);
    const where = variant ? `${nodeId}/${variant}` : nodeId;
    if (!found) throw new AdviceError(`${where} (${language}): no code span matching /${pattern.source}/`);
    if (first && found[0] !== first[0]) {
      throw new AdviceError(`${nodeId}: the languages disagree: \`${first[0]}\` (en) but \`${found[0]}\` (${language})`);
    }
    first ??= found;
  }
  return first as RegExpExecArray;
}

/** A nginx directive's arguments in a code block: `directive(code, 'fastcgi_buffers')` → "16 16k". */
export function directive(code: string, name: string, where: string): string {
  const match = new RegExp(`(?:^|[\\s;{])${name}\\s+([^;]+);`).exec(code);
  if (!match?.[1]) throw new AdviceError(`${where}: no "${name} …;" in:\n${code}`);
  return match[1].trim();
}
