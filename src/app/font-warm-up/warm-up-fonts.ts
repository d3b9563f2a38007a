import { whenIdle } from '@/shared/after-paint';
import { FONT_SPECIMEN, specimenMarkup } from './font-specimen';

/**
 * Lays out, out of sight, a sample of every text style a step can show, so that the fonts behind
 * them are ready before the visitor's first click. The first time a page uses a font at a size and
 * weight, or a character that font lacks, the browser looks in the system (fontconfig, on Linux) and
 * sets the font up. In Chromium here, the first layout of a step's content took 7–10 ms at full CPU,
 * the same content again under 1 ms, and with the fonts and characters ready about 2 ms; in a click
 * at 4× CPU, layout had been about 40 ms of 106. One text style per idle moment, each removed in the
 * task that added it, before anything can paint it or read it aloud. Returns a cancel.
 */
export function warmUpFonts(root: Element, sample: string, chains: readonly string[] = FONT_SPECIMEN): () => void {
  let next = 0;
  let cancelled = false;
  const layOutNext = () => {
    if (cancelled) return;
    layOut(root, specimenMarkup(chains[next++]!), sample);
    if (next < chains.length) whenIdle(layOutNext, 2000);
  };
  if (chains.length > 0) whenIdle(layOutNext, 2000);
  return () => {
    cancelled = true;
  };
}

function layOut(root: Element, html: string, sample: string) {
  const specimen = document.createElement('div');
  specimen.setAttribute('aria-hidden', 'true');
  // Out of the flow and sized by nothing inside it: laying it out moves nothing else on the page.
  specimen.style.cssText = 'position:absolute;inset-inline:0;top:0;visibility:hidden;contain:strict;pointer-events:none';
  specimen.innerHTML = html;
  for (const leaf of specimen.querySelectorAll(':empty')) leaf.textContent = sample;
  root.append(specimen);
  void specimen.offsetHeight; // the layout, now
  specimen.remove();
}
