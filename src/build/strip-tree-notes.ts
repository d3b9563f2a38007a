import type { Plugin } from 'vite';

/**
 * The browser needs the tree's structure and commands, not the notes on where each command was
 * checked (`checked`): they are for reviewers of tree.json, and would be a quarter of its weight.
 */
export function stripTreeNotes(): Plugin {
  return {
    name: 'fix502:strip-tree-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('/src/content/tree.json')) return null;
      return { code: JSON.stringify(JSON.parse(code), (key, value: unknown) => (key === 'checked' ? undefined : value)), map: null };
    },
  };
}
