import type { NodeText, TreeNode } from '@/tree/types';

/** All a reader sees on a node's page for one platform (or, without one, on all of them): its texts and its commands. */
export function pageText(node: TreeNode, text: NodeText, variant?: string): string {
  const steps = [...(node.steps ?? []), ...(variant ? (node.variants?.[variant] ?? []) : Object.values(node.variants ?? {}).flat())];
  const variantTexts = variant ? [text.variants?.[variant] ?? {}] : Object.values(text.variants ?? {});
  return [
    text.title,
    text.summary,
    text.body ?? '',
    ...Object.values(text.options ?? {}),
    ...Object.values(text.steps ?? {}),
    ...variantTexts.flatMap((v) => Object.values(v)),
    ...steps.map((step) => step.code ?? step.keys ?? ''),
  ]
    .join('\n')
    .toLowerCase();
}
