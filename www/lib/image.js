// "Download image": the card — headline, picture, source and the page's address — drawn as an
// SVG of 1200 × 675 (the size social posts use), and as a PNG of that size or twice it, for
// slides. Everything is drawn here in the browser from the widget's own picture and the core's
// words: no third-party service, no screenshot of the page. The PNG is the SVG drawn on a canvas,
// so the page's CSP needs `img-src 'self' blob:`.

const SVG_NS = 'http://www.w3.org/2000/svg';
export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 675;
const PAD = 56;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

function node(tag, attrs = {}, text) {
  const n = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text != null) n.textContent = text;
  return n;
}

/** Splits text into lines no wider than `width` at `font` (greedy, by words). */
function wrap(measure, text, font, width) {
  measure.font = font;
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text as one <text> with a <tspan> per line, starting at baseline y. */
function textBlock(lines, { x, y, size, lineHeight, weight = 400, fill }) {
  const t = node('text', { x, y, 'font-family': FONT, 'font-size': size, 'font-weight': weight, fill });
  lines.forEach((line, i) => t.append(node('tspan', { x, y: y + i * lineHeight }, line)));
  return t;
}

/** A picture's viewBox size: [width, height]. */
function viewSize(picture) {
  const [, , w, h] = (picture.getAttribute('viewBox') || '0 0 1 1').split(/\s+/).map(Number);
  return [w, h];
}

/**
 * A copy of a picture in the widget with its colours written in (the copy leaves the widget's
 * stylesheet behind), placed at x, y and `width` by `height`.
 */
function pictureCopy(picture, x, y, width, height) {
  const copy = picture.cloneNode(true);
  const from = picture.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((el, i) => {
    const style = getComputedStyle(from[i]);
    if (style.fill && style.fill !== 'none') el.setAttribute('fill', style.fill);
    else el.setAttribute('fill', 'none');
    if (style.stroke && style.stroke !== 'none') {
      el.setAttribute('stroke', style.stroke);
      el.setAttribute('stroke-width', style.strokeWidth);
    }
    el.removeAttribute('class');
  });
  copy.removeAttribute('class');
  copy.setAttribute('x', x);
  copy.setAttribute('y', y);
  copy.setAttribute('width', width);
  copy.setAttribute('height', height);
  return copy;
}

/**
 * The card as SVG text. `colors` are the widget's own (light or dark, as the reader sees it);
 * `legend` is [{color, text}]; `source` is the core's "Source: …" line; `address` the page's.
 */
export function cardSvg({ headline, picture, legend, source, address, colors, lang }) {
  const measure = document.createElement('canvas').getContext('2d');
  const inner = IMAGE_WIDTH - 2 * PAD;
  const svg = node('svg', {
    xmlns: SVG_NS, width: IMAGE_WIDTH, height: IMAGE_HEIGHT, viewBox: `0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}`, lang,
  });
  svg.append(node('rect', { width: IMAGE_WIDTH, height: IMAGE_HEIGHT, fill: colors.bg }));
  svg.append(node('rect', { width: IMAGE_WIDTH, height: 8, fill: colors.fg }));
  svg.append(node('title', {}, headline));

  // The headline as large as four lines allow.
  let size = 44;
  let lines = wrap(measure, headline, `700 ${size}px ${FONT}`, inner);
  while (lines.length > 4 && size > 28) {
    size -= 2;
    lines = wrap(measure, headline, `700 ${size}px ${FONT}`, inner);
  }
  const lineHeight = Math.round(size * 1.22);
  let y = PAD + size;
  svg.append(textBlock(lines, { x: PAD, y, size, lineHeight, weight: 700, fill: colors.fg }));
  y += (lines.length - 1) * lineHeight + 36;

  // Footer first (it fixes where the picture must end): source, then the address.
  const small = 20;
  const sourceLines = source ? wrap(measure, source, `400 ${small}px ${FONT}`, inner).slice(0, 2) : [];
  const footerTop = IMAGE_HEIGHT - PAD - (sourceLines.length + 1) * (small + 8) + small;
  sourceLines.forEach((line, i) => svg.append(textBlock([line], {
    x: PAD, y: footerTop + i * (small + 8), size: small, lineHeight: small + 8, fill: colors.muted,
  })));
  svg.append(textBlock([address], {
    x: PAD, y: footerTop + sourceLines.length * (small + 8), size: small - 2, lineHeight: small, fill: colors.muted,
  }));

  // The picture in the space between, with its legend beside it.
  if (picture) {
    const room = footerTop - small - 24 - y;
    const [w, h] = viewSize(picture);
    const width = Math.min(640, Math.floor((room * w) / h));
    if (width > 120) {
      svg.append(pictureCopy(picture, PAD, y, width, Math.round((width * h) / w)));
      let ly = y + 28;
      for (const item of legend) {
        svg.append(node('rect', { x: PAD + width + 32, y: ly - 20, width: 22, height: 22, fill: item.color, stroke: colors.muted }));
        const itemLines = wrap(measure, item.text, `400 26px ${FONT}`, inner - width - 70).slice(0, 3);
        svg.append(textBlock(itemLines, { x: PAD + width + 66, y: ly, size: 26, lineHeight: 32, fill: colors.fg }));
        ly += itemLines.length * 32 + 16;
      }
    }
  }
  return new XMLSerializer().serializeToString(svg);
}

/** The SVG drawn on a canvas `scale` times its size, as a PNG. */
export async function svgToPng(svgText, scale = 1) {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = IMAGE_WIDTH * scale;
    canvas.height = IMAGE_HEIGHT * scale;
    canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The card as a file of `kind` — png (1200 × 675), slides (the same, twice the pixels) or svg —
 * for a report: its headline, `picture` (the icons on show, an svg.icons in a figure with its
 * legend) and source line, this page's address, in the colours `root` is drawn in.
 */
export async function cardImage(report, picture, root, kind) {
  const legend = picture
    ? [...picture.closest('figure').querySelectorAll('.legend li')].map((li) => ({
      color: getComputedStyle(li.querySelector('.swatch')).backgroundColor,
      text: li.querySelector('.legend-text').textContent.replace(/\s+/g, ' ').trim(),
    }))
    : [];
  const style = getComputedStyle(root);
  const color = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  const svg = cardSvg({
    headline: report.headline.text,
    picture,
    legend,
    source: report.source ? [report.source.label, report.source.text].filter(Boolean).join(' ') : '',
    address: window.location.origin + window.location.pathname,
    colors: { bg: color('--ab-bg', '#ffffff'), fg: color('--ab-fg', '#1a1a1a'), muted: color('--ab-muted', '#555555') },
    lang: report.lang,
  });
  return kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : svgToPng(svg, kind === 'slides' ? 2 : 1);
}
