import { describe, expect, it } from 'vitest';
import corpus from '../fixtures/diagnose-corpus.json';
import { matchLine } from '@/diagnose/analyze';
import { isCause } from '@/diagnose/causes';

interface Entry {
  line: string;
  /** Where the line was posted publicly, copied as posted. */
  source: string;
  /** The expected cause, or null for a line posted beside them that must not be a finding. */
  cause: string | null;
}

const entries = corpus as Entry[];

describe('corpus of real log lines posted publicly', () => {
  it('has at least 40 lines with a cause, each with the address it was posted at', () => {
    expect(entries.filter((entry) => entry.cause !== null).length).toBeGreaterThanOrEqual(40);
    for (const entry of entries) {
      expect(entry.source).toMatch(/^https:\/\/\S+$/);
      expect(entry.cause === null || isCause(entry.cause), entry.line).toBe(true);
    }
  });

  for (const entry of entries) {
    it(`${entry.cause ?? 'no finding'}: ${entry.line.slice(0, 90)}`, () => {
      expect(matchLine(entry.line)?.cause ?? null).toBe(entry.cause);
    });
  }
});
