import { describe, it, expect } from 'vitest';
import { languageOfPath, notFoundFile, outputFile, paths, relativeHref, switchLanguage } from '@/site/paths';

describe('paths', () => {
  it('puts the language picker at the root and the start at the language folder', () => {
    expect(paths.languagePicker()).toBe('/');
    expect(paths.start('ru')).toBe('/ru/');
  });

  it('puts a node under its language, and a chosen variant under the node', () => {
    expect(paths.node('en', 'flush-dns')).toBe('/en/flush-dns/');
    expect(paths.node('ru', 'flush-dns', 'macos')).toBe('/ru/flush-dns/macos/');
  });
});

describe('relativeHref', () => {
  it('links a page to itself as "./"', () => {
    expect(relativeHref('/en/flush-dns/', '/en/flush-dns/')).toBe('./');
    expect(relativeHref('/', '/')).toBe('./');
  });

  it('goes down from a folder into the ones below it', () => {
    expect(relativeHref('/en/', '/en/flush-dns/')).toBe('flush-dns/');
    expect(relativeHref('/en/flush-dns/', '/en/flush-dns/macos/')).toBe('macos/');
  });

  it('goes up to a folder above', () => {
    expect(relativeHref('/en/flush-dns/', '/en/')).toBe('../');
    expect(relativeHref('/en/flush-dns/macos/', '/en/flush-dns/')).toBe('../');
  });

  it('goes up and back down between sibling pages', () => {
    expect(relativeHref('/en/reload/', '/en/flush-dns/')).toBe('../flush-dns/');
    expect(relativeHref('/en/flush-dns/macos/', '/en/flush-dns/windows-7/')).toBe('../windows-7/');
    expect(relativeHref('/en/flush-dns/macos/', '/en/owner-logs/debian-ubuntu/')).toBe('../../owner-logs/debian-ubuntu/');
  });

  it('reaches the root from any depth', () => {
    expect(relativeHref('/en/', '/')).toBe('../');
    expect(relativeHref('/en/flush-dns/macos/', '/')).toBe('../../../');
    expect(relativeHref('/', '/ru/flush-dns/macos/')).toBe('ru/flush-dns/macos/');
  });

  it('crosses to the same page in the other language', () => {
    expect(relativeHref('/en/flush-dns/macos/', '/ru/flush-dns/macos/')).toBe('../../../ru/flush-dns/macos/');
  });

  it('compares whole segments, not prefixes of them', () => {
    expect(relativeHref('/en/flush/', '/en/flush-dns/')).toBe('../flush-dns/');
  });
});

describe('switchLanguage', () => {
  it('replaces the language and keeps the node and variant', () => {
    expect(switchLanguage('/en/flush-dns/macos/', 'ru')).toBe('/ru/flush-dns/macos/');
    expect(switchLanguage('/ru/reload/', 'en')).toBe('/en/reload/');
  });

  it('turns one start page into the other', () => {
    expect(switchLanguage('/en/', 'ru')).toBe('/ru/');
  });

  it('leads from the language picker to the start of the language', () => {
    expect(switchLanguage('/', 'en')).toBe('/en/');
  });
});

describe('outputFile', () => {
  it('writes the root page to index.html', () => {
    expect(outputFile('/')).toBe('index.html');
  });

  it('writes every other page to an index.html in its own folder', () => {
    expect(outputFile('/en/')).toBe('en/index.html');
    expect(outputFile('/ru/flush-dns/macos/')).toBe('ru/flush-dns/macos/index.html');
  });
});

describe('notFoundFile and languageOfPath', () => {
  it('keeps a language’s not-found page in its folder, and the one of both at the root', () => {
    expect(notFoundFile('ru')).toBe('ru/404.html');
    expect(notFoundFile()).toBe('404.html');
  });

  it('reads the language from the first segment only, and only a language of the site', () => {
    expect(languageOfPath('/ru/no-such-step/')).toBe('ru');
    expect(languageOfPath('/en/')).toBe('en');
    expect(languageOfPath('/de/flush-dns/')).toBeUndefined();
    expect(languageOfPath('/assets/ru/x.js')).toBeUndefined();
    expect(languageOfPath('/')).toBeUndefined();
  });
});
