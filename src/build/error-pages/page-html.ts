// One error page as a complete HTML document: inline style and script allowed by their hashes, no
// request to any host, everything readable with JavaScript off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '@/tree/languages';
import { paths } from '@/site/paths';
import { hashSource } from '@/build/content-security-policy';
import { escapeHtml } from '@/build/html-document';
import { OWNER_STEPS, REASON_PHRASES, VISITOR_STEP, type PageStatus } from './statuses';
import type { Slots } from './server-slots';
import type { ErrorPageTexts } from './texts';

const readSource = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');

/** Comment lines and indentation go; what is left runs as written. */
export const compact = (source: string, comment: RegExp) =>
  source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !comment.test(line))
    .join('\n');

export const PAGE_SCRIPT = compact(readSource('page-script.js'), /^\/\//);
export const PAGE_STYLES = compact(readSource('page-styles.css'), /^\/\*.*\*\/$/);

/** The page's own policy: its one style and one script, and requests to its own origin only (the re-check). */
export function errorPagePolicy(): string {
  return [
    "default-src 'none'",
    `script-src ${hashSource(PAGE_SCRIPT)}`,
    `style-src ${hashSource(PAGE_STYLES)}`,
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface ErrorPage {
  status: PageStatus;
  /** The languages shown, the first one first; it is the document's language. */
  languages: readonly Language[];
  texts: Record<Language, ErrorPageTexts>;
  siteUrl: string;
  slots: Slots;
  /** Markup of the host's own (Cloudflare's details box), after the texts. */
  extra?: string;
}

export function errorPageHtml(page: ErrorPage): string {
  const [lang] = page.languages;
  if (!lang) throw new Error('An error page needs a language');
  const title = page.texts[lang].statuses[page.status].title;
  const bilingual = page.languages.length > 1;
  const body = page.languages.map((l) => content(page, l, bilingual)).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${errorPagePolicy()}">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLES}</style>
</head>
<body>
<main>
${body}${page.extra ? `\n${page.extra}` : ''}
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** The whole text in one language; in a page of two languages, a section marked with its own. */
function content(page: ErrorPage, lang: Language, bilingual: boolean): string {
  const t = page.texts[lang];
  const status = t.statuses[page.status];
  const reason = page.status === '5xx' ? '' : ` <span lang="en">${REASON_PHRASES[page.status]}</span>`;
  const site = (path: string) => escapeHtml(new URL(path.replace(/^\//, ''), page.siteUrl).href);
  const retry = t.retry;
  const inner = `<p class="code">${escapeHtml(status.label)}${reason}</p>
<h1>${escapeHtml(status.heading)}</h1>
<p>${escapeHtml(status.lead)}</p>
<div class="retry" data-retry hidden data-wait="${escapeHtml(retry.wait)}" data-checking="${escapeHtml(retry.checking)}" data-still-down="${escapeHtml(retry.stillDown)}" data-back="${escapeHtml(retry.back)}" data-stopped="${escapeHtml(retry.stopped)}">
<p>${escapeHtml(retry.intro)}</p>
<p data-count></p>
<p role="status"></p>
<button type="button">${escapeHtml(retry.tryNow)}</button>
</div>
<h2>${escapeHtml(t.now.heading)}</h2>
<ol>
<li>${escapeHtml(t.now.wait)}</li>
<li>${escapeHtml(t.now.form)}</li>
<li>${escapeHtml(t.now.others)}</li>
<li>${escapeHtml(t.now.later)}</li>
</ol>
<h2>${escapeHtml(t.details.heading)}</h2>
<p>${escapeHtml(t.details.intro)}</p>
<dl>
<div><dt>${escapeHtml(t.details.error)}</dt><dd>${page.status === '5xx' ? escapeHtml(status.label) : `${page.status}${reason}`}</dd></div>
<div><dt>${escapeHtml(t.details.address)}</dt><dd data-fill="address"></dd></div>
<div><dt>${escapeHtml(t.details.utc)}</dt><dd data-fill="utc">${page.slots.time}</dd></div>
<div><dt>${escapeHtml(t.details.local)}</dt><dd data-fill="local"></dd></div>
<div><dt>${escapeHtml(t.details.requestId)}</dt><dd>${page.slots.requestId}</dd></div>
</dl>
<h2>${escapeHtml(t.help.heading)}</h2>
<ul>
<li><a href="${site(paths.node(lang, VISITOR_STEP))}">${escapeHtml(t.help.visitor)}</a></li>
<li><a href="${site(paths.node(lang, OWNER_STEPS[page.status]))}">${escapeHtml(status.owner)}</a></li>
</ul>`;
  return bilingual ? `<section lang="${lang}" data-title="${escapeHtml(status.title)}">\n${inner}\n</section>` : inner;
}
