import { createHash } from 'node:crypto';

/** The CSP hash source of an inline <style> or <script> body, exactly as written into the page. */
export function hashSource(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * Only the site itself, ever: the one inline script (the deferred boot) and the one inline stylesheet
 * are allowed by their hashes, nothing else inline. Sent as a <meta> so that it holds on any static host; a host that can set headers should
 * also send it as a header (frame-ancestors works only there; see the README).
 */
export function contentSecurityPolicy(inlineStyleHashes: string[], inlineScriptHashes: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${inlineStyleHashes.join(' ')}`.trim(),
    "img-src 'self' data:", // the icon is a data: URL in the page
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
