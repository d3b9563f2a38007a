// How a platform chosen on one step carries to another that names platforms differently: a release
// (debian-12) on a step that has only its group (debian-ubuntu), or the group on a step split by release.
import { PLATFORM_GROUPS } from './types';

/** The group a platform belongs to, if any. */
export function groupOf(platform: string): string | undefined {
  return Object.keys(PLATFORM_GROUPS).find((group) => PLATFORM_GROUPS[group]!.includes(platform as never));
}

/** The members of a group, or undefined for a platform that is not a group. */
export function membersOf(platform: string): readonly string[] | undefined {
  return Object.hasOwn(PLATFORM_GROUPS, platform) ? PLATFORM_GROUPS[platform] : undefined;
}

/**
 * The variant of a step that shows `wanted`: itself, else its group, else (for a group) the first of
 * its members that the step has, which is the newest release in the order the step lists them.
 */
export function matchVariant(variants: readonly string[], wanted: string | null | undefined): string | undefined {
  if (!wanted) return undefined;
  if (variants.includes(wanted)) return wanted;
  const group = groupOf(wanted);
  if (group && variants.includes(group)) return group;
  return variants.find((variant) => membersOf(wanted)?.includes(variant));
}

/**
 * What to remember when the person picks `picked`: a group tab must not forget the release they chose
 * before, so that the next step split by release shows theirs again.
 */
export function choiceToKeep(previous: string | undefined, picked: string): string {
  return previous !== undefined && membersOf(picked)?.includes(previous) ? previous : picked;
}

/**
 * The groups a step split by release no longer has a page for, although links to them were shared
 * when it had one (/en/owner-backend/debian-ubuntu/): such an address shows the step without a
 * platform, that is its first release, and the browser then moves to the person's own.
 */
export function groupAddresses(variants: readonly string[]): string[] {
  return Object.keys(PLATFORM_GROUPS).filter(
    (group) => !variants.includes(group) && PLATFORM_GROUPS[group]!.some((member) => variants.includes(member)),
  );
}
