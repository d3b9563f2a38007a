// The small markup the locales may use: blank-line paragraphs, "- " bullets, `code`, **bold**,
// [text](node:id) links to another step and [text](page:name) to a page such as the log diagnosis. Parsed to data so that React renders it as text:
// nothing from a locale ever becomes HTML.

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'link'; text: string; node: string }
  | { type: 'page-link'; text: string; page: string };

export type Block = { type: 'paragraph'; content: Inline[] } | { type: 'list'; items: Inline[][] };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\((node|page):([a-z0-9-]+)\)/g;

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    if (match.index > last) out.push({ type: 'text', text: source.slice(last, match.index) });
    const [, code, strong, linkText, target, id] = match;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (strong !== undefined) out.push({ type: 'strong', text: strong });
    else if (target === 'page') out.push({ type: 'page-link', text: linkText!, page: id! });
    else out.push({ type: 'link', text: linkText!, node: id! });
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
  return parseInline(source.replace(/\n/g, ' ')).flatMap((part) => (part.type === 'link' ? [part.node] : []));
}

/** Every page (not step) a text links to, for the validator. */
export function linkedPages(source: string): string[] {
  return parseInline(source.replace(/\n/g, ' ')).flatMap((part) => (part.type === 'page-link' ? [part.page] : []));
}
