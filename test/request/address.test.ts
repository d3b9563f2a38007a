import { describe, expect, it } from 'vitest';
import { checkSiteAddress } from '@/request/address';
import { requestTexts } from './texts';

describe('checkSiteAddress', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  example.com  ', 'example.com'],
    ['https://example.com/path', 'example.com'],
    ['http://www.example.co.uk/shop?id=3#top', 'www.example.co.uk'],
    ['EXAMPLE.COM', 'example.com'],
    ['example.com:8080/admin', 'example.com'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['https://мой-сайт.рф/', 'xn----8sbzclmxk.xn--p1ai'],
    ['192.0.2.10', '192.0.2.10'],
    ['http://[2001:db8::1]/', '[2001:db8::1]'],
  ])('accepts %s', (input, host) => {
    expect(checkSiteAddress(input)).toEqual({ ok: true, address: input.trim(), host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['garbage', 'invalid'],
    ['not a site', 'invalid'],
    ['exa mple.com', 'invalid'],
    ['example..com', 'invalid'],
    ['-example.com', 'invalid'],
    ['example.c', 'invalid'],
    ['example.123', 'invalid'],
    ['http://', 'invalid'],
    ['https://localhost/', 'invalid'],
    ['ftp://example.com', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['mailto:admin@example.com', 'scheme'],
    ['https://admin:secret@example.com/', 'credentials'],
    ['admin@example.com', 'credentials'],
  ])('refuses %j: %s', (input, problem) => {
    expect(checkSiteAddress(input)).toEqual({ ok: false, problem });
  });

  it('every problem has a message in both languages', () => {
    for (const problem of ['empty', 'invalid', 'scheme', 'credentials'] as const) {
      expect(requestTexts.en.form.address.errors[problem]).toBeTruthy();
      expect(requestTexts.ru.form.address.errors[problem]).toBeTruthy();
    }
  });
});
