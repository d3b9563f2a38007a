import type { Tree } from './types';

/**
 * Checks the outer shape of tree.json so that the rest of the code can trust its types;
 * everything finer (kinds, links, texts) is validateTree's job, which reports it all at once.
 */
export function loadTree(raw: unknown): Tree {
  if (!isObject(raw)) throw new Error('tree.json: expected an object');
  const { start, aliases = {}, nodes } = raw;
  if (typeof start !== 'string') throw new Error('tree.json: "start" must be a node id');
  if (!isObject(aliases)) throw new Error('tree.json: "aliases" must map old ids to node ids');
  if (!Array.isArray(nodes)) throw new Error('tree.json: "nodes" must be an array');
  nodes.forEach((node, i) => {
    if (!isObject(node) || typeof node.id !== 'string') throw new Error(`tree.json: nodes[${i}] has no string "id"`);
    if (node.kind === 'question' && !Array.isArray(node.options)) throw new Error(`tree.json: "${node.id}" has no options`);
  });
  return { start, aliases: aliases as Record<string, string>, nodes: nodes as Tree['nodes'] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
