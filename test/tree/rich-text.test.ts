import { describe, it, expect } from 'vitest';
import { linkedNodes, parseBlocks, parseInline } from '@/tree/rich-text';

describe('parseInline', () => {
  it('keeps plain text as one piece of text', () => {
    expect(parseInline('Wait a minute.')).toEqual([{ type: 'text', text: 'Wait a minute.' }]);
  });

  it('gives nothing for an empty text', () => {
    expect(parseInline('')).toEqual([]);
  });

  it('finds inline code between backticks', () => {
    expect(parseInline('Run `ipconfig /flushdns` now.')).toEqual([
      { type: 'text', text: 'Run ' },
      { type: 'code', text: 'ipconfig /flushdns' },
      { type: 'text', text: ' now.' },
    ]);
  });

  it('finds bold text between double asterisks', () => {
    expect(parseInline('Press **Enter**')).toEqual([
      { type: 'text', text: 'Press ' },
      { type: 'strong', text: 'Enter' },
    ]);
  });

  it('finds a link to another node', () => {
    expect(parseInline('[Flush the DNS cache](node:flush-dns) first.')).toEqual([
      { type: 'link', text: 'Flush the DNS cache', node: 'flush-dns' },
      { type: 'text', text: ' first.' },
    ]);
  });

  it('keeps markup inside code as code', () => {
    expect(parseInline('`**not bold** [x](node:y)`')).toEqual([{ type: 'code', text: '**not bold** [x](node:y)' }]);
  });

  it('keeps HTML-like content as text', () => {
    const html = '<script>alert(1)</script> <b onclick="x()">hi</b>';
    expect(parseInline(html)).toEqual([{ type: 'text', text: html }]);
  });

  it('keeps links to anything but a node, and unclosed markup, as text', () => {
    for (const source of ['[site](https://example.com)', '**half bold', 'a `b', '[x](node:Bad_Id)']) {
      expect(parseInline(source)).toEqual([{ type: 'text', text: source }]);
    }
  });
});

describe('parseBlocks', () => {
  it('splits paragraphs at blank lines', () => {
    expect(parseBlocks('First.\n\nSecond.\n  \nThird.')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Third.' }] },
    ]);
  });

  it('joins the lines of one paragraph with a space', () => {
    expect(parseBlocks('One line\nand the next')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'One line and the next' }] },
    ]);
  });

  it('reads lines that all start with "- " as a bullet list', () => {
    expect(parseBlocks('- Reload the page\n- Run `ping example.com`')).toEqual([
      {
        type: 'list',
        items: [
          [{ type: 'text', text: 'Reload the page' }],
          [
            { type: 'text', text: 'Run ' },
            { type: 'code', text: 'ping example.com' },
          ],
        ],
      },
    ]);
  });

  it('reads a list after a paragraph when a blank line separates them', () => {
    expect(parseBlocks('Try these:\n\n- one\n- two').map((block) => block.type)).toEqual(['paragraph', 'list']);
  });

  it('reads a chunk that mixes bullets with other lines as one paragraph', () => {
    expect(parseBlocks('Try these:\n- one')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Try these: - one' }] },
    ]);
  });

  it('copes with Windows line endings and surrounding blank lines', () => {
    expect(parseBlocks('\r\n First.\r\n\r\n- a\r\n- b\r\n\r\n')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'First.' }] },
      { type: 'list', items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b' }]] },
    ]);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(parseBlocks('')).toEqual([]);
    expect(parseBlocks(' \n\n ')).toEqual([]);
  });
});

describe('linkedNodes', () => {
  it('lists every node a text links to, in order', () => {
    expect(linkedNodes('See [one](node:reload),\n\n- and [two](node:flush-dns)')).toEqual(['reload', 'flush-dns']);
  });

  it('finds a link whose text is broken across lines', () => {
    expect(linkedNodes('[flush the\nDNS cache](node:flush-dns)')).toEqual(['flush-dns']);
  });

  it('ignores links written inside code', () => {
    expect(linkedNodes('`[x](node:nope)`')).toEqual([]);
  });

  it('gives nothing for a text without links', () => {
    expect(linkedNodes('**Bold** and `code`')).toEqual([]);
  });
});
