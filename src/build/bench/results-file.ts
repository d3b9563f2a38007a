// test/bench/results.md keeps the latest figures of every part of the bench. A run of some parts
// (`npm run bench -- next-step`) replaces those parts' sections and keeps the others as they were,
// each with the date and machine it was measured on.

/** A part's lines, starting with its "## " heading. */
export interface Section {
  heading: string;
  lines: string[];
}

/** The sections of a results file, by heading (the text after "## " up to its first parenthesis or colon). */
export function readSections(text: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      current = [line];
      sections.set(headingKey(line), current);
    } else current?.push(line);
  }
  for (const lines of sections.values()) while (lines.at(-1) === '') lines.pop();
  return sections;
}

const headingKey = (line: string) => line.slice(3).split(/[(:]/)[0]!.trim();

/** The file: its title, then each known part in `order`, the fresh ones from `fresh`, the others as they were. */
export function mergeSections(title: string, order: readonly string[], previous: string, fresh: readonly Section[]): string {
  const kept = readSections(previous);
  const byKey = new Map(fresh.map((section) => [headingKey(`## ${section.heading}`), [`## ${section.heading}`, ...section.lines]]));
  const parts = order.map((heading) => byKey.get(heading) ?? kept.get(heading)).filter((lines) => lines !== undefined);
  return [`# ${title}`, ...parts.map((lines) => `\n${lines.join('\n')}`)].join('\n') + '\n';
}
