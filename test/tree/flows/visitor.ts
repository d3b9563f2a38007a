import { type Area, check, question } from './flow';

/** A visitor of the failing site: the page, the browser, the network, the device. */
export const visitor: Area = {
  name: 'the visitor side',
  tables: {
    'visitor-reload': check({ yes: 'visitor-solved', no: 'down-for-everyone' }),
    'down-for-everyone': question({
      'only-me': 'private-window',
      everyone: 'visitor-wait-outage',
      'all-sites': 'vpn-proxy-off',
      'not-sure': 'private-window',
    }),
    'private-window': check({ yes: 'clear-cache-cookies', no: 'vpn-proxy-off' }),
    'clear-cache-cookies': check({ yes: 'visitor-solved', no: 'disable-extensions' }),
    'disable-extensions': check({ yes: 'visitor-solved', no: 'vpn-proxy-off' }),
    'vpn-proxy-off': check({ yes: 'visitor-solved', no: 'browser-secure-dns' }),
    'browser-secure-dns': check({ yes: 'visitor-solved', no: 'other-browser' }),
    'other-browser': check({ yes: 'fix-first-browser', no: 'other-device-network' }),
    'other-device-network': question({
      'works-elsewhere': 'flush-dns',
      'fails-everywhere': 'visitor-contact-owner',
      'cannot-try': 'flush-dns',
    }),
    'flush-dns': check({ yes: 'visitor-solved', no: 'change-dns' }),
    'change-dns': check({ yes: 'visitor-solved', no: 'restart-device-router' }),
    'restart-device-router': check({ yes: 'visitor-solved', no: 'visitor-contact-isp' }),
  },
};
