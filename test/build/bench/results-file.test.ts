import { describe, expect, it } from 'vitest';
import { mergeSections, readSections } from '../../../src/build/bench/results-file';

const ORDER = ['First view', 'The next step', 'Lighthouse'];
const previous = `# bench

## First view (gzip)

old bytes

## Lighthouse (mobile)

old scores
`;

describe('the bench results file', () => {
  it('replaces the sections that ran and keeps the others, in the file order', () => {
    const merged = mergeSections('bench', ORDER, previous, [{ heading: 'Lighthouse (mobile, again)', lines: ['', 'new scores'] }]);
    expect(merged).toBe('# bench\n\n## First view (gzip)\n\nold bytes\n\n## Lighthouse (mobile, again)\n\nnew scores\n');
  });

  it('adds a section it did not have at its place in the order', () => {
    const merged = mergeSections('bench', ORDER, previous, [{ heading: 'The next step: click to paint', lines: ['', 'clicks'] }]);
    expect([...readSections(merged).keys()]).toEqual(['First view', 'The next step', 'Lighthouse']);
    expect(readSections(merged).get('The next step')).toEqual(['## The next step: click to paint', '', 'clicks']);
  });

  it('drops a section whose heading is no longer one of the bench parts', () => {
    const merged = mergeSections('bench', ['Lighthouse'], previous, []);
    expect(merged).not.toContain('old bytes');
    expect(merged).toContain('old scores');
  });
});
