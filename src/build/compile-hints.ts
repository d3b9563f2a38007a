import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { reachable } from './reachable';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** V8's explicit compile hint: compile every function of the file as it is loaded, not at its first call. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the chunks a step's first view runs with V8's compile hint. Left alone, V8 compiles a function
 * on the main thread the first time it is called, and the first click on an answer is the first call
 * of much of React (updating and removing elements, the event plugins). With the hint Chromium
 * compiles these files whole while it downloads them, off the main thread: in an A/B at 4× CPU, it
 * took 11–15 ms off four of the bench's six clicks of 90–105 ms, and nothing off the first view's
 * blocking time. Lazy pages' chunks stay unmarked: most of a visit never runs them.
 */
export function compileHints(): Plugin {
  return {
    name: 'fix502:compile-hints',
    apply: 'build',
    // To the files as written: the minifier would drop the comment, and a change to a chunk's code in
    // generateBundle did not reach the two chunks whose preload lists Vite fills in last. The files
    // keep their names: the hash stands for the same content in every build, hint included.
    writeBundle(options, bundle) {
      for (const chunk of firstViewChunks(bundle)) {
        const file = join(options.dir!, chunk.fileName);
        writeFileSync(file, COMPILE_HINT + readFileSync(file, 'utf8'));
      }
    },
  };
}

/**
 * The pages' script (the entry), what it imports, at once or later (the app's entry, the interface
 * texts), and what those import at once: not what they import later (lazy pages).
 */
export function firstViewChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = new Map(Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])));
  const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
  const started = [...entries, ...entries.flatMap((chunk) => chunk.dynamicImports.map((name) => chunks.get(name)!))];
  return [...reachable(started, (chunk) => chunk.imports.map((name) => chunks.get(name)!))];
}
