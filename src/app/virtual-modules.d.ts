declare module 'virtual:tree-texts/*' {
  import type { TreeLocale } from '../tree/types';
  const texts: TreeLocale;
  export default texts;
}
