// The answers given so far in this tab. Each step records the node, the answer and where it led;
// the path shown on a page is the unbroken chain of answers that ends there, so browser back and
// forward show the right path without rewriting anything.

export interface JourneyStep {
  node: string;
  /** An option id of a question, or "yes" / "no" of a check. */
  answer: string;
  to: string;
}

export type Journey = readonly JourneyStep[];

/** Answering at `step.node` replaces whatever was answered there and after it. */
export function recordAnswer(journey: Journey, step: JourneyStep): Journey {
  const at = journey.findIndex((s) => s.node === step.node);
  return [...(at === -1 ? journey : journey.slice(0, at)), step];
}

/** The answers that led to `node`, oldest first; empty when it was opened directly. */
export function pathTo(journey: Journey, node: string): Journey {
  const end = journey.map((s) => s.to).lastIndexOf(node);
  if (end === -1) return [];
  let start = end;
  while (start > 0 && journey[start - 1]!.to === journey[start]!.node) start--;
  return journey.slice(start, end + 1);
}

export function parseJourney(stored: string | null): Journey {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? value.filter(isStep) : [];
  } catch {
    return [];
  }
}

function isStep(value: unknown): value is JourneyStep {
  const s = value as JourneyStep;
  return typeof s === 'object' && s !== null && [s.node, s.answer, s.to].every((v) => typeof v === 'string');
}
