// Evaluated in the page by tests/browser/test_pages.py.
() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
      if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*javascript:/i.test(a.value)) bad.push(el.tagName + ' ' + a.name);
    }
  }
  const scripts = [...document.scripts].map(s => s.src ? 'src' : s.type);
  return {bad, scripts, embeds: document.querySelectorAll('img, iframe, object, embed, a[href^="javascript" i]').length};
}
