// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '@/build/service-worker';

describe('serviceWorkerSource', () => {
  it('bundles the worker into one classic script with this build’s inputs in it, so that each build’s sw.js differs', async () => {
    const input = { buildId: 'abc123def4567890', precache: ['assets/app-1.js', 'texts/en/parts/owner.json', 'shell.html'], shell: 'shell.html' };
    const source = await serviceWorkerSource(input);
    const other = await serviceWorkerSource({ ...input, buildId: 'fedcba9876543210' });
    expect(source).toContain('abc123def4567890');
    for (const file of input.precache) expect(source).toContain(file);
    expect(source).not.toMatch(/^\s*(import|export)\b/m); // a worker registered without type: "module"
    expect(source).not.toContain('SERVICE_WORKER_INPUT');
    expect(other).not.toBe(source);
  });
});
