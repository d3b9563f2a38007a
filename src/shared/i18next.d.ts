// Types t()'s keys from the English texts, so that a misspelt key is a compile error.
import type common from '../../locales/en/common.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common };
  }
}
