// Imported first by Node-run scripts that render pages: a page module imports its stylesheet (for
// Vite, which links or inlines it), and Node has no loader for .css. Here it is an empty module.
import { register } from 'node:module';

const hooks = `export async function load(url, context, next) {
  return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context);
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
