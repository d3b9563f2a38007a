import { lazyComponent } from '@/shared/lazy-component';
import { pageRoute } from '@/shared/page-route';
import { ROUTES } from '@/site/paths';
import { checklistSteps, isSide } from './checklist-steps';

// Its code is a chunk of its own: no step needs it.
const ChecklistPage = lazyComponent(async () => (await import('./pages/checklist-page')).ChecklistPage);

/** /{lang}/checklist/{side}/: every step of that side, with its words. */
export const checklistRoute = pageRoute({ path: ROUTES.checklist }, ChecklistPage, {
  texts: ({ side }) => (isSide(side) ? { nodes: checklistSteps(side) } : {}),
});
