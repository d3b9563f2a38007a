// Where the site will be published, for canonical, hreflang and 404 links. Set SITE_URL when you
// build for a real host; the default is a placeholder that makes no request anywhere.
export const DEFAULT_SITE_URL = 'https://fix502.example/';

export function siteUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  const raw = env.SITE_URL || DEFAULT_SITE_URL;
  const url = new URL(raw); // throws on a malformed SITE_URL: better a failed build than wrong links
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
