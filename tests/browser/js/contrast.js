// Evaluated in the page by tests/browser/test_pages.py.
() => {
  const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const backs = el => { for (let n = el; n; n = n.parentElement) { const s = getComputedStyle(n);
      const grad = s.backgroundImage.match(/rgba?\([^)]*\)/g);
      if (grad) return grad.map(rgb);
      const c = rgb(s.backgroundColor); if (c.length === 3 || c[3] > 0) return [c.slice(0, 3)]; }
    return [[255, 255, 255]]; };
  const out = {checked: 0, worst: 99, fails: []};
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
    const s = getComputedStyle(el); const fg = rgb(s.color).slice(0, 3);
    const big = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700);
    for (const bg of backs(el)) { const r = ratio(fg, bg.slice(0, 3)); out.checked++;
      out.worst = Math.min(out.worst, r);
      if (r < (big ? 3 : 4.5)) out.fails.push([el.tagName, el.className, r.toFixed(2)]); }
  }
  return out;
}
