"use strict";
// Any error marks the page (data-jserror), for people and for the browser test.
window.onerror = function (msg, src, line) {
  document.body.dataset.jserror = String(msg) + " (line " + line + ")";
};
window.addEventListener("unhandledrejection", function (e) {
  document.body.dataset.jserror = String(e.reason);
});

// The table of triples: filter (words, relation, modality), sort (click a heading) and pages.
(function () {
  const table = document.getElementById("triples");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const text = rows.map(function (r) { return r.textContent.toLowerCase(); });
  const order = new Map(rows.map(function (r, i) { return [r, i]; }));
  const size = Number(table.dataset.pageSize) || 200;
  const filter = document.getElementById("filter");
  const relation = document.getElementById("relation");
  const modality = document.getElementById("modality");
  const prev = document.getElementById("prev");
  const next = document.getElementById("next");
  let sorted = rows.slice();
  let shown = rows;
  let page = 0;

  function matches() {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    return function (row) {
      const t = text[order.get(row)];
      return (!relation.value || row.dataset.rel === relation.value) &&
        (!modality.value || row.dataset.mod === modality.value) &&
        words.every(function (w) { return t.includes(w); });
    };
  }

  function update() {
    shown = sorted.filter(matches());
    page = 0;
    render();
  }

  function render() {
    const pages = Math.max(1, Math.ceil(shown.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    const from = page * size, to = Math.min(shown.length, from + size);
    const visible = new Set(shown.slice(from, to));
    for (const r of rows) {
      r.hidden = !visible.has(r);
    }
    document.getElementById("page").textContent = "page " + (page + 1) + " of " + pages;
    document.getElementById("count").textContent = shown.length === 0 ? "no triples match" :
      "triples " + (from + 1) + "–" + to + " of " + shown.length +
      (shown.length < rows.length ? " (filtered from " + rows.length + ")" : "");
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function sortBy(th) {
    const col = th.cellIndex;
    const num = th.dataset.type === "num";
    const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    for (const h of th.parentNode.cells) {
      h.removeAttribute("aria-sort");
    }
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    function key(r) {
      const c = r.cells[col];
      return num ? Number(c.dataset.v) : c.textContent;
    }
    sorted = rows.slice().sort(function (a, b) {
      const x = key(a), y = key(b);
      const c = num ? x - y : x.localeCompare(y);
      return dir * c || order.get(a) - order.get(b);
    });
    const frag = document.createDocumentFragment();
    for (const r of sorted) {
      frag.appendChild(r);
    }
    body.appendChild(frag);
    update();
  }

  for (const th of table.tHead.rows[0].cells) {
    th.title = "Sort by this column";
    th.addEventListener("click", function () { sortBy(th); });
  }
  filter.addEventListener("input", update);
  relation.addEventListener("change", update);
  modality.addEventListener("change", update);
  prev.addEventListener("click", function () { page--; render(); });
  next.addEventListener("click", function () { page++; render(); });

  // An actor in the summary or the network filters the table to its triples.
  document.addEventListener("click", function (e) {
    const el = e.target.closest("[data-filter]");
    if (el) {
      filter.value = el.dataset.filter;
      update();
      document.getElementById("table").scrollIntoView();
    }
  });

  update();
})();

document.body.dataset.ok = "1";
