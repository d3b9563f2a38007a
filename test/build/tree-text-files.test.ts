import { describe, expect, it } from 'vitest';
import { textsVersion } from '@/build/tree-text-files';

describe('textsVersion', () => {
  const files = new Map([
    ['en/parts/shared.json', '{"nodes":{"a":{}}}'],
    ['ru/parts/shared.json', '{"nodes":{"a":{}}}'],
  ]);

  it('names the same texts the same way, and changes with any of them', () => {
    expect(textsVersion(files)).toBe(textsVersion(new Map([...files].reverse())));
    const changed = new Map(files).set('ru/parts/shared.json', '{"nodes":{}}');
    expect(textsVersion(changed)).not.toBe(textsVersion(files));
    expect(textsVersion(files)).toMatch(/^[0-9a-f]{10}$/);
  });
});
