// The support request: what support asks every time (when exactly, which site, what was tried,
// how to reproduce), in one text. Pure: every sentence comes from `texts` (a locale file's
// "letter" section), every fact from `input`. It never asks for a password: the owner's letter
// offers safe ways to give access instead.
import { fill, plural, type PluralText } from './fill';
import { MOSCOW, zonedTime } from './time';

export const AUDIENCES = ['visitorToOwner', 'visitorToIsp', 'ownerToHost'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}

/** One cause found in the server's logs by the diagnosis page. */
export interface LogFinding {
  cause: string;
  count: number;
  sampleLine: string;
}

/** A step tried, as the person read it: the step's title and what came of it. */
export interface TriedStep {
  title: string;
  result: string;
}

/** A question answered on the way: "Where is your site hosted?" → "On a VPS…". */
export interface SetupFact {
  question: string;
  answer: string;
}

export interface RequestInput {
  audience: Audience;
  /** When the error was seen; null when the person has not said. */
  when: Date | null;
  /** The person's IANA time zone, from Intl.DateTimeFormat().resolvedOptions().timeZone. */
  timeZone: string;
  /** A checked site address (see checkSiteAddress), or '' when not given yet. */
  site: string;
  /** The error page seen: free text or the title of the answer picked. */
  seen: string;
  setup: readonly SetupFact[];
  steps: readonly TriedStep[];
  reproduce: string;
  /** Only an owner's letter to the host lists them. */
  findings?: readonly LogFinding[];
}

export interface AudienceTexts {
  subject: string;
  subjectNoSite: string;
  greeting: string;
  intro: string;
  introNoSite: string;
  ask: string;
}

export interface LetterTexts {
  audiences: Record<Audience, AudienceTexts>;
  subjectLine: string;
  timeHeading: string;
  timeUtc: string;
  timeLocal: string;
  timeMoscow: string;
  timeUnknown: string;
  site: string;
  siteUnknown: string;
  seen: string;
  seenUnknown: string;
  setupHeading: string;
  setupLine: string;
  stepsHeading: string;
  stepLine: string;
  stepsNone: string;
  reproduceHeading: string;
  reproduceUnknown: string;
  findingsHeading: string;
  findingLine: PluralText;
  findingSample: string;
  accessHeading: string;
  access: string;
  closing: string;
}

export interface ComposedRequest {
  subject: string;
  body: string;
  /** The subject line and the body: what is copied and downloaded. */
  text: string;
}

const SAMPLE_LIMIT = 500;
const clip = (line: string) => (line.length > SAMPLE_LIMIT ? `${line.slice(0, SAMPLE_LIMIT)}…` : line);

export function composeRequest(input: RequestInput, texts: LetterTexts, lang: string): ComposedRequest {
  const audience = texts.audiences[input.audience];
  const site = input.site.trim();
  const subject = site ? fill(audience.subject, { site }) : audience.subjectNoSite;
  const paragraphs: string[] = [
    audience.greeting,
    site ? fill(audience.intro, { site }) : audience.introNoSite,
    section(texts.timeHeading, timeLines(input, texts)),
    [site ? fill(texts.site, { site }) : texts.siteUnknown, input.seen.trim() ? fill(texts.seen, { seen: input.seen.trim() }) : texts.seenUnknown].join('\n'),
  ];
  if (input.setup.length > 0) {
    paragraphs.push(section(texts.setupHeading, input.setup.map((fact) => fill(texts.setupLine, { ...fact }))));
  }
  paragraphs.push(
    section(
      texts.stepsHeading,
      input.steps.length > 0 ? input.steps.map((step, i) => fill(texts.stepLine, { n: i + 1, title: step.title, result: step.result })) : [texts.stepsNone],
    ),
    section(texts.reproduceHeading, [input.reproduce.trim() || texts.reproduceUnknown]),
  );
  const owner = input.audience === 'ownerToHost';
  if (owner && input.findings && input.findings.length > 0) {
    paragraphs.push(section(texts.findingsHeading, input.findings.flatMap((f) => findingLines(f, texts, lang))));
  }
  paragraphs.push(audience.ask);
  if (owner) paragraphs.push(section(texts.accessHeading, [texts.access]));
  paragraphs.push(texts.closing);
  const body = paragraphs.join('\n\n');
  return { subject, body, text: `${fill(texts.subjectLine, { subject })}\n\n${body}` };
}

function section(heading: string, lines: readonly string[]): string {
  return [heading, ...lines].join('\n');
}

function timeLines(input: RequestInput, texts: LetterTexts): string[] {
  if (!input.when || Number.isNaN(input.when.getTime())) return [texts.timeUnknown];
  const utc = zonedTime(input.when, 'UTC');
  const moscow = zonedTime(input.when, MOSCOW);
  const lines = [fill(texts.timeUtc, { time: utc.time })];
  const zone = input.timeZone;
  // The local line adds nothing for someone whose clock is UTC or Moscow time already.
  if (!['UTC', 'Etc/UTC', 'Etc/GMT', MOSCOW].includes(zone)) {
    try {
      const local = zonedTime(input.when, zone);
      lines.push(fill(texts.timeLocal, { time: local.time, zone, offset: local.offset }));
    } catch {
      // An unknown zone: UTC and Moscow time still say exactly when.
    }
  }
  lines.push(fill(texts.timeMoscow, { time: moscow.time, offset: moscow.offset }));
  return lines;
}

function findingLines(finding: LogFinding, texts: LetterTexts, lang: string): string[] {
  const lines = [plural(texts.findingLine, finding.count, lang, { cause: finding.cause })];
  if (finding.sampleLine.trim()) lines.push(fill(texts.findingSample, { line: clip(finding.sampleLine.trim()) }));
  return lines;
}
