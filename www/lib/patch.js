// Brings a rendered node up to date with a freshly rendered one of the same shape, in place:
// text that changed is rewritten, attributes follow, and only where the shapes differ is a node
// replaced. A keystroke then changes a few text nodes and widths, not the whole report, so the
// reader's focus, an open <details> and the screen reader's place all survive.
//
// Small on purpose (the embed's weight budget): both trees come from the same renderer, so
// children are matched by position, with no keys and no moves.

/** Makes `node` look like `next` (which is discarded) and returns the node now in the tree. */
export function patch(node, next) {
  // The common case on a keystroke, checked natively: this part did not change at all.
  if (node.isEqualNode(next)) return node;
  if (node.nodeType !== next.nodeType || node.nodeName !== next.nodeName) {
    node.replaceWith(next);
    return next;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    if (node.data !== next.data) node.data = next.data;
    return node;
  }
  for (const { name } of [...node.attributes]) {
    if (!next.hasAttribute(name)) node.removeAttribute(name);
  }
  for (const { name, value } of next.attributes) {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  }
  patchChildren(node, [...next.childNodes]);
  return node;
}

/** Makes `parent`'s children look like `nodes`, position by position. */
export function patchChildren(parent, nodes) {
  const old = [...parent.childNodes];
  nodes.forEach((next, i) => {
    if (i < old.length) patch(old[i], next);
    else parent.append(next);
  });
  for (const extra of old.slice(nodes.length)) extra.remove();
}
