/**
 * Each text style a step can show (font family, size, weight and style, as styles.css and the
 * browser's own sheet give them), as the chain of elements that gives it: the nesting counts, since
 * a size in em depends on the parent's (`code` in a paragraph, in the lead, in a platform note, in a
 * command's `pre`). Each is laid out in a task of its own, so that none blocks the page for long. A
 * test checks that every rule of styles.css that sets a font finds its element here.
 */
export const FONT_SPECIMEN: readonly string[] = [
  'article.step > h1',
  'article.step > h1 > code',
  'article.step > p.lead',
  'article.step > p.lead > strong',
  'article.step > p.lead > code',
  'article.step > p',
  'article.step > p > strong',
  'article.step > p > em',
  'article.step > p > code',
  'article.step > p > strong > code',
  'article.step > h2',
  'article.step > h2 > code',
  'article.step > p.keys > kbd',
  'article.step > div.command > pre > code',
  'article.step > div.command > button.copy-button',
  'article.step > p.copy-failed',
  'article.step > div.platforms > p.platforms-label',
  'article.step > div.platforms > ul.platform-tabs > li > a[aria-current="page"]',
  'article.step > div.platforms > p.platform-note',
  'article.step > div.platforms > p.platform-note > strong',
  'article.step > div.platforms > p.platform-note > code',
  'article.step > ul.answers > li > a.answer',
  'article.step > div.share > button.copy-button',
  'aside.journey > h2',
  'aside.journey > ol > li',
  'aside.journey > ol > li > span.journey-answer',
  'aside.journey > ol > li > code',
  'figure.chain-figure > svg.chain-box > text',
  'figure.chain-figure > svg.chain-box > text.chain-gateway-label',
  'figure.chain-figure > figcaption',
  'ol.checklist-steps > li > a',
  'header > a.brand',
  'header > nav.language-switch > span[aria-current="true"]',
  'footer.site-footer > a',
];

/** `div.a > p[x="y"]` → `<div class="a"><p x="y"></p></div>`: the chain as markup, innermost empty. */
export function specimenMarkup(chain: string): string {
  const elements = chain.split(' > ').map((part) => {
    const match = /^([a-z0-9]+)((?:\.[a-z0-9-]+)*)(?:\[([a-z-]+)="([^"]*)"\])?$/.exec(part);
    if (!match) throw new Error(`Not an element of the font specimen: ${part}`);
    const [, tag, classes, attribute, value] = match;
    const className = classes ? ` class="${classes.slice(1).replaceAll('.', ' ')}"` : '';
    return { tag: tag!, open: `<${tag}${className}${attribute ? ` ${attribute}="${value}"` : ''}>` };
  });
  return elements.map((element) => element.open).join('') + elements.map((element) => `</${element.tag}>`).reverse().join('');
}
