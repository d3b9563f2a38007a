import { describe, it, expect } from 'vitest';
import { chooseVariant, detectPlatform } from '@/tree/detect-platform';

// Real user-agent strings, as the browsers send them.
const agents = {
  windows10Chrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  windows7Chrome:
    'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  windows7Firefox: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
  iPhoneFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  androidEdge:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 EdgA/124.0.2478.64',
  chromebook:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  ubuntuFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
  windowsOpera:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0',
  windowsYandex:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36',
  curl: 'curl/8.5.0',
};

const detect = (userAgent: string, maxTouchPoints?: number) => ({
  os: detectPlatform('os', { userAgent, maxTouchPoints }),
  browser: detectPlatform('browser', { userAgent, maxTouchPoints }),
});

describe('detectPlatform', () => {
  it('recognises Chrome on Windows 10', () => {
    expect(detect(agents.windows10Chrome)).toEqual({ os: 'windows', browser: 'chrome' });
  });

  it('tells Windows 7 apart from later Windows', () => {
    expect(detect(agents.windows7Chrome)).toEqual({ os: 'windows-7', browser: 'chrome' });
    expect(detect(agents.windows7Firefox)).toEqual({ os: 'windows-7', browser: 'firefox' });
  });

  it('recognises Safari on a Mac without a touch screen', () => {
    expect(detect(agents.macSafari, 0)).toEqual({ os: 'macos', browser: 'safari' });
    expect(detect(agents.macSafari)).toEqual({ os: 'macos', browser: 'safari' });
  });

  it('recognises an iPad that says "Macintosh" by its touch screen', () => {
    expect(detect(agents.macSafari, 5)).toEqual({ os: 'ios', browser: 'safari' });
  });

  it('recognises Safari on an iPhone', () => {
    expect(detect(agents.iPhoneSafari, 5)).toEqual({ os: 'ios', browser: 'safari' });
  });

  it('recognises Chrome and Firefox on an iPhone although they say "Safari" too', () => {
    expect(detect(agents.iPhoneChrome, 5)).toEqual({ os: 'ios', browser: 'chrome' });
    expect(detect(agents.iPhoneFirefox, 5)).toEqual({ os: 'ios', browser: 'firefox' });
  });

  it('recognises Android although it says "Linux" too', () => {
    expect(detect(agents.androidChrome, 5)).toEqual({ os: 'android', browser: 'chrome' });
    expect(detect(agents.androidEdge, 5)).toEqual({ os: 'android', browser: 'edge' });
  });

  it('recognises ChromeOS although it says "X11" too', () => {
    expect(detect(agents.chromebook)).toEqual({ os: 'chromeos', browser: 'chrome' });
  });

  it('recognises Firefox on Ubuntu as Linux', () => {
    expect(detect(agents.ubuntuFirefox)).toEqual({ os: 'linux', browser: 'firefox' });
  });

  it('recognises Edge, Opera and Yandex Browser although they all say "Chrome" too', () => {
    expect(detect(agents.windowsEdge).browser).toBe('edge');
    expect(detect(agents.windowsOpera).browser).toBe('opera');
    expect(detect(agents.windowsYandex)).toEqual({ os: 'windows', browser: 'yandex' });
  });

  it('gives null for an agent it does not know', () => {
    expect(detect(agents.curl)).toEqual({ os: null, browser: null });
    expect(detect('')).toEqual({ os: null, browser: null });
  });

  it('gives null for the server dimension, which a browser cannot see', () => {
    expect(detectPlatform('server', { userAgent: agents.ubuntuFirefox })).toBeNull();
  });
});

describe('chooseVariant', () => {
  const variants = ['windows', 'macos', 'linux'];

  it('shows the variant the person picked over the detected one', () => {
    expect(chooseVariant(variants, 'linux', 'macos')).toBe('linux');
  });

  it('shows the detected variant when the person picked none', () => {
    expect(chooseVariant(variants, null, 'macos')).toBe('macos');
  });

  it('ignores a pick the node has no variant for', () => {
    expect(chooseVariant(variants, 'android', 'macos')).toBe('macos');
  });

  it('shows the first variant when nothing picked or detected fits', () => {
    expect(chooseVariant(variants, null, null)).toBe('windows');
    expect(chooseVariant(variants, 'ios', 'chromeos')).toBe('windows');
  });

  it('gives nothing for a node without variants', () => {
    expect(chooseVariant([], 'macos', 'macos')).toBeUndefined();
  });
});

describe('chooseVariant across releases and their group', () => {
  const grouped = ['debian-ubuntu', 'rhel-family'];
  const split = ['debian-13', 'debian-12', 'ubuntu-26-04', 'ubuntu-24-04', 'ubuntu-22-04', 'rhel-family'];

  it('shows "Debian and Ubuntu" to someone who picked Debian 13 on a step that does not split them', () => {
    expect(chooseVariant(grouped, 'debian-13', null)).toBe('debian-ubuntu');
    expect(chooseVariant(grouped, 'ubuntu-22-04', null)).toBe('debian-ubuntu');
  });

  it('shows the picked release on a step split by release', () => {
    expect(chooseVariant(split, 'ubuntu-24-04', null)).toBe('ubuntu-24-04');
  });

  it('shows the newest Debian to someone who picked the group, on a step split by release', () => {
    expect(chooseVariant(split, 'debian-ubuntu', null)).toBe('debian-13');
  });

  it('keeps RHEL as RHEL on both kinds of step', () => {
    expect(chooseVariant(grouped, 'rhel-family', null)).toBe('rhel-family');
    expect(chooseVariant(split, 'rhel-family', null)).toBe('rhel-family');
  });
});
