// Runs one scenario: start the broken stack, provoke, diagnose the lines the servers wrote, apply
// the step's fix, check again; the stack is always stopped. The result says what held and what not.
import { setTimeout as sleep } from 'node:timers/promises';
import { analyzeLines, summarize } from '@/diagnose/analyze';
import { CAUSE_STEPS } from '@/diagnose/cause-steps';
import type { Cause } from '@/diagnose/causes';
import { isRoot, missing, type ServerName } from '../servers/binaries';
import type { Reply } from '../servers/request';
import { serverVersion } from '../servers/versions';
import type { Scenario } from './scenario';
import { Stack, type StackLine } from './stack';

export interface LineEvidence extends StackLine {
  /** The cause the diagnosis gives this line, if any. */
  cause?: Cause;
}

export interface ScenarioResult {
  id: string;
  cause: Cause;
  step: string;
  status: number;
  statusSaidBy: string;
  provoked: string;
  servers: Partial<Record<ServerName, string>>;
  /** Servers this machine lacks: the scenario did not run. */
  notRun?: string[];
  statuses: number[];
  reproduced: boolean;
  /** Causes the diagnosis named, most likely first. */
  diagnosis: Cause[];
  diagnosed: boolean;
  /** What the diagnosis is known to get wrong here (the scenario's diagnosisGap). */
  gap?: string;
  advice: string[];
  /** null: no step advises a fix for this cause. */
  fixed: boolean | null;
  statusesAfterFix: number[];
  /** Why a request got no reply at all (status 0), first of each kind. */
  requestErrors: string[];
  lines: LineEvidence[];
  error?: string;
  /** The servers' output and log heads when something failed. */
  report?: string;
}

const statuses = (replies: Reply[]) => replies.map((reply) => reply.status);
const errorsOf = (replies: Reply[]) => [...new Set(replies.flatMap((reply) => (reply.error ? [reply.error] : [])))];

/** The diagnosis of these lines is right when it names the cause and its first finding links to that cause's step. */
function diagnoseLines(lines: StackLine[], expected: Cause): { diagnosis: Cause[]; diagnosed: boolean; evidence: LineEvidence[] } {
  const findings = analyzeLines(lines.map((line) => line.text));
  const diagnosis = summarize(findings).map((group) => group.cause);
  const evidence: LineEvidence[] = lines.map((line, index) => {
    const finding = findings.find((candidate) => candidate.line === index + 1);
    return finding ? { ...line, cause: finding.cause } : line;
  });
  const first = diagnosis[0];
  const diagnosed = diagnosis.includes(expected) && first !== undefined && CAUSE_STEPS[first] === CAUSE_STEPS[expected];
  return { diagnosis, diagnosed, evidence };
}

export async function runScenario(scenario: Scenario): Promise<ScenarioResult> {
  const servers = Object.fromEntries(scenario.needs.map((name) => [name, serverVersion(name)]));
  const result: ScenarioResult = {
    id: scenario.id,
    cause: scenario.cause,
    step: CAUSE_STEPS[scenario.cause],
    status: scenario.status,
    statusSaidBy: scenario.statusSaidBy,
    provoked: scenario.provoked,
    ...(scenario.diagnosisGap ? { gap: scenario.diagnosisGap } : {}),
    servers,
    statuses: [],
    reproduced: false,
    diagnosis: [],
    diagnosed: false,
    advice: [],
    fixed: scenario.fix ? false : null,
    statusesAfterFix: [],
    requestErrors: [],
    lines: [],
  };
  const absent: string[] = [...missing(scenario.needs), ...(scenario.needsRoot && !isRoot() ? ['root'] : [])];
  if (absent.length > 0) return { ...result, notRun: absent };

  const stack = new Stack(scenario.id.replace(/\W+/g, '-'));
  try {
    await scenario.start(stack);
    stack.mark();
    const replies = await scenario.provoke(stack);
    result.statuses = statuses(replies);
    result.requestErrors.push(...errorsOf(replies));
    const hits = replies.filter((reply) => reply.status === scenario.status).length;
    result.reproduced = replies.length > 0 && (scenario.reproducedBy === 'some' ? hits > 0 : hits === replies.length);
    // Some lines come after the reply (PHP-FPM's once-a-second warnings): wait for them, a bounded while.
    let diagnosis = diagnoseLines(stack.lines(), scenario.cause);
    // A known gap waits the whole while, so that every late line is in the evidence.
    for (let waited = 0; (!diagnosis.diagnosed || scenario.diagnosisGap) && waited < (scenario.diagnosisGap ? 1000 : 2500); waited += 250) {
      await sleep(250);
      diagnosis = diagnoseLines(stack.lines(), scenario.cause);
    }
    result.diagnosis = diagnosis.diagnosis;
    result.diagnosed = diagnosis.diagnosed;
    result.lines = diagnosis.evidence;
    if (scenario.fix) {
      await scenario.fix(stack);
      const after = await (scenario.verify ?? scenario.provoke)(stack);
      result.statusesAfterFix = statuses(after);
      result.requestErrors.push(...errorsOf(after));
      result.fixed = after.length > 0 && after.every((reply) => reply.status === 200);
    }
  } catch (error) {
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  } finally {
    result.advice = [...stack.advice];
    if (result.error || !result.reproduced || (!result.diagnosed && !result.gap) || result.fixed === false) result.report = stack.report();
    await stack.stop();
  }
  return result;
}
