import { describe, expect, it } from 'vitest';
import { choiceToKeep, groupAddresses, groupOf, matchVariant, membersOf } from '@/tree/platform-groups';
import { PLATFORM_DIMENSIONS, PLATFORM_GROUPS } from '@/tree/types';

describe('platform groups', () => {
  it('are platforms of a dimension, and so are all their members', () => {
    const server: readonly string[] = PLATFORM_DIMENSIONS.server;
    for (const [group, members] of Object.entries(PLATFORM_GROUPS)) {
      expect(server).toContain(group);
      for (const member of members) expect(server).toContain(member);
    }
  });

  it('name each release’s group, and no group for RHEL', () => {
    expect(groupOf('debian-12')).toBe('debian-ubuntu');
    expect(groupOf('ubuntu-26-04')).toBe('debian-ubuntu');
    expect(groupOf('rhel-family')).toBeUndefined();
    expect(membersOf('debian-ubuntu')).toEqual(['debian-13', 'debian-12', 'ubuntu-26-04', 'ubuntu-24-04', 'ubuntu-22-04']);
    expect(membersOf('debian-12')).toBeUndefined();
  });
});

describe('matchVariant', () => {
  it('finds nothing for a platform of another dimension', () => {
    expect(matchVariant(['debian-ubuntu', 'rhel-family'], 'macos')).toBeUndefined();
    expect(matchVariant(['debian-ubuntu'], null)).toBeUndefined();
  });

  it('takes the first member the step lists when the group is asked for', () => {
    expect(matchVariant(['ubuntu-24-04', 'debian-12'], 'debian-ubuntu')).toBe('ubuntu-24-04');
  });
});

describe('choiceToKeep', () => {
  it('keeps the release when the person then clicks its group’s tab', () => {
    expect(choiceToKeep('ubuntu-22-04', 'debian-ubuntu')).toBe('ubuntu-22-04');
  });

  it('takes the new pick otherwise', () => {
    expect(choiceToKeep('rhel-family', 'debian-ubuntu')).toBe('debian-ubuntu');
    expect(choiceToKeep(undefined, 'debian-ubuntu')).toBe('debian-ubuntu');
    expect(choiceToKeep('debian-12', 'ubuntu-24-04')).toBe('ubuntu-24-04');
  });
});

describe('groupAddresses', () => {
  it('names the group of a step split by release, whose old address must still open', () => {
    expect(groupAddresses(['debian-13', 'debian-12', 'ubuntu-26-04', 'ubuntu-24-04', 'ubuntu-22-04', 'rhel-family'])).toEqual(['debian-ubuntu']);
  });

  it('names nothing for a step that has the group itself, or no release of it', () => {
    expect(groupAddresses(['debian-ubuntu', 'rhel-family'])).toEqual([]);
    expect(groupAddresses(['windows', 'macos'])).toEqual([]);
  });
});
