/**
 * @module
 * Undoing a change made to a tree of plain objects and arrays, in place: every object and array keeps
 * its identity, so code that holds a reference into the tree (a review, a user, a session it found
 * before the change) still holds the live one afterwards.
 */
type Node = Record<string, unknown> | unknown[]

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null
}

/** Records the tree as it is now; the returned function puts every object and array back as it was. */
export function recordUndo(root: object): () => void {
  const saved = new Map<Node, Node>()
  const visit = (value: unknown) => {
    if (!isNode(value) || saved.has(value)) return
    const children = Array.isArray(value) ? [...value] : { ...value }
    saved.set(value, children)
    for (const child of Object.values(children)) visit(child)
  }
  visit(root)
  return () => {
    for (const [node, children] of saved) {
      if (Array.isArray(node)) {
        node.length = 0
        for (const child of children as unknown[]) node.push(child)
      } else {
        for (const key of Object.keys(node)) delete node[key]
        Object.assign(node, children)
      }
    }
  }
}
