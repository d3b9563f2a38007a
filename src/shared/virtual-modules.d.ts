declare module 'virtual:tree-text-files' {
  /** Where the step text files are, from the site root: "texts/{version}/". */
  export const TEXTS_DIR: string;
}
