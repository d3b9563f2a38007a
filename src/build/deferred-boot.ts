// The one inline script of a page. It imports the app's entry only after the load event and the two
// frames that follow (a timeout set in an animation frame runs after that frame is drawn; the second
// frame lets the browser report the paint), so that the app's
// downloads never delay the prerendered page, which is complete without them. It is inline because even
// a small script file would be one more request before the first paint. The CSP allows it by its hash;
// it is the same on every page, since the entry's address comes from the data-entry attribute.
export const DEFERRED_BOOT =
  "(function(){var s=document.currentScript,e=s.getAttribute('data-entry');function go(){requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(function(){import(e)},0)})})}" +
  "if(document.readyState==='complete')go();else addEventListener('load',go,{once:true})})()";

/** Swaps Vite's module script tag for the deferred boot, keeping the entry's (page-relative) address. */
export function deferBoot(template: string): string {
  return template.replace(
    /<script type="module" crossorigin src="([^"]+)"><\/script>/,
    (_, src: string) => `<script data-entry="${src}">${DEFERRED_BOOT}</script>`,
  );
}
