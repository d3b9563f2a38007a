import { type Area, check, info, question } from './flow';

/** A site's owner, behind the front: the application server, then the checks every stack shares. */
export const ownerChecks: Area = {
  name: 'the owner side: what runs behind, and the checks every stack shares',
  tables: {
    'owner-app-kind': question({
      'php-fpm': 'owner-backend',
      node: 'owner-node-app',
      python: 'owner-python-app',
      containers: 'owner-containers',
      kubernetes: 'owner-kubernetes',
      other: 'owner-backend',
    }),
    'owner-backend': check({ yes: 'owner-solved', no: 'owner-error-logs' }),
    'owner-node-app': check({ yes: 'owner-solved', no: 'owner-memory' }),
    'owner-python-app': check({ yes: 'owner-solved', no: 'owner-memory' }),
    'owner-containers': check({ yes: 'owner-solved', no: 'owner-memory' }),
    'owner-error-logs': check({ yes: 'owner-solved', no: 'owner-restart-php-fpm' }),
    'owner-restart-php-fpm': check({ yes: 'owner-solved', no: 'owner-memory' }),
    'owner-memory': check({ yes: 'owner-solved', no: 'owner-php-fpm-limits' }),
    'owner-php-fpm-limits': check({ yes: 'owner-solved', no: 'owner-timeouts' }),
    'owner-timeouts': check({ yes: 'owner-solved', no: 'owner-buffers' }),
    'owner-buffers': check({ yes: 'owner-solved', no: 'owner-upstream-dns' }),
    'owner-upstream-dns': check({ yes: 'owner-solved', no: 'owner-firewall' }),
    'owner-firewall': check({ yes: 'owner-solved', no: 'owner-helper-services' }),
    'owner-helper-services': check({ yes: 'owner-solved', no: 'owner-slow-queries' }),
    'owner-slow-queries': check({ yes: 'owner-solved', no: 'owner-cdn' }),
    'owner-cdn': check({ yes: 'owner-solved', no: 'owner-recent-changes' }),
    'owner-recent-changes': check({ yes: 'owner-solved', no: 'owner-wordpress-debug' }),
    'owner-wordpress-debug': check({ yes: 'owner-solved', no: 'owner-wordpress-plugins' }),
    'owner-wordpress-plugins': check({ yes: 'owner-solved', no: 'owner-resources' }),
    'owner-resources': check({ yes: 'owner-solved', no: 'owner-long-outage' }),
    'owner-long-outage': info({ continue: 'owner-contact-host' }),
  },
};
