import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

// The built dist/ on a plain static server (real 404s, no SPA fallback), at the root and under a sub-path.
// E2E_PORT_BASE moves every port the suite opens, so that two checkouts can run it at once.
export const PORT_BASE = Number(process.env.E2E_PORT_BASE) || 4173;
export const ROOT_URL = `http://127.0.0.1:${PORT_BASE}`;
export const SUBPATH_URL = `http://127.0.0.1:${PORT_BASE + 1}/some/sub/path/`;

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: ROOT_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    locale: 'en-GB',
    trace: 'off',
  },
  webServer: [
    {
      command: `node_modules/.bin/tsx src/build/static-server.ts dist --port ${PORT_BASE}`,
      cwd: '../..',
      url: `${ROOT_URL}/en/`,
      reuseExistingServer: false,
    },
    {
      command: `node_modules/.bin/tsx src/build/static-server.ts dist --port ${PORT_BASE + 1} --base /some/sub/path/`,
      cwd: '../..',
      url: `${SUBPATH_URL}en/`,
      reuseExistingServer: false,
    },
  ],
});
