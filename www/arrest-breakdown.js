// <arrest-breakdown>: the calculator as a custom element, for embedding in articles.
//
//   <script type="module" src="arrest-breakdown.js"></script>
//   <arrest-breakdown preset="los-angeles" lang="en" mode="card" theme="auto"></arrest-breakdown>
//
// Importing this module registers the element as <arrest-breakdown> (when the name is free).
// The class is arrest-breakdown-element.js; `define` registers it under another name, or in
// another registry (a scoped one, say). docs/embedding.md lists its properties and events.

import { ArrestBreakdown } from './arrest-breakdown-element.js';

/**
 * Registers the element as `name` in `registry`, and returns the class registered under that
 * name. Idempotent: a name already taken is left as it is. Registered under a second name, the
 * element is a subclass (a registry takes a class once).
 * @param {string} [name]
 * @param {CustomElementRegistry} [registry]
 * @returns {CustomElementConstructor}
 */
export function define(name = 'arrest-breakdown', registry = customElements) {
  const taken = registry.get(name);
  if (taken) return taken;
  try {
    registry.define(name, ArrestBreakdown);
    return ArrestBreakdown;
  } catch (err) {
    // NotSupportedError: the class is registered already, under another name.
    if (!(err instanceof DOMException && err.name === 'NotSupportedError')) throw err;
  }
  const element = class extends ArrestBreakdown {};
  registry.define(name, element);
  return element;
}

define();

export { ArrestBreakdown };
