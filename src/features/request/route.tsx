import { lazyComponent } from '@/shared/lazy-component';
import { pageRoute } from '@/shared/page-route';
import { ROUTES } from '@/site/paths';
import { REQUEST_TEXTS } from './request-texts';

const RequestPage = lazyComponent(async () => (await import('./pages/request-page')).RequestPage);

/** /{lang}/request/: the letter may describe any path, of either side. */
export const requestRoute = pageRoute({ path: ROUTES.request }, RequestPage, { texts: () => REQUEST_TEXTS });
