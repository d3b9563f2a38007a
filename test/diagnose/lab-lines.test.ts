// Every line the lab's real servers wrote (test/fixtures/lab/snapshot.json), one by one: the ones
// the lab recorded with a cause give that cause, the startup and other noise lines give no finding,
// and each scenario's most likely cause is the one it reproduced.
import { describe, expect, it } from 'vitest';
import { analyzeLines, matchLine, summarize } from '../../src/diagnose/analyze';
import snapshot from '../fixtures/lab/snapshot.json';

/**
 * Lines the diagnosis reads better than when the snapshot was recorded: Apache 2.4.71 says an
 * https:// backend needs SSLProxyEngine in words the older pattern did not know.
 */
const NOW_FOUND: Readonly<Record<string, string>> = {
  'failed to enable ssl support': 'ssl-upstream',
};

const expected = (line: { text: string; cause?: string }) =>
  Object.entries(NOW_FOUND).find(([text]) => line.text.includes(text))?.[1] ?? line.cause ?? null;

describe('the lab snapshot, line by line', () => {
  for (const scenario of snapshot.scenarios) {
    describe(scenario.id, () => {
      for (const line of scenario.lines as Array<{ server: string; text: string; cause?: string }>) {
        it(`${expected(line) ?? 'no finding'}: ${line.text.slice(0, 100)}`, () => {
          expect(matchLine(line.text)?.cause ?? null).toBe(expected(line));
        });
      }

      // "no live upstreams" is only a consequence: the reason every server failed goes before it.
      const first = scenario.cause === 'no-live-upstreams' ? 'upstream-down' : scenario.cause;
      it(`ranks ${first} first`, () => {
        const groups = summarize(analyzeLines(scenario.lines.map((line) => line.text)));
        expect(groups[0]?.cause).toBe(first);
        expect(groups.map((group) => group.cause)).toContain(scenario.cause);
      });
    });
  }
});
