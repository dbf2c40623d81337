// Tiny DOM builders. Text only ever goes in through textContent or Text nodes (append with a
// string), never through an HTML parser, so figures and labels from a scenario cannot inject
// markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(node, props) {
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  return node;
}

/** An HTML element: el('p', {class: 'x', text: 'Hello'}, child, 'more text'). */
export function el(tag, props = {}, ...children) {
  const node = apply(document.createElement(tag), props);
  node.append(...children.filter((c) => c != null && c !== false));
  return node;
}

/** An SVG element, built with createElementNS. */
export function svg(tag, props = {}, ...children) {
  const node = apply(document.createElementNS(SVG_NS, tag), props);
  node.append(...children.filter((c) => c != null && c !== false));
  return node;
}

/** Sets a node's text only when it differs: no mutation, no re-layout, for what did not change. */
export function setText(node, text) {
  const value = text ?? '';
  if (node.textContent !== value) node.textContent = value;
}
