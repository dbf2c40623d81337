/* Parent-side resizer for <iframe data-arrest-breakdown> embeds. No dependencies; load it once
   per page, anywhere:
     <iframe data-arrest-breakdown src="https://example.org/arrest-breakdown/embed.html?preset=los-angeles"
             title="Arrest breakdown calculator" loading="lazy" width="100%" height="600"></iframe>
     <script src="https://example.org/arrest-breakdown/embed-parent.js" defer></script>
   Each message is matched to the iframe whose window sent it and accepted only from that
   iframe's own origin, so other frames on the page cannot resize it. */
(function () {
  'use strict';

  var MAX_HEIGHT = 100000;

  // The height in any of the three formats embed.html sends (Pym.js, Datawrapper, AMP).
  function heightFrom(data) {
    var h = NaN;
    if (typeof data === 'string') {
      var bits = data.split('xPYMx');
      if (bits.length === 4 && bits[0] === 'pym' && bits[2] === 'height') h = Number(bits[3]);
    } else if (data && typeof data === 'object') {
      if (data.sentinel === 'amp' && data.type === 'embed-size') {
        h = Number(data.height);
      } else if (data['datawrapper-height'] && typeof data['datawrapper-height'] === 'object') {
        var ids = Object.keys(data['datawrapper-height']);
        if (ids.length === 1) h = Number(data['datawrapper-height'][ids[0]]);
      }
    }
    return isFinite(h) && h > 0 && h < MAX_HEIGHT ? Math.ceil(h) : null;
  }

  function originOf(iframe) {
    try {
      return new URL(iframe.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var frames = document.querySelectorAll('iframe[data-arrest-breakdown]');
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (event.source !== iframe.contentWindow) continue;
      if (event.origin !== originOf(iframe)) return;
      var height = heightFrom(event.data);
      if (height !== null && iframe.style.height !== height + 'px') iframe.style.height = height + 'px';
      return;
    }
  });
})();
