import { describe, expect, it } from 'vitest';
import { AUDIENCES, composeRequest, type LetterTexts, type RequestInput } from '@/request/compose';
import { parseDiagnosis } from '@/request/diagnosis';
import { zonedTime } from '@/request/time';
import { requestTexts } from './texts';

// Typed against the composer's interface: a key missing from either file is a compile error.
const letters: Record<'en' | 'ru', LetterTexts> = { en: requestTexts.en.letter, ru: requestTexts.ru.letter };

const winter = new Date('2026-01-15T14:30:00Z');
const summer = new Date('2026-07-01T12:05:00Z');

const base: RequestInput = {
  audience: 'ownerToHost',
  when: winter,
  timeZone: 'America/New_York',
  site: 'https://example.com/shop',
  seen: '502 Bad Gateway nginx',
  setup: [{ question: 'Where is your site hosted?', answer: 'On a VPS' }],
  steps: [
    { title: 'Check that the web server is running', result: 'did not help' },
    { title: 'Test and restart PHP-FPM', result: 'did not help' },
  ],
  reproduce: 'Open /shop and press “Buy”.',
  findings: [{ cause: 'upstream timed out', count: 3, sampleLine: '2026/01/15 14:29:58 [error] upstream timed out (110)' }],
};

const lines = (text: string) => text.split('\n');

describe('zonedTime', () => {
  it('gives the wall-clock time and offset of a zone, across the date line and daylight saving', () => {
    expect(zonedTime(winter, 'UTC')).toEqual({ time: '2026-01-15 14:30', offset: 'UTC+00:00' });
    expect(zonedTime(winter, 'America/New_York')).toEqual({ time: '2026-01-15 09:30', offset: 'UTC-05:00' });
    expect(zonedTime(summer, 'America/New_York')).toEqual({ time: '2026-07-01 08:05', offset: 'UTC-04:00' });
    expect(zonedTime(winter, 'Asia/Vladivostok')).toEqual({ time: '2026-01-16 00:30', offset: 'UTC+10:00' });
    expect(zonedTime(winter, 'Europe/Moscow')).toEqual({ time: '2026-01-15 17:30', offset: 'UTC+03:00' });
    expect(zonedTime(winter, 'Asia/Kolkata')).toEqual({ time: '2026-01-15 20:00', offset: 'UTC+05:30' });
  });
});

describe('composeRequest: the time', () => {
  it('en: New York in winter gives UTC, local time with its zone, and Moscow time', () => {
    const { text } = composeRequest(base, letters.en, 'en');
    expect(lines(text)).toEqual(
      expect.arrayContaining([
        'When it happened:',
        '- 2026-01-15 14:30 UTC',
        '- 2026-01-15 09:30 my local time (America/New_York, UTC-05:00)',
        '- 2026-01-15 17:30 Moscow time (UTC+03:00)',
      ]),
    );
  });

  it('ru: Vladivostok is already the next day; the three times say the same moment', () => {
    const { text } = composeRequest({ ...base, timeZone: 'Asia/Vladivostok' }, letters.ru, 'ru');
    const at = lines(text).indexOf('Когда это произошло:');
    expect(lines(text).slice(at, at + 4)).toEqual([
      'Когда это произошло:',
      '- 2026-01-15 14:30 UTC',
      '- 2026-01-16 00:30 по моему местному времени (Asia/Vladivostok, UTC+10:00)',
      '- 2026-01-15 17:30 по московскому времени (UTC+03:00)',
    ]);
  });

  it('follows daylight saving in the local zone but not in Moscow, which keeps UTC+3', () => {
    const { text } = composeRequest({ ...base, when: summer }, letters.en, 'en');
    expect(text).toContain('- 2026-07-01 08:05 my local time (America/New_York, UTC-04:00)');
    expect(text).toContain('- 2026-07-01 15:05 Moscow time (UTC+03:00)');
  });

  it('does not repeat Moscow time as the local time of someone in Moscow, nor UTC for someone on UTC', () => {
    for (const timeZone of ['Europe/Moscow', 'UTC']) {
      const { text } = composeRequest({ ...base, timeZone }, letters.ru, 'ru');
      expect(text).not.toContain('по моему местному времени');
      expect(text).toContain('- 2026-01-15 17:30 по московскому времени (UTC+03:00)');
    }
  });

  it('an unknown zone or no time at all still gives a whole letter', () => {
    expect(composeRequest({ ...base, timeZone: 'Mars/Olympus' }, letters.en, 'en').text).toContain('- 2026-01-15 14:30 UTC');
    const { text } = composeRequest({ ...base, when: null }, letters.en, 'en');
    expect(text).toContain(letters.en.timeUnknown);
    expect(text).not.toContain('UTC+');
  });
});

describe('composeRequest: the content', () => {
  for (const lang of ['en', 'ru'] as const) {
    const texts = letters[lang];

    it(`${lang}: lists the steps exactly as given, in order, with their results`, () => {
      const { text } = composeRequest(base, texts, lang);
      const at = lines(text).indexOf(texts.stepsHeading);
      expect(lines(text).slice(at + 1, at + 3)).toEqual([
        '1. Check that the web server is running — did not help',
        '2. Test and restart PHP-FPM — did not help',
      ]);
      expect(composeRequest({ ...base, steps: [] }, texts, lang).text).toContain(`${texts.stepsHeading}\n${texts.stepsNone}`);
    });

    it(`${lang}: names the site, the error page seen, the setup and how to reproduce`, () => {
      const { subject, text } = composeRequest(base, texts, lang);
      expect(subject).toContain('https://example.com/shop');
      expect(lines(text)[0]).toBe(texts.subjectLine.replace('{{subject}}', subject));
      expect(text).toContain(texts.site.replace('{{site}}', 'https://example.com/shop'));
      expect(text).toContain(texts.seen.replace('{{seen}}', '502 Bad Gateway nginx'));
      expect(text).toContain('- Where is your site hosted? — On a VPS');
      expect(text).toContain(`${texts.reproduceHeading}\nOpen /shop and press “Buy”.`);
      expect(text).not.toMatch(/\{\{|\}\}/);
    });

    it(`${lang}: without an address or answers it says what is missing instead of leaving blanks`, () => {
      const { subject, text } = composeRequest({ ...base, site: '', seen: ' ', reproduce: '', setup: [] }, texts, lang);
      expect(subject).toBe(texts.audiences.ownerToHost.subjectNoSite);
      expect(text).toContain(texts.siteUnknown);
      expect(text).toContain(texts.seenUnknown);
      expect(text).toContain(texts.reproduceUnknown);
      expect(text).not.toContain(texts.setupHeading);
    });

    for (const audience of AUDIENCES) {
      it(`${lang}, ${audience}: never asks for a password`, () => {
        const { subject, text } = composeRequest({ ...base, audience }, texts, lang);
        expect(`${subject}\n${text}`).not.toMatch(/passw|пароль|пароля|паролей/i);
        expect(text).toContain(texts.audiences[audience].greeting);
        expect(text).toContain(texts.audiences[audience].ask);
      });
    }

    it(`${lang}: the owner's letter says how to give access safely; a visitor's has nothing to give`, () => {
      const owner = composeRequest(base, texts, lang).text;
      expect(owner).toContain(`${texts.accessHeading}\n${texts.access}`);
      expect(owner).toMatch(/SSH/);
      expect(owner).toMatch(lang === 'en' ? /temporary account/ : /временную учётную запись/);
      expect(owner).toMatch(lang === 'en' ? /remove that access/ : /доступ будет отозван/);
      for (const audience of ['visitorToOwner', 'visitorToIsp'] as const) {
        expect(composeRequest({ ...base, audience }, texts, lang).text).not.toContain(texts.access);
      }
    });

    it(`${lang}: log findings go only into the owner's letter`, () => {
      const owner = composeRequest(base, texts, lang).text;
      expect(owner).toContain(texts.findingsHeading);
      expect(owner).toContain('upstream timed out');
      expect(owner).toContain(texts.findingSample.replace('{{line}}', base.findings![0]!.sampleLine));
      expect(composeRequest({ ...base, audience: 'visitorToOwner' }, texts, lang).text).not.toContain('upstream timed out');
      expect(composeRequest({ ...base, findings: [] }, texts, lang).text).not.toContain(texts.findingsHeading);
    });
  }

  it('ru: counts log lines with Russian plural forms', () => {
    const counted = (count: number) =>
      composeRequest({ ...base, findings: [{ cause: 'connect() failed', count, sampleLine: '' }] }, letters.ru, 'ru').text;
    expect(counted(1)).toContain('- connect() failed: 1 строка');
    expect(counted(3)).toContain('- connect() failed: 3 строки');
    expect(counted(5)).toContain('- connect() failed: 5 строк');
    expect(counted(21)).toContain('- connect() failed: 21 строка');
    expect(counted(5)).not.toContain('например');
  });

  it('en: counts log lines in the singular and plural', () => {
    const counted = (count: number) =>
      composeRequest({ ...base, findings: [{ cause: 'connect() failed', count, sampleLine: 'x' }] }, letters.en, 'en').text;
    expect(counted(1)).toContain('- connect() failed: 1 line\n');
    expect(counted(2)).toContain('- connect() failed: 2 lines\n');
  });

  it('ru: the Russian letter has no English words of its own, only technical names and what the person typed', () => {
    const input = { ...base, timeZone: 'Europe/Moscow', setup: [], steps: [], findings: [], seen: '', reproduce: '', site: 'пример.рф' };
    for (const audience of AUDIENCES) {
      const { text } = composeRequest({ ...input, audience }, letters.ru, 'ru');
      const latin = text.match(/[A-Za-z]+(?:-[A-Za-z]+)*/g) ?? [];
      expect(latin.filter((word) => !['Bad', 'Gateway', 'UTC', 'DNS', 'PHP-FPM', 'SSH'].includes(word))).toEqual([]);
    }
  });
});

describe('parseDiagnosis', () => {
  it('reads the findings the diagnosis page stored, and nothing else', () => {
    const finding = { cause: 'upstream timed out', count: 2, sampleLine: 'line' };
    expect(parseDiagnosis(JSON.stringify({ findings: [finding, { cause: '', count: 1, sampleLine: '' }, { cause: 'x', count: -1, sampleLine: '' }, 'junk'] }))).toEqual([finding]);
    expect(parseDiagnosis(null)).toEqual([]);
    expect(parseDiagnosis('{not json')).toEqual([]);
    expect(parseDiagnosis('null')).toEqual([]);
    expect(parseDiagnosis('{"findings": 3}')).toEqual([]);
  });
});
