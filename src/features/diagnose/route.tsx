import { CAUSE_STEPS, READ_LOGS_STEP } from '@/diagnose/cause-steps';
import { PAGE_STEPS } from '@/diagnose/error-page-steps';
import { SERVER_STEPS } from '@/diagnose/server-steps';
import { lazyComponent } from '@/shared/lazy-component';
import { pageRoute } from '@/shared/page-route';
import { ROUTES } from '@/site/paths';

const DiagnosePage = lazyComponent(async () => (await import('./pages/diagnose-page')).DiagnosePage);

/** /{lang}/diagnose/: its own words, and the titles of the steps a diagnosis or a pasted error page can point to. */
export const diagnoseRoute = pageRoute({ path: ROUTES.diagnose }, DiagnosePage, {
  texts: () => ({
    namespaces: ['diagnose'],
    nodes: [...new Set([...Object.values(CAUSE_STEPS), ...PAGE_STEPS, ...Object.values(SERVER_STEPS), READ_LOGS_STEP])],
  }),
});
