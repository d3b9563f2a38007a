import { describe, expect, it } from 'vitest';
import { MAILTO_LIMIT, mailtoUrl } from '@/request/mailto';

const note = '(The message was shortened.)';
const bodyOf = (url: string) => decodeURIComponent(new URL(url).searchParams.get('body') === null ? '' : url.split('&body=')[1]!);

describe('mailtoUrl', () => {
  it('puts the subject and body in, with CRLF line breaks as mail expects', () => {
    expect(mailtoUrl({ subject: 'Ошибка 502 & co', body: 'Hello,\n\nline 2', truncatedNote: note })).toBe(
      'mailto:?subject=%D0%9E%D1%88%D0%B8%D0%B1%D0%BA%D0%B0%20502%20%26%20co&body=Hello%2C%0D%0A%0D%0Aline%202',
    );
  });

  it('can name the recipient', () => {
    expect(mailtoUrl({ to: 'support@host.example', subject: 's', body: 'b', truncatedNote: note })).toBe('mailto:support@host.example?subject=s&body=b');
  });

  it('shortens a long body at a line break, ends it with the note, and stays within the limit', () => {
    const body = Array.from({ length: 200 }, (_, i) => `${i + 1}. Проверить шаг номер ${i + 1}`).join('\n');
    const url = mailtoUrl({ subject: 'Subject', body, truncatedNote: note });
    expect(url.length).toBeLessThanOrEqual(MAILTO_LIMIT);
    const sent = bodyOf(url);
    expect(sent.endsWith(`\r\n\r\n${note}`)).toBe(true);
    const kept = sent.slice(0, -`\r\n\r\n${note}`.length).split('\r\n');
    expect(kept.length).toBeGreaterThan(3);
    expect(kept).toEqual(body.split('\n').slice(0, kept.length));
  });

  it('cuts a single line too long for any link without breaking a character', () => {
    const body = 'ж'.repeat(5000);
    const url = mailtoUrl({ subject: 's', body, truncatedNote: note }, 600);
    expect(url.length).toBeLessThanOrEqual(600);
    const sent = bodyOf(url);
    expect(sent).toMatch(/^ж+\r\n\r\n\(The message was shortened\.\)$/);
  });

  it('leaves a body that fits alone', () => {
    const body = 'a\n'.repeat(100);
    expect(bodyOf(mailtoUrl({ subject: 's', body, truncatedNote: note }))).toBe(body.replace(/\n/g, '\r\n'));
  });
});
