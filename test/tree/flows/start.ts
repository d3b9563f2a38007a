import { type Area, info, question } from './flow';

/** The first question, what a 502 is, and the payment that may have failed. */
export const start: Area = {
  name: 'the start and the explanation',
  tables: {
    start: question({
      visitor: 'visitor-reload',
      owner: 'owner-hosting',
      paying: 'payment-or-form',
      explain: 'what-is-502',
    }),
    'what-is-502': info({ continue: 'error-page-clues' }),
    'error-page-clues': info({ continue: 'why-502-happens' }),
    'why-502-happens': info({ continue: 'visitor-or-owner' }),
    'visitor-or-owner': question({
      visitor: 'visitor-reload',
      owner: 'owner-hosting',
    }),
    'payment-or-form': info({ continue: 'visitor-reload' }),
  },
};
