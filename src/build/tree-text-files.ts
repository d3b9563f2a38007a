import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { partTextFiles } from '@/site/text-files';
import { LANGUAGES, type Language } from '@/tree/languages';
import { loadTree } from '@/tree/load-tree';
import type { TreeLocale } from '@/tree/types';

/** A folder name that changes whenever any text does: a page never pairs its app with older texts. */
export function textsVersion(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const [path, source] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(path).update('\0').update(source).update('\0');
  return hash.digest('hex').slice(0, 10);
}

/**
 * Writes the part files of the step texts into dist/texts/{version}/ and tells the app where they are
 * (`import.meta.env.VITE_TEXTS_DIR`); the dev server serves them from the locale files as they are now.
 */
export function treeTextFilesPlugin(root: string): Plugin {
  const treeFile = join(root, 'src/content/tree.json');
  const localeFile = (lang: string) => join(root, 'locales', lang, 'tree.json');
  const read = () => {
    const tree = loadTree(JSON.parse(readFileSync(treeFile, 'utf8')));
    const locales = Object.fromEntries(LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(localeFile(lang), 'utf8'))])) as Record<Language, TreeLocale>;
    const files = new Map([...partTextFiles(tree, locales)].map(([path, file]) => [`${path}.json`, JSON.stringify(file)]));
    return { files, dir: `texts/${textsVersion(files)}/` };
  };
  let built: ReturnType<typeof read> | null = null;
  return {
    name: 'fix502:tree-text-files',
    config() {
      built = read();
      // Vitest reads import.meta.env from its own `env`, not from `define`.
      return { define: { 'import.meta.env.VITE_TEXTS_DIR': JSON.stringify(built.dir) }, test: { env: { VITE_TEXTS_DIR: built.dir } } } as UserConfig;
    },
    buildStart() {
      this.addWatchFile(treeFile);
      for (const lang of LANGUAGES) this.addWatchFile(localeFile(lang));
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
