import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { indexNodes, type NodeIndex } from '../tree/graph.ts';
import { LANGUAGES, type Language } from '../tree/languages.ts';
import { loadTree } from '../tree/load-tree.ts';
import { partTextFile, TEXT_PARTS, textPartOf } from '../tree/text-parts.ts';
import { commandsOf, type StepTextFile } from '../tree/commands.ts';
import type { Tree, TreeLocale } from '../tree/types';

const MODULE_ID = 'virtual:tree-text-files';

/** One file of step texts (StepTextFile): these nodes' words in one language, and their commands. */
export function textFileOf(index: NodeIndex, texts: TreeLocale, ids: readonly string[]): string {
  const file: StepTextFile = { nodes: Object.fromEntries(ids.map((id) => [id, texts.nodes[id]!])), commands: commandsOf(index, ids) };
  return JSON.stringify(file);
}

/**
 * The step texts as the browser fetches them, cut from the whole locale files: for each language a
 * file per part (src/tree/text-parts.ts). Keyed by path from the texts folder, e.g.
 * "ru/parts/owner.json". (A step's own file is written into its page by the prerender.)
 */
export function treeTextFiles(tree: Tree, locales: Record<Language, TreeLocale>): Map<string, string> {
  const index = indexNodes(tree);
  const partOf = textPartOf(tree, index);
  const files = new Map<string, string>();
  for (const lang of LANGUAGES) {
    for (const part of TEXT_PARTS) {
      const ids = tree.nodes.filter((node) => partOf.get(node.id) === part).map((node) => node.id);
      files.set(`${lang}/${partTextFile(part)}.json`, textFileOf(index, locales[lang], ids));
    }
  }
  return files;
}

/** A folder name that changes whenever any text does: a page never pairs its app with older texts. */
export function textsVersion(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const [path, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update('\0').update(source).update('\0');
  return hash.digest('hex').slice(0, 10);
}

/**
 * Writes the step text files into dist/texts/{version}/ and tells the app where they are
 * (`virtual:tree-text-files`); the dev server serves them from the locale files as they are now.
 */
export function treeTextFilesPlugin(root: string): Plugin {
  const treeFile = join(root, 'src/content/tree.json');
  const localeFile = (lang: string) => join(root, 'locales', lang, 'tree.json');
  const read = () => {
    const tree = loadTree(JSON.parse(readFileSync(treeFile, 'utf8')));
    const locales = Object.fromEntries(LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(localeFile(lang), 'utf8'))])) as Record<Language, TreeLocale>;
    const files = treeTextFiles(tree, locales);
    return { files, dir: `texts/${textsVersion(files)}/` };
  };
  let built: ReturnType<typeof read> | null = null;
  return {
    name: 'fix502:tree-text-files',
    buildStart() {
      built = null;
      this.addWatchFile(treeFile);
      for (const lang of LANGUAGES) this.addWatchFile(localeFile(lang));
    },
    resolveId(id) {
      return id === MODULE_ID ? `\0${MODULE_ID}` : null;
    },
    load(id) {
      if (id !== `\0${MODULE_ID}`) return null;
      built ??= read();
      return `export const TEXTS_DIR = ${JSON.stringify(built.dir)};`;
    },
    // Written beside the bundle rather than emitted into it: a big tree has tens of thousands of
    // these files, which Vite would list and measure one by one.
    writeBundle({ dir }) {
      built ??= read();
      for (const [path, source] of built.files) {
        const file = join(dir!, built.dir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, source);
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/texts\/[^/]+\/(.+\.json)$/.exec(request.url ?? '');
        const source = match && read().files.get(match[1]!);
        if (!source) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(source);
      });
    },
  };
}
