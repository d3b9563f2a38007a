import { useEffect } from 'react';
import { afterPaintWhenIdle } from '@/shared/after-paint';
import { EMBEDDED_TEXTS } from '@/site/text-files';
import { warmUpFonts } from './warm-up-fonts';

/** Once the app has started and the browser is idle, readies the fonts of every step's text styles. */
export function useFontWarmUp(): void {
  useEffect(() => {
    let stopWarmUp: (() => void) | undefined;
    const stopWaiting = afterPaintWhenIdle(() => {
      const main = document.getElementById('main');
      if (main) stopWarmUp = warmUpFonts(main, sampleCharacters());
    });
    return () => {
      stopWaiting();
      stopWarmUp?.();
    };
  }, []);
}

/**
 * Every character of the texts the page holds: its own and those of the steps one answer on, in its
 * language, with the Latin letters and signs of their commands. A character that a font lacks sends
 * the browser looking for another font, the first time: the sample settles that before the click too.
 */
function sampleCharacters(): string {
  const texts = `${document.getElementById(EMBEDDED_TEXTS)?.textContent ?? ''}${document.title}`;
  return [...new Set(texts)].join('');
}
