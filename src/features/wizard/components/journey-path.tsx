import type { Journey } from '@/tree/journey';
import { useCommonText } from '@/shared/hooks/use-language';
import { JourneyStep } from '@/shared/components/journey-step';

/** The answers that led here, each one changeable: honest progress instead of a percentage. */
export function JourneyPath({ path }: { path: Journey }) {
  const t = useCommonText();
  if (path.length === 0) return null;
  return (
    <aside className="journey" aria-labelledby="journey-title">
      <h2 id="journey-title">{t('journey.title')}</h2>
      <ol>
        {path.map((step) => (
          <JourneyStep key={step.node} step={step} />
        ))}
      </ol>
    </aside>
  );
}
