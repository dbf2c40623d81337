// `define`, and the class, without registering anything: for a page that wants the element under
// another name, or in a scoped registry, only. arrest-breakdown.js imports it and registers
// <arrest-breakdown>. The npm package's `arrest-breakdown/define`.

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

export { ArrestBreakdown };
