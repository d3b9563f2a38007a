// `npm run validate`: every problem of the tree and its texts, one per line; exit 1 if any.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTree } from '@/tree/load-tree';
import { validateTree } from '@/tree/validate-tree';
import { readTreeLocales } from './read-locales';
import { SITE_NAMES } from '@/site/paths';

const treeFile = join(import.meta.dirname, '../content/tree.json');

try {
  const tree = loadTree(JSON.parse(readFileSync(treeFile, 'utf8')));
  const problems = validateTree(tree, readTreeLocales(), SITE_NAMES);
  for (const p of problems) console.error(`${p.node}: [${p.code}] ${p.message}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) in the tree or its texts.`);
    process.exit(1);
  }
  console.log(`Tree OK: ${tree.nodes.length} nodes, texts complete in every language.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
