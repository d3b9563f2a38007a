import { describe, expect, it } from 'vitest';
import { PLATFORM_DIMENSIONS } from '@/tree/types';

describe('PLATFORM_DIMENSIONS', () => {
  it('uses only lowercase kebab-case values, since each is a URL segment', () => {
    for (const value of Object.values(PLATFORM_DIMENSIONS).flat()) expect(value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('never uses a value in two dimensions, so a variant segment names one platform', () => {
    const all = Object.values(PLATFORM_DIMENSIONS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
