import type { Finding } from '@/diagnose/analyze';

/** Characters shown around the matched message of a very long line (a minified blob, a dump). */
const BEFORE = 400;
const AFTER = 800;

/**
 * One log line as text, its message in <mark>. Only React text nodes: a line holding `<script>`
 * or any HTML is shown, never run.
 */
export function DiagnoseLine({ finding }: { finding: Finding }) {
  const { text, start, end } = finding;
  const from = Math.max(0, start - BEFORE);
  const to = Math.min(text.length, end + AFTER);
  return (
    <code className="diagnose-line-text">
      {from > 0 && '…'}
      {text.slice(from, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length && '…'}
    </code>
  );
}
