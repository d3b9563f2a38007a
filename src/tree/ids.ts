/** Lowercase kebab-case: the form of every id (an id is also a URL segment and a file name). */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
