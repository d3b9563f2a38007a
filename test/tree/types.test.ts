import { describe, expect, it } from 'vitest';
import { NODE_KINDS, PLATFORM_DIMENSIONS } from '@/tree/types';

describe('NODE_KINDS', () => {
  it("holds DESIGN.md's three kinds, plus info for pages to read", () => {
    expect([...NODE_KINDS].sort()).toEqual(['check', 'info', 'outcome', 'question']);
  });
});

describe('PLATFORM_DIMENSIONS', () => {
  it('uses only lowercase kebab-case values, since each is a URL segment', () => {
    for (const value of Object.values(PLATFORM_DIMENSIONS).flat()) expect(value).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('never uses a value in two dimensions, so a variant segment names one platform', () => {
    const all = Object.values(PLATFORM_DIMENSIONS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
