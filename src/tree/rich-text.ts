// The small markup the locales may use: blank-line paragraphs, "- " bullets, `code`, **bold**,
// and [text](node:id) links to another step. Parsed to data so that React renders it as text:
// nothing from a locale ever becomes HTML.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'link'; text: string; node: string };

export type Block = { type: 'paragraph'; content: Inline[] } | { type: 'list'; items: Inline[][] };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(node:([a-z0-9-]+)\)/g;

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    if (match.index > last) out.push({ type: 'text', text: source.slice(last, match.index) });
    const [, code, strong, linkText, node] = match;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (strong !== undefined) out.push({ type: 'strong', text: strong });
    else out.push({ type: 'link', text: linkText!, node: node! });
    last = match.index + match[0].length;
  }
  if (last < source.length) out.push({ type: 'text', text: source.slice(last) });
  return out;
}

export function parseBlocks(source: string): Block[] {
  return source
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): Block => {
      const lines = chunk.split('\n').map((line) => line.trim());
      if (lines.every((line) => line.startsWith('- '))) {
        return { type: 'list', items: lines.map((line) => parseInline(line.slice(2))) };
      }
      return { type: 'paragraph', content: parseInline(lines.join(' ')) };
    });
}

/** Every node a text links to, for the validator. */
export function linkedNodes(source: string): string[] {
  return parseInline(source.replace(/\n/g, ' '))
    .filter((part) => part.type === 'link')
    .map((part) => (part as { node: string }).node);
}
