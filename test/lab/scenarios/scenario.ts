// A scenario: a stack broken the way an owner step describes, the requests that show it, and the
// fix that step advises.
import type { Cause } from '@/diagnose/causes';
import type { ServerName } from '../servers/binaries';
import type { Reply } from '../servers/request';
import type { Stack } from './stack';

export interface Scenario {
  /** "nginx/socket-missing": the proxy, then what breaks. Stable: the snapshot is keyed by it. */
  id: string;
  cause: Cause;
  /** Every server it needs; a missing one makes the scenario "not run". */
  needs: ServerName[];
  /** Needs root: the web server's workers must run as another user than the socket's owner. */
  needsRoot?: boolean;
  /** The status a visitor gets, as the step says it, and which step's text says so. */
  status: number;
  statusSaidBy: string;
  /** What was broken and how it was provoked: kept with the lines in the snapshot. */
  provoked: string;
  /** Starts the broken stack. */
  start(stack: Stack): Promise<void>;
  /** The requests that show the failure. */
  provoke(stack: Stack): Promise<Reply[]>;
  /** Applies the step's advice; null when no step advises a fix for this cause yet. */
  fix: ((stack: Stack) => Promise<void>) | null;
  /** The requests that must all get 200 after the fix (default: provoke again). */
  verify?(stack: Stack): Promise<Reply[]>;
  /**
   * What the diagnosis gets wrong about these real lines, when it does: the scenario then checks
   * that it still does (so that fixing the diagnosis shows here), and the snapshot carries it.
   */
  diagnosisGap?: string;
  /** The status a reply must have to count as reproduced (default: every reply, the step's status). */
  reproducedBy?: 'every' | 'some';
}
