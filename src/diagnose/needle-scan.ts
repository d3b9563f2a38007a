// Whether a line holds any pattern's needle, in one pass over its characters. Almost every line of
// a log holds none, so this test is what the diagnosis spends most of its time on. An alternation
// of dozens of needles in one regex tries every needle at every position; this is an Aho-Corasick
// automaton instead: one table lookup per character, whatever the number of needles.

/** Needles are ASCII: any other character ends every partial match, as no needle contains it. */
const ALPHABET = 128;
/** Set on a transition into a state where some needle ends. */
const FOUND = 0x8000;

export type NeedleScanner = (text: string, from: number, to: number) => boolean;

/** Builds the scanner once for a list of needles (fixed at load: the patterns are constant). */
export function needleScanner(needles: readonly string[]): NeedleScanner {
  // The trie of every needle; state 0 is the root.
  const next: Array<Map<number, number>> = [new Map()];
  const ends: boolean[] = [false];
  for (const needle of needles) {
    let state = 0;
    for (let i = 0; i < needle.length; i++) {
      const c = needle.charCodeAt(i);
      if (c >= ALPHABET) throw new Error(`A pattern's needle must be ASCII: ${JSON.stringify(needle)}`);
      let child = next[state]!.get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push(false);
        next[state]!.set(c, child);
      }
      state = child;
    }
    ends[state] = true;
  }
  if (next.length >= FOUND) throw new Error('Too many needle characters for 16-bit states');

  // The full transition table, breadth first: a missing edge goes where the longest suffix that is
  // still a needle's prefix would go. A state also ends a needle when its fallback state does.
  const table = new Uint16Array(next.length * ALPHABET);
  const fallback = new Uint32Array(next.length);
  const queue: number[] = [0];
  for (let at = 0; at < queue.length; at++) {
    const state = queue[at]!;
    if (state !== 0) ends[state] = ends[state]! || ends[fallback[state]!]!;
    for (let c = 0; c < ALPHABET; c++) {
      const child = next[state]!.get(c);
      const viaFallback = state === 0 ? 0 : table[fallback[state]! * ALPHABET + c]! & ~FOUND;
      if (child === undefined) {
        table[state * ALPHABET + c] = viaFallback;
      } else {
        fallback[child] = viaFallback;
        table[state * ALPHABET + c] = child;
        queue.push(child);
      }
    }
  }
  // Marking the transitions (after every state's `ends` is final) spares the loop a second lookup.
  for (let i = 0; i < table.length; i++) if (ends[table[i]!]) table[i] = table[i]! | FOUND;

  return (text, from, to) => {
    let state = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      const step = table[state * ALPHABET + c]!;
      if (step & FOUND) return true;
      state = step;
    }
    return false;
  };
}
