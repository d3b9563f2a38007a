import type { Finding } from '@/diagnose/analyze';
import type { DiagnoseText } from '@/features/diagnose/hooks/use-diagnose-text';

/** Sentences of advice shown per cause, at most: the first distinct ones of its lines. */
const MAX = 3;

/**
 * What the lines of one cause say exactly ("nginx tried unix:/run/php/php8.4-fpm.sock…"), in the
 * page's language. The values come from the log: i18next puts them in as they are (no escaping)
 * and React shows them as text, so a `<script>` in a path is shown, never run.
 */
export function DiagnoseAdvice({ t, findings }: { t: DiagnoseText; findings: Finding[] }) {
  const sentences: string[] = [];
  for (const { advice } of findings) {
    if (!advice) continue;
    const sentence = t(`advice.${advice.key}` as 'advice.refused', advice.values);
    if (!sentences.includes(sentence)) sentences.push(sentence);
    if (sentences.length === MAX) break;
  }
  if (sentences.length === 0) return null;
  return (
    <div className="diagnose-advice">
      <p className="diagnose-advice-title">{t('results.advice')}</p>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </div>
  );
}
