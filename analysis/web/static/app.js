/* credibility: explanations for highlights, and the legend's on/off switches.
   Everything is built with textContent, never parsed as HTML, so article text stays text. */
(function () {
  "use strict";
  var dataEl = document.getElementById("evidence-data");
  var panel = document.getElementById("explain-body");
  if (!dataEl || !panel) { return; }
  var docs = JSON.parse(dataEl.textContent);
  var toggles = Array.prototype.slice.call(document.querySelectorAll("input.show[data-extractor]"));
  var marks = Array.prototype.slice.call(document.querySelectorAll(".doc mark[data-ev]"));
  var colours = {};
  toggles.forEach(function (t) { colours[t.dataset.extractor] = t.dataset.colour; });

  marks.forEach(function (m) {
    m.dataset.x = Array.prototype.filter.call(m.classList, function (c) {
      return c.indexOf("x-") === 0;
    }).map(function (c) { return c.slice(2); }).join(" ");
    m.dataset.base = m.className;
  });

  function enabled(name) {
    var t = document.getElementById("show-" + name);
    return !t || t.checked;
  }

  function entries(el) {
    var holder = el.closest("[data-doc]");
    var list = docs[Number(holder ? holder.dataset.doc : 0)] || [];
    return el.dataset.ev.split(" ").map(function (n) { return list[Number(n)]; })
      .filter(function (e) { return e && enabled(e.extractor); });
  }

  function add(parent, tag, text, cls) {
    var node = document.createElement(tag);
    node.textContent = text;
    if (cls) { node.className = cls; }
    parent.appendChild(node);
    return node;
  }

  function line(parent, label, text) {
    if (!text) { return; }
    var p = document.createElement("p");
    add(p, "strong", label + " ");
    p.appendChild(document.createTextNode(text));
    parent.appendChild(p);
  }

  function show(el) {
    var list = entries(el);
    if (!list.length) { return; }
    document.querySelectorAll(".doc .current").forEach(function (c) { c.classList.remove("current"); });
    var mine = el.dataset.ev.split(" ");
    el.closest("[data-doc]").querySelectorAll("mark[data-ev]").forEach(function (m) {
      if (m.dataset.ev.split(" ").some(function (n) { return mine.indexOf(n) >= 0; })) {
        m.classList.add("current");
      }
    });
    panel.textContent = "";
    list.forEach(function (e) {
      var box = document.createElement("div");
      box.className = "entry";
      add(box, "h3", e.kind);
      add(box, "p", "\u201c" + e.text + "\u201d", "words");
      add(box, "p", e.voice === "quoted" ? "In someone else's words (a quote or reported speech)."
        : "In the writer's own words.", "whose");
      line(box, "What it is:", e.explanation);
      line(box, "This kind:", e.meaning);
      line(box, "Why it matters:", e.why);
      line(box, "When it is fine:", e.fine);
      panel.appendChild(box);
    });
  }

  function apply() {
    marks.forEach(function (m) {
      var on = m.dataset.x.split(" ").filter(enabled);
      var cls = m.dataset.base.split(" ").filter(function (c) {
        var name = c.replace(/^(x|open|close)-/, "");
        return c === name || on.indexOf(name) >= 0;
      });
      if (!on.length) { cls.push("hl-off"); }
      if (m.classList.contains("current")) { cls.push("current"); }
      m.className = cls.join(" ");
      m.tabIndex = on.length ? 0 : -1;
      if (on.length) { m.setAttribute("role", "button"); } else { m.removeAttribute("role"); }
      m.style.background = on.length > 1 ? gradient(on) : "";
    });
    toggles.forEach(function (t) {
      document.querySelectorAll(".doc .t-" + t.dataset.extractor).forEach(function (tag) {
        tag.hidden = !t.checked;
      });
    });
  }

  function gradient(names) {
    var step = 100 / names.length;
    return "linear-gradient(to bottom, " + names.map(function (n, i) {
      return colours[n] + " " + Math.round(i * step) + "% " + Math.round((i + 1) * step) + "%";
    }).join(", ") + ")";
  }

  document.addEventListener("click", function (ev) {
    var el = ev.target.closest(".doc [data-ev]");
    if (el) { show(el); }
  });
  document.addEventListener("focusin", function (ev) {
    if (ev.target.matches && ev.target.matches(".doc mark[data-ev]")) { show(ev.target); }
  });
  document.addEventListener("keydown", function (ev) {
    var el = ev.target;
    if ((ev.key === "Enter" || ev.key === " ") && el.matches && el.matches(".doc mark[data-ev]")) {
      ev.preventDefault();
      show(el);
    }
  });
  toggles.forEach(function (t) { t.addEventListener("change", apply); });
  apply();
}());
