import { describe, expect, it } from 'vitest';
import { leaves, localeProblems } from '@/build/locale-parity';
import { DEFAULT_INSTALL_DIR, errorPageFiles } from '@/build/error-pages/write-error-pages';
import { file, files, htmlOf, SITE_URL, texts } from './pages';

describe('the snippets beside the pages', () => {
  it('find the pages where they are installed, and nowhere else', () => {
    for (const name of ['nginx.conf', 'apache.conf', 'Caddyfile', 'Caddyfile-upstream', 'haproxy.cfg']) {
      expect(file(name), name).toContain('/srv/pages/');
      expect(file(name), name).not.toContain(DEFAULT_INSTALL_DIR);
    }
    const byDefault = errorPageFiles({ texts, siteUrl: SITE_URL });
    expect(byDefault.find((f) => f.path === 'nginx.conf')!.content).toContain(`alias ${DEFAULT_INSTALL_DIR}/;`);
  });

  it('name every page they serve, and each such page is in the folder', () => {
    const names = new Set(files.map((f) => f.path));
    const named = [
      ...file('nginx.conf').matchAll(/error_page (\d+) \/fix502-error-pages\/(\S+)\.\$fix502_lang\.html;/g),
    ].flatMap((m) => [`${m[2]}.en.html`, `${m[2]}.ru.html`]);
    expect(named).toEqual(['502.en.html', '502.ru.html', '503.en.html', '503.ru.html', '504.en.html', '504.ru.html']);
    const typeMaps = [...file('apache.conf').matchAll(/ErrorDocument \d+ \/fix502-error-pages\/(\S+)/g)].map((m) => m[1]!);
    expect(typeMaps).toEqual(['502.var', '503.var', '504.var']);
    for (const map of typeMaps) for (const uri of file(map).matchAll(/^URI: (\S+)$/gm)) expect(names.has(uri[1]!), uri[1]).toBe(true);
    const haproxyFiles = [...file('haproxy.cfg').matchAll(/(?:errorfile \d+|lf-file) \/srv\/pages\/(\S+)/g)].map((m) => m[1]!);
    expect(haproxyFiles).toEqual(['haproxy/502.en.http', 'haproxy/503.en.http', 'haproxy/504.en.http', 'haproxy/502.en.lf.html', 'haproxy/503.en.lf.html', 'haproxy/504.en.lf.html']);
    for (const name of haproxyFiles) expect(names.has(name), name).toBe(true);
  });

  it('Apache’s type maps give each page its language', () => {
    expect(file('502.var')).toBe(
      'URI: 502.en.html\nContent-Language: en\nContent-Type: text/html; charset=utf-8\n\nURI: 502.ru.html\nContent-Language: ru\nContent-Type: text/html; charset=utf-8\n',
    );
  });
});

describe('HAProxy’s raw responses', () => {
  it('keep the status and say the exact length of the page', () => {
    for (const status of ['502', '503', '504']) {
      const raw = file(`haproxy/${status}.en.http`);
      const [head, body] = [raw.slice(0, raw.indexOf('\r\n\r\n')), raw.slice(raw.indexOf('\r\n\r\n') + 4)];
      expect(head.split('\r\n')[0]).toMatch(new RegExp(`^HTTP/1\\.1 ${status} [A-Z]`));
      expect(head).toContain(`Content-Length: ${Buffer.byteLength(body, 'utf8')}`);
      expect(head).toContain('Content-Type: text/html; charset=utf-8');
      expect(body).toBe(htmlOf(raw));
    }
  });
});

describe('locale parity', () => {
  it('finds a key one language lacks, an empty text and a lost placeholder', () => {
    const problems = localeProblems('error-page', {
      en: { retry: { wait: 'Next check in {{time}}', tryNow: 'Check now' }, extra: 'x' },
      ru: { retry: { wait: 'Следующая проверка скоро', tryNow: ' ' } },
    });
    expect(problems.map((p) => `${p.key}: ${p.message}`)).toEqual([
      'extra: missing in ru (present in en)',
      'retry.tryNow: empty in ru',
      'retry.wait: placeholders differ: en "{{time}}", ru ""',
    ]);
  });

  it('finds nothing in the error pages’ own texts', () => {
    expect(localeProblems('error-page', texts)).toEqual([]);
    expect([...leaves(texts.en).keys()]).toContain('retry.wait');
  });
});
