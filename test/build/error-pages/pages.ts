// The error pages as the build makes them, for the tests.
import { readErrorPageTexts } from '../../../src/build/error-pages/texts';
import { errorPageFiles } from '../../../src/build/error-pages/write-error-pages';

export const SITE_URL = 'https://fix502.example.org/help/';
export const texts = readErrorPageTexts();
export const files = errorPageFiles({ texts, siteUrl: SITE_URL, installDir: '/srv/pages' });
export const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.content;
};
/** The HTML of a page or of a raw response. */
export const htmlOf = (content: string) => content.slice(content.indexOf('<!doctype html>'));
export const pages = files.filter((f) => f.page);
