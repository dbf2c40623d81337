// Demo page: the presets menu swaps the figures shown by the article's calculator, and the
// page's address carries the reader's figures and language (#s=…&lang=es), so a copied link
// opens the calculator exactly as the reader left it.

import './arrest-breakdown.js';
import { syncWithHash } from './lib/share.js';

const menu = document.getElementById('preset-menu');
const widget = document.getElementById('main-widget');

syncWithHash(widget);
menu.value = widget.getAttribute('preset') || menu.value;
menu.addEventListener('change', () => {
  // A preset chosen from the menu replaces the figures from the address, and the address too.
  history.replaceState(history.state, '', window.location.href.split('#')[0]);
  widget.removeAttribute('scenario');
  widget.setAttribute('preset', menu.value);
});
