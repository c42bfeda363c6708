// Evaluated in the page by tests/browser/test_pages.py.
() => {
  const tags = [...document.querySelectorAll('.doc sup.tag[data-ev]')]
    .map(t => [Number(t.closest('[data-doc]').dataset.doc), Number(t.dataset.ev), t.textContent]);
  const text = {};
  for (const m of document.querySelectorAll('.doc mark[data-ev]')) {
    const d = m.closest('[data-doc]').dataset.doc;
    for (const n of m.dataset.ev.split(' ')) { const k = d + ':' + n; text[k] = (text[k] || '') + m.textContent; }
  }
  return {tags, text};
}
