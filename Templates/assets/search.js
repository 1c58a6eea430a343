/* brief — site search without a server. The index is a global set by search-index.js (a script tag,
   so it also works from file://). Results are built as DOM nodes with textContent, never as HTML.
   ?q=words on any page's address opens that search. */
(function () {
  "use strict";
  window.addEventListener("error", function (event) {
    document.documentElement.setAttribute("data-script-error", String(event.message || "error"));
  });

  var form = document.querySelector("form.site-search");
  var index = window.briefSearchIndex;
  if (!form || !index) return;
  var root = form.getAttribute("data-root") || "";
  var input = form.querySelector("input[type=search]");
  var panel = form.querySelector(".search-results");
  var limit = 12;

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // Every searchable entry: what is shown, where it leads, and the folded text it is found by.
  var kinds = { articles: "Article", actors: "Actor", quotes: "Quote" };
  var actorKinds = { person: "Person", organization: "Organisation", place: "Place" };
  var entries = [];
  Object.keys(index).forEach(function (list) {
    (index[list] || []).forEach(function (item) {
      var roles = (item.roles || []).join(", ");
      var title = item.title || item.name || (item.text ? "\u201c" + item.text + "\u201d" : "");
      var detail = item.excerpt || roles || (item.speaker ? "\u2014 " + item.speaker : "");
      entries.push({
        kind: (list === "actors" && actorKinds[item.kind]) || kinds[list] || list,
        title: title, detail: detail, meta: [item.date, item.article].filter(Boolean).join(" \u00b7 "), link: item.link,
        head: fold([title, item.speaker, (item.aliases || []).join(" ")].join(" ")),
        body: fold([detail, roles, item.article].join(" "))
      });
    });
  });

  function search(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    var found = [];
    entries.forEach(function (entry) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        if (entry.head.indexOf(terms[i]) >= 0) score += 2;
        else if (entry.body.indexOf(terms[i]) >= 0) score += 1;
        else return;
      }
      found.push({ entry: entry, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found.map(function (hit) { return hit.entry; });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function show(query) {
    var hits = search(query);
    panel.textContent = "";
    form.setAttribute("data-results", String(hits.length));
    if (!fold(query).trim()) { panel.hidden = true; return; }
    panel.hidden = false;
    var count = hits.length === 0 ? "No results" : hits.length === 1 ? "1 result" : hits.length + " results";
    panel.appendChild(element("p", "search-status", count + (hits.length > limit ? ", first " + limit + " shown" : "")));
    if (!hits.length) return;
    var list = element("ol", "search-list");
    hits.slice(0, limit).forEach(function (entry) {
      var item = element("li", "search-hit");
      var link = element("a", null, entry.title);
      link.href = root + entry.link;
      item.appendChild(element("span", "search-kind", entry.kind));
      item.appendChild(link);
      if (entry.meta) item.appendChild(element("span", "search-meta", entry.meta));
      if (entry.detail) item.appendChild(element("p", "search-detail", entry.detail));
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; show(""); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = panel.querySelector("a");
    if (first) window.location.href = first.href;
  });

  form.hidden = false;
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { input.value = query; show(query); }
  document.documentElement.setAttribute("data-search", "ready");
})();
