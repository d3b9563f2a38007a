import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONT_SPECIMEN, specimenMarkup } from '@/app/font-warm-up/font-specimen';
import { warmUpFonts } from '@/app/font-warm-up/warm-up-fonts';

const STYLES = readFileSync(join(import.meta.dirname, '../../src/app/styles.css'), 'utf8');

/** The selectors of styles.css's rules that set a font, each on its own. */
function fontSelectors(css: string): string[] {
  const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g);
  return [...rules]
    .filter(([, , body]) => /(^|[;\s])font(-family|-size|-weight|-style)?\s*:/.test(body!))
    .flatMap(([, selectors]) => selectors!.split(',').map((selector) => selector.trim()))
    .filter((selector) => selector !== ':root');
}

describe('the font specimen', () => {
  it('writes a chain of elements as markup, innermost empty', () => {
    expect(specimenMarkup('article.step > ul.platform-tabs > li > a[aria-current="page"]')).toBe(
      '<article class="step"><ul class="platform-tabs"><li><a aria-current="page"></a></li></ul></article>',
    );
    expect(specimenMarkup('div.a.b')).toBe('<div class="a b"></div>');
    expect(() => specimenMarkup('div > .no-tag')).toThrow('Not an element of the font specimen: .no-tag');
  });

  it('holds an element for every rule of the stylesheet that sets a font', () => {
    const selectors = fontSelectors(STYLES);
    expect(selectors).toContain('.journey h2'); // the reading of the stylesheet works
    const specimen = document.createElement('div');
    specimen.innerHTML = FONT_SPECIMEN.map(specimenMarkup).join('');
    expect(selectors.filter((selector) => !specimen.querySelector(selector))).toEqual([]);
  });

  it('holds the styles the browser gives by itself: headings, bold, italic, monospace', () => {
    const leaves = FONT_SPECIMEN.map((chain) => chain.split(' > ').at(-1)!.replace(/[.[].*$/, ''));
    for (const tag of ['h1', 'h2', 'strong', 'em', 'code', 'kbd']) expect(leaves).toContain(tag);
  });
});

describe('warming up the fonts', () => {
  afterEach(() => vi.unstubAllGlobals());

  function idleCallbacks() {
    const waiting: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback));
    return {
      waiting,
      runOne: () => waiting.shift()!({ didTimeout: false, timeRemaining: () => 10 }),
    };
  }

  it('lays out one text style per idle moment, with the sample in it, and leaves nothing behind', () => {
    const idle = idleCallbacks();
    const root = document.createElement('main');
    document.body.append(root);
    const laidOut: string[] = [];
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      laidOut.push(this.innerHTML);
      expect(this.getAttribute('aria-hidden')).toBe('true');
      expect(this.parentElement).toBe(root);
      return 0;
    });
    warmUpFonts(root, 'Яя <&>', ['p.lead > code', 'aside.journey > h2']);
    expect(laidOut).toEqual([]); // nothing before the browser is idle
    idle.runOne();
    expect(laidOut).toEqual(['<p class="lead"><code>Яя &lt;&amp;&gt;</code></p>']);
    expect(root.children).toHaveLength(0);
    idle.runOne();
    expect(laidOut[1]).toBe('<aside class="journey"><h2>Яя &lt;&amp;&gt;</h2></aside>');
    expect(idle.waiting).toHaveLength(0);
    root.remove();
  });

  it('stops when cancelled', () => {
    const idle = idleCallbacks();
    const root = document.createElement('main');
    const append = vi.spyOn(root, 'append');
    const cancel = warmUpFonts(root, 'a', ['p', 'h2']);
    idle.runOne();
    cancel();
    while (idle.waiting.length > 0) idle.runOne();
    expect(append).toHaveBeenCalledOnce();
  });
});
