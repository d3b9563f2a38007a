import { describe, it, expect } from 'vitest';
import { parseJourney, pathTo, recordAnswer, type Journey, type JourneyStep } from '@/tree/journey';

const visitor: JourneyStep = { node: 'start', answer: 'visitor', to: 'reload' };
const reloadDidNotHelp: JourneyStep = { node: 'reload', answer: 'no', to: 'flush-dns' };
const flushHelped: JourneyStep = { node: 'flush-dns', answer: 'yes', to: 'solved' };
const flushDidNotHelp: JourneyStep = { node: 'flush-dns', answer: 'no', to: 'contact-site' };

const answers = (...steps: JourneyStep[]): Journey => steps.reduce(recordAnswer, [] as Journey);

describe('recordAnswer', () => {
  it('adds the first answer to an empty journey', () => {
    expect(recordAnswer([], visitor)).toEqual([visitor]);
  });

  it('adds an answer at a new node after the others', () => {
    expect(answers(visitor, reloadDidNotHelp, flushHelped)).toEqual([visitor, reloadDidNotHelp, flushHelped]);
  });

  it('replaces the answer at a node answered again, and every answer after it', () => {
    const owner: JourneyStep = { node: 'start', answer: 'owner', to: 'owner-logs' };
    expect(answers(visitor, reloadDidNotHelp, flushHelped, owner)).toEqual([owner]);
    expect(answers(visitor, reloadDidNotHelp, flushHelped, flushDidNotHelp)).toEqual([visitor, reloadDidNotHelp, flushDidNotHelp]);
  });

  it('leaves the journey it was given unchanged', () => {
    const journey = answers(visitor, reloadDidNotHelp);
    recordAnswer(journey, { node: 'start', answer: 'owner', to: 'owner-logs' });
    expect(journey).toEqual([visitor, reloadDidNotHelp]);
  });
});

describe('pathTo', () => {
  const journey = answers(visitor, reloadDidNotHelp, flushHelped);

  it('gives the unbroken chain of answers that led to a node, oldest first', () => {
    expect(pathTo(journey, 'solved')).toEqual([visitor, reloadDidNotHelp, flushHelped]);
  });

  it('gives the start of the chain after going back', () => {
    expect(pathTo(journey, 'flush-dns')).toEqual([visitor, reloadDidNotHelp]);
    expect(pathTo(journey, 'reload')).toEqual([visitor]);
  });

  it('is empty for the start and for a node no answer led to', () => {
    expect(pathTo(journey, 'start')).toEqual([]);
    expect(pathTo(journey, 'owner-logs')).toEqual([]);
  });

  it('leaves out answers given before a node was opened directly', () => {
    const opened = { node: 'owner-logs', answer: 'no', to: 'contact-site' };
    expect(pathTo(answers(visitor, opened), 'contact-site')).toEqual([opened]);
  });

  it('follows the latest answers when two ways led to the same node', () => {
    const reloadHelped: JourneyStep = { node: 'reload', answer: 'yes', to: 'solved' };
    // flush-dns opened from a shared link and solved, then the wizard started over from the start
    expect(pathTo(answers(flushHelped, visitor, reloadHelped), 'solved')).toEqual([visitor, reloadHelped]);
  });
});

describe('parseJourney', () => {
  it('reads a journey written with JSON.stringify', () => {
    const journey = answers(visitor, reloadDidNotHelp);
    expect(parseJourney(JSON.stringify(journey))).toEqual(journey);
  });

  it('gives an empty journey for nothing stored', () => {
    expect(parseJourney(null)).toEqual([]);
  });

  it.each([['garbage'], ['{"node":"start"}'], ['"start"'], ['42'], ['null'], ['']])(
    'gives an empty journey for %j',
    (stored) => {
      expect(parseJourney(stored)).toEqual([]);
    },
  );

  it('drops the entries that are not answers and keeps the rest', () => {
    const stored = JSON.stringify([visitor, null, 3, 'x', { node: 'reload', answer: 'no' }, { ...flushHelped, to: 5 }, reloadDidNotHelp]);
    expect(parseJourney(stored)).toEqual([visitor, reloadDidNotHelp]);
  });
});
