// The error pages as the build makes them, for the tests.
import { readErrorPageTexts } from '@/build/error-pages/texts';
import { errorPageFiles } from '@/build/error-pages/write-error-pages';

export const SITE_URL = 'https://fix502.example.org/help/';
export const texts = readErrorPageTexts();
export const files = errorPageFiles({ texts, siteUrl: SITE_URL, installDir: '/srv/pages' });
export const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.content;
};
/**
 * The HTML a browser gets: a raw response's body, or a log-format page as HAProxy fills it in (its
 * slots with sample values, every doubled % single).
 */
export const htmlOf = (content: string) =>
  content
    .slice(content.indexOf('<!doctype html>'))
    .replaceAll('%[unique-id]', '7F000001B6FE7F0000014A616B0F3199')
    .replaceAll('%[date,utime(%Y-%m-%dT%H:%M:%SZ)]', '2026-12-01T20:44:33Z')
    .replaceAll('%%', '%');
export const pages = files.filter((f) => f.page);
