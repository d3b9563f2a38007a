import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { indexNodes } from '../tree/graph.ts';
import { LANGUAGES } from '../tree/languages.ts';
import { loadTree } from '../tree/load-tree.ts';
import { TEXT_PARTS, textPartOf } from '../tree/text-parts.ts';
import type { TreeLocale } from '../tree/types';

const PREFIX = 'virtual:tree-texts/';

/**
 * Serves `virtual:tree-texts/{lang}/{part}`: the texts of one part of the tree (src/tree/text-parts.ts)
 * in one language, cut from locales/{lang}/tree.json at build time. The locale files stay whole.
 */
export function treeTextParts(root: string): Plugin {
  const treeFile = join(root, 'src/content/tree.json');
  const localeFile = (lang: string) => join(root, 'locales', lang, 'tree.json');
  return {
    name: 'fix502:tree-text-parts',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [lang, part] = id.slice(PREFIX.length + 1).split('/');
      if (!(LANGUAGES as readonly string[]).includes(lang!) || !(TEXT_PARTS as readonly string[]).includes(part!)) {
        throw new Error(`unknown tree texts ${id.slice(1)}`);
      }
      this.addWatchFile(treeFile);
      this.addWatchFile(localeFile(lang!));
      const tree = loadTree(JSON.parse(readFileSync(treeFile, 'utf8')));
      const partOf = textPartOf(tree, indexNodes(tree));
      const all = (JSON.parse(readFileSync(localeFile(lang!), 'utf8')) as TreeLocale).nodes;
      const nodes = Object.fromEntries(Object.entries(all).filter(([nodeId]) => partOf.get(nodeId) === part));
      // JSON.parse of a string is quicker for the browser to read than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify({ nodes }))});`;
    },
  };
}
