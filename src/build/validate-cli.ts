// `npm run validate`: every problem of the tree and its texts, one per line; exit 1 if any.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMESPACES } from '@/site/namespaces';
import { SITE_NAMES } from '@/site/paths';
import { LANGUAGES, type Language } from '@/tree/languages';
import { loadTree } from '@/tree/load-tree';
import { validateTree } from '@/tree/validate-tree';
import { ERROR_PAGE_NAMESPACE } from './error-pages/texts';
import { localeProblems } from './locale-parity';
import { readLocaleFile, readTreeLocales } from './read-locales';

const treeFile = join(import.meta.dirname, '../content/tree.json');

/** validateTree checks the tree's texts node by node; every other namespace has the same keys everywhere. */
const OTHER_NAMESPACES = [...NAMESPACES, ERROR_PAGE_NAMESPACE];

try {
  const tree = loadTree(JSON.parse(readFileSync(treeFile, 'utf8')));
  const problems = validateTree(tree, readTreeLocales(), SITE_NAMES);
  for (const p of problems) console.error(`${p.node}: [${p.code}] ${p.message}`);
  const textProblems = OTHER_NAMESPACES.flatMap((ns) =>
    localeProblems(ns, Object.fromEntries(LANGUAGES.map((lang) => [lang, readLocaleFile(lang, ns)])) as Record<Language, object>),
  );
  for (const p of textProblems) console.error(`locales/*/${p.namespace}.json ${p.key}: ${p.message}`);
  const count = problems.length + textProblems.length;
  if (count > 0) {
    console.error(`\n${count} problem(s) in the tree or its texts.`);
    process.exit(1);
  }
  console.log(`Tree OK: ${tree.nodes.length} nodes, texts complete in every language (${OTHER_NAMESPACES.join(', ')} too).`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
