// The shape of src/content/tree.json. Structure only: every word a person reads lives in the locales.

export const NODE_KINDS = ['question', 'check', 'info', 'outcome'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** One line of instructions. `code` is a command to copy, `keys` a shortcut to press; neither is translated. */
export interface Step {
  id: string;
  code?: string;
  keys?: string;
  /**
   * How the command was checked: "ran on Debian 12 …" for what was run here, else the vendor's
   * documentation that gives it. JSON has no comments; this is the comment, and the validator
   * refuses a command without one.
   */
  checked?: string;
}

export interface Option {
  id: string;
  next: string;
}

interface NodeBase {
  id: string;
  /** Steps that apply on every platform. */
  steps?: Step[];
  /** The one platform dimension this node varies by, with its steps per platform. */
  platform?: PlatformDimension;
  variants?: Record<string, Step[]>;
  /** A picture drawn by the app beside the text; its labels live in common.json. */
  figure?: Figure;
}

export const FIGURES = ['chain'] as const;
export type Figure = (typeof FIGURES)[number];

export interface QuestionNode extends NodeBase {
  kind: 'question';
  options: Option[];
}

/** "Do this. Did it help?" yes → an outcome, no → the next check. */
export interface CheckNode extends NodeBase {
  kind: 'check';
  yes: string;
  no: string;
}

export const OUTCOME_TONES = ['solved', 'contact', 'wait'] as const;
export type OutcomeTone = (typeof OUTCOME_TONES)[number];

/** Something to read (what a 502 is, how the chain works), then "Continue". */
export interface InfoNode extends NodeBase {
  kind: 'info';
  next: string;
}

export interface OutcomeNode extends NodeBase {
  kind: 'outcome';
  tone: OutcomeTone;
}

export type TreeNode = QuestionNode | CheckNode | InfoNode | OutcomeNode;

export interface Tree {
  start: string;
  /** Old id → current id, so that links shared before a rename keep working. */
  aliases: Record<string, string>;
  nodes: TreeNode[];
}

export const PLATFORM_DIMENSIONS = {
  os: ['windows', 'windows-7', 'macos', 'linux', 'android', 'ios', 'chromeos'],
  browser: ['chrome', 'firefox', 'safari', 'edge', 'opera', 'yandex'],
  // The releases people run today, each with its own versioned names (PHP 8.4 on Debian 13, 8.2 on
  // Debian 12, 8.5 on Ubuntu 26.04, 8.3 on 24.04, 8.1 on 22.04), and one group for nodes whose every
  // command is the same on all of them (PLATFORM_GROUPS).
  server: ['debian-ubuntu', 'debian-13', 'debian-12', 'ubuntu-26-04', 'ubuntu-24-04', 'ubuntu-22-04', 'rhel-family'],
} as const;
export type PlatformDimension = keyof typeof PLATFORM_DIMENSIONS;
export type Platform = (typeof PLATFORM_DIMENSIONS)[PlatformDimension][number];

/**
 * A group stands for all of its members on a node where every command is the same on each; a node
 * uses either the group or every one of its members, never both.
 */
export const PLATFORM_GROUPS: Readonly<Record<string, readonly Platform[]>> = {
  'debian-ubuntu': ['debian-13', 'debian-12', 'ubuntu-26-04', 'ubuntu-24-04', 'ubuntu-22-04'],
};

/** The prose of one node in one language (locales/{lang}/tree.json → nodes.{id}). */
export interface NodeText {
  title: string;
  summary: string;
  body?: string;
  options?: Record<string, string>;
  steps?: Record<string, string>;
  variants?: Record<string, Record<string, string>>;
}

export interface TreeLocale {
  nodes: Record<string, NodeText>;
}
