// <arrest-breakdown>: the calculator as a custom element, for embedding in articles.
//
//   <script type="module" src="arrest-breakdown.js"></script>
//   <arrest-breakdown preset="los-angeles" lang="en" mode="card" theme="auto"></arrest-breakdown>
//
// Importing this module registers the element as <arrest-breakdown> (when the name is free).
// The class is arrest-breakdown-element.js; `define` (define.js, which registers nothing by
// itself) registers it under another name, or in another registry (a scoped one, say).
// docs/embedding.md lists its properties and events.

import { ArrestBreakdown, define } from './define.js';

define();

export { ArrestBreakdown, define };
