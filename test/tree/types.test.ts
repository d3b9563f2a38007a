import { describe, it, expect } from 'vitest';
import { NODE_KINDS, OUTCOME_TONES, PLATFORM_DIMENSIONS } from '../../src/tree/types';

describe('NODE_KINDS', () => {
  it('are the three kinds of DESIGN.md', () => {
    expect(NODE_KINDS).toEqual(['question', 'check', 'outcome']);
  });
});

describe('OUTCOME_TONES', () => {
  it('are solved, contact and wait', () => {
    expect(OUTCOME_TONES).toEqual(['solved', 'contact', 'wait']);
  });
});

describe('PLATFORM_DIMENSIONS', () => {
  it('lists the systems, browsers and servers of DESIGN.md', () => {
    expect(PLATFORM_DIMENSIONS).toEqual({
      os: ['windows', 'windows-7', 'macos', 'linux', 'android', 'ios', 'chromeos'],
      browser: ['chrome', 'firefox', 'safari', 'edge', 'opera', 'yandex'],
      server: ['debian-ubuntu', 'rhel-family'],
    });
  });

  it('uses only lowercase kebab-case values, since each is a URL segment', () => {
    for (const value of Object.values(PLATFORM_DIMENSIONS).flat()) expect(value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
