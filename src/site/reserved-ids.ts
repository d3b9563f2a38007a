// Path segments that the site uses for its own pages and files: a node with one of these ids
// would collide with them under /{lang}/.
export const RESERVED_IDS: readonly string[] = [
  'assets',
  'checklist',
  'diagnose',
  'request',
  'summary',
  'print',
  'index',
  'locales',
  '404',
  'sitemap',
  'robots',
  'sw',
];
