import type { Plugin } from 'vite';
import { treeSkeleton } from '@/site/text-files';
import { loadTree } from '@/tree/load-tree';

/**
 * In the browser's bundle, src/content/tree.json is its skeleton: the commands come with each step's
 * texts instead. Build only: the tests and the prerender read the whole tree.
 */
export function browserTree(): Plugin {
  return {
    name: 'fix502:browser-tree',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/src/content/tree.json')) return null;
      return { code: JSON.stringify(treeSkeleton(loadTree(JSON.parse(code)))), map: null };
    },
  };
}
