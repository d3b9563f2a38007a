import type { Plugin } from 'vite';
import { reachable } from './reachable';

/**
 * Which of the site's own modules go into the chunk every page loads with the app ("app"): those the
 * app's entry reaches by static imports, less the boot script's own (they must not wait for the app)
 * and less those only lazy pages reach (a step must not download them). Worked out from the module
 * graph once it is complete, so that no list of files needs keeping.
 */
export function appChunk() {
  let members = new Set<string>();
  const plugin: Plugin = {
    name: 'fix502:app-chunk',
    apply: 'build',
    buildEnd() {
      const closure = (roots: readonly string[]) => reachable(roots, (id) => this.getModuleInfo(id)?.importedIds ?? []);
      const ids = [...this.getModuleIds()];
      // The pages' script (the boot script) and what it imports at once.
      const boot = closure(ids.filter((id) => this.getModuleInfo(id)?.isEntry));
      // The app's entry: what the boot script imports later. Locale files are chunks of their own.
      const entries = [...boot].flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []).filter(ownModule);
      members = new Set([...closure(entries)].filter((id) => ownModule(id) && !boot.has(id)));
    },
  };
  return { plugin, test: (id: string) => members.has(id) };
}

/** The project's own source, not a library, a locale file nor a virtual module. */
const ownModule = (id: string) => !id.startsWith('\0') && !id.includes('/node_modules/') && /\.tsx?$/.test(id);
