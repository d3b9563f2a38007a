// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeArea, tree, waysOut } from './flow';
import { ownerChecks } from './owner-checks';
import { ownerFront } from './owner-front';
import { start } from './start';
import { visitor } from './visitor';

// Where every answer of the wizard leads, one table per node, read against src/content/tree.json.
// Moving an answer in the tree, swapping two, or adding one fails here until its table says so.
const areas = [start, visitor, ownerFront, ownerChecks];

areas.forEach(describeArea);

describe('the flow tables', () => {
  it('pin every question, check and info page of the tree, each in one area', () => {
    const pinned = areas.flatMap((area) => Object.keys(area.tables));
    const withAnswers = tree.nodes.filter((node) => waysOut(node)).map((node) => node.id);
    expect(pinned.filter((id, i) => pinned.indexOf(id) !== i), 'nodes with two tables').toEqual([]);
    expect([...pinned].sort()).toEqual([...withAnswers].sort());
  });
});
