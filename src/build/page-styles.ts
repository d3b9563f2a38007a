import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What Vite's build.manifest says of each module: its chunk and the stylesheets it brings. */
export type ViteManifest = Record<string, { file: string; css?: string[] }>;

/** Reads dist/.vite/manifest.json and removes it: it is for the build, not for the site. */
export function readViteManifest(dist = join(import.meta.dirname, '../../dist')): ViteManifest {
  const dir = join(dist, '.vite');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ViteManifest;
  rmSync(dir, { recursive: true, force: true });
  return manifest;
}

/**
 * The stylesheets (dist-relative) of a module: of a lazy page ("src/app/pages/diagnose-page.tsx"),
 * or the site's own, an entry of its own ("src/app/styles.css", see vite.config.ts).
 */
export function pageStyles(manifest: ViteManifest, module: string): string[] {
  const entry = manifest[module];
  if (!entry) throw new Error(`${module} is not in Vite's manifest: was the page renamed?`);
  return entry.file.endsWith('.css') ? [entry.file] : (entry.css ?? []);
}
