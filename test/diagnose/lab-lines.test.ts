// Every line the lab's real servers wrote (test/fixtures/lab/snapshot.json), one by one: the ones
// the lab recorded with a cause give that cause, the startup and other noise lines give no finding,
// and each scenario's most likely cause is the one it reproduced.
import { describe, expect, it } from 'vitest';
import { analyzeLines, matchLine, summarize } from '@/diagnose/analyze';
import snapshot from '../fixtures/lab/snapshot.json';

/**
 * Lines the diagnosis reads now that it did not when the snapshot was recorded: Apache 2.4.71's
 * words for an https:// backend without SSLProxyEngine, Caddy's error log, HAProxy's termination
 * state, gunicorn's arbiter. HAProxy's "PH" says only that it refused the server's reply (too big
 * for its buffer, or not HTTP at all): it is read as an invalid reply, and the HAProxy step beside
 * it covers tune.bufsize.
 */
const NOW_FOUND: ReadonlyArray<readonly [text: string, cause: string]> = [
  ['failed to enable ssl support', 'ssl-upstream'],
  ['connect: connection refused","request"', 'upstream-down'],
  ['net/http: timeout awaiting response headers', 'timeout'],
  [' SC-- ', 'upstream-down'],
  [' sH-- ', 'timeout'],
  [' SH-- ', 'upstream-crashed'],
  [' PH-- ', 'invalid-response'],
  ['WORKER TIMEOUT', 'timeout'],
  ['was terminated due to signal 9', 'upstream-crashed'],
];

/** Scenarios whose first cause differs from the one reproduced, and why. */
const FIRST: Readonly<Record<string, string>> = {
  // "no live upstreams" is only a consequence: the reason every server failed goes before it.
  'nginx/all-upstreams-down': 'upstream-down',
  // See PH above.
  'haproxy/header-too-big': 'invalid-response',
};

const expected = (line: { text: string; cause?: string }) =>
  NOW_FOUND.find(([text]) => line.text.includes(text))?.[1] ?? line.cause ?? null;

describe('the lab snapshot, line by line', () => {
  for (const scenario of snapshot.scenarios) {
    describe(scenario.id, () => {
      for (const line of scenario.lines as Array<{ server: string; text: string; cause?: string }>) {
        it(`${expected(line) ?? 'no finding'}: ${line.text.slice(0, 100)}`, () => {
          expect(matchLine(line.text)?.cause ?? null).toBe(expected(line));
        });
      }

      const first = FIRST[scenario.id] ?? scenario.cause;
      it(`ranks ${first} first`, () => {
        const groups = summarize(analyzeLines(scenario.lines.map((line) => line.text)));
        expect(groups[0]?.cause).toBe(first);
      });
    });
  }
});
