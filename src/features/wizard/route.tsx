import { pageRoute } from '@/shared/page-route';
import { ROUTES } from '@/site/paths';
import { preloadStep, StepRoute, stepTexts } from './pages/step-route';

/** Every step's address: the start at /{lang}/, a node, a node on a platform. */
export const wizardRoutes = [
  pageRoute({ index: true }, StepRoute, { texts: stepTexts, preload: preloadStep }),
  pageRoute({ path: ROUTES.step }, StepRoute, { texts: stepTexts, preload: preloadStep }),
  pageRoute({ path: ROUTES.stepVariant }, StepRoute, { texts: stepTexts, preload: preloadStep }),
];
