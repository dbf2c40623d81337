// Types of `arrest-breakdown`: importing it registers <arrest-breakdown>, which these
// declarations add to the DOM's tag and event maps.

import type { ArrestBreakdown, ArrestBreakdownChangeDetail, ArrestBreakdownEditDetail } from './define.js';

export * from './define.js';

declare global {
  interface HTMLElementTagNameMap {
    'arrest-breakdown': ArrestBreakdown;
  }
  interface GlobalEventHandlersEventMap {
    'arrest-breakdown-change': CustomEvent<ArrestBreakdownChangeDetail>;
    'arrest-breakdown-edit': CustomEvent<ArrestBreakdownEditDetail>;
  }
}
