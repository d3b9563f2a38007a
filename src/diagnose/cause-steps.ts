import type { Cause } from './causes';

/**
 * The owner step that fixes each cause: the node id its finding links to (and the CLI prints).
 * THE PLACE TO UPDATE when the owner steps are split further: these are today's node ids of
 * src/content/tree.json; test/diagnose/cause-steps.test.ts checks that each one exists.
 */
export const CAUSE_STEPS: Readonly<Record<Cause, string>> = {
  'upstream-down': 'owner-backend',
  'socket-missing': 'owner-backend',
  permission: 'owner-backend',
  'upstream-crashed': 'owner-error-logs',
  'header-too-big': 'owner-buffers',
  timeout: 'owner-timeouts',
  dns: 'owner-upstream-dns',
  'backlog-full': 'owner-php-fpm-limits',
  'no-live-upstreams': 'owner-backend',
  'php-fpm-max-children': 'owner-php-fpm-limits',
  'ssl-upstream': 'owner-web-server',
  'invalid-response': 'owner-backend',
  memory: 'owner-memory',
  other: 'owner-error-logs',
};

/** Where a person without JavaScript, or with a message we do not know, reads the log by hand. */
export const READ_LOGS_STEP = 'owner-error-logs';
