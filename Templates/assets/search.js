/* brief — site search without a server, its index in fragments loaded as they are needed (the way
   Pagefind does it), so a page loads kilobytes however large the archive. Every page loads
   search-index.js, a small manifest; typing loads the shards of the term index that hold the words
   typed (search/terms/N.js), then the blocks of entries the results show (search/entries/N.js). Each
   fragment is a script that stores its data on a global, so script tags load them from file:// too.
   Words match from their start, diacritics and case aside; a result holds every word typed, those
   found in its title first. Results are built as DOM nodes with textContent, never as HTML.
   ?q=words on any page's address opens that search. */
(function () {
  "use strict";
  window.addEventListener("error", function (event) {
    document.documentElement.setAttribute("data-script-error", String(event.message || "error"));
  });

  var form = document.querySelector("form.site-search");
  var manifest = window.briefSearchManifest;
  if (!form || !manifest || !manifest.shards) return;
  var root = form.getAttribute("data-root") || "";
  var input = form.querySelector("input[type=search]");
  var panel = form.querySelector(".search-results");
  var limit = 12;
  var maxWordLength = 64;       // SearchTerms.maximumWordLength
  var maxPrefixShards = 8;      // a prefix whose words fill more shards is matched as a whole word
  var kinds = { article: "Article", quote: "Quote" };
  var actorKinds = { person: "Person", organization: "Organisation", place: "Place" };
  var table = manifest.fold || {};
  var shards = manifest.shards;
  var has = Object.prototype.hasOwnProperty;

  // Folding, as SearchTerms.swift folds the index: the manifest's table for the characters the index
  // holds that fold specially; else letters and digits of any script in lower case (Latin ones without
  // diacritics), marks and apostrophes dropped, anything else a break between words.
  function foldCharacter(ch) {
    if (has.call(table, ch)) return table[ch];
    var lower = ch.toLowerCase();
    if (has.call(table, lower)) return table[lower];
    if (/[a-z0-9]/.test(lower)) return lower;
    if (/['\u2018\u2019\u00b4\u02bc]|\p{M}/u.test(ch)) return "";
    if (!/[\p{L}\p{N}]/u.test(ch)) return " ";
    var base = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    return /^[a-z0-9]+$/.test(base) ? base : lower;
  }

  function words(text) {
    var folded = "";
    Array.from(String(text || "").normalize("NFC")).forEach(function (ch) { folded += foldCharacter(ch); });
    return folded.split(/\s+/).filter(Boolean).map(function (word) {
      return Array.from(word).slice(0, maxWordLength).join("");
    });
  }

  // Fragments, each loaded once by a script tag; a promise of its data.
  var loaded = {};
  function load(name) {
    if (!loaded[name]) {
      loaded[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = root + "search/" + name + ".js";
        script.onload = function () {
          var store = window.briefSearchParts || {};
          var data = store[name];
          delete store[name];
          script.remove();
          if (data === undefined) reject(new Error(name)); else resolve(data);
        };
        script.onerror = function () {
          script.remove();
          delete loaded[name];
          reject(new Error(name));
        };
        document.head.appendChild(script);
      });
    }
    return loaded[name];
  }

  function startsWith(text, prefix) { return text.lastIndexOf(prefix, 0) === 0; }

  // The shards that can hold words starting with `prefix` (or, when `whole`, the word itself): the
  // last one whose first word sorts before it, and those whose first word starts with it.
  function shardsFor(prefix, whole) {
    var low = 0, high = shards.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (shards[middle] < prefix) low = middle + 1; else high = middle;
    }
    var found = low > 0 ? [low - 1] : [];
    for (var i = low; i < shards.length && (whole ? shards[i] === prefix : startsWith(shards[i], prefix)); i++) found.push(i);
    return found;
  }

  // A word's postings (SearchPostingCode.swift): numbers of five bits a character, low bits first, the
  // sixth bit saying more follow; the first is entry * 2 + heading, each next the step from the last.
  var digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var digitOf = {};
  for (var d = 0; d < digits.length; d++) digitOf[digits.charAt(d)] = d;
  function decode(code, each) {
    var entry = 0, value = 0, scale = 1, first = true;
    for (var i = 0; i < code.length; i++) {
      var digit = digitOf[code.charAt(i)];
      value += (digit & 31) * scale;
      if (digit >= 32) { scale *= 32; continue; }
      entry = (first ? 0 : entry) + Math.floor(value / 2);
      each(entry, value % 2 === 1);
      first = false;
      value = 0;
      scale = 1;
    }
  }

  // The entries one typed word finds: entry number -> 2 when in its heading, else 1. A prefix that
  // starts too many words (one or two letters) finds that word only, and says so on the map.
  function matches(word) {
    var whole = false;
    var numbers = shardsFor(word, false);
    if (numbers.length > maxPrefixShards) { whole = true; numbers = shardsFor(word, true); }
    return Promise.all(numbers.map(function (n) { return load("terms/" + n); })).then(function (loadedShards) {
      var found = new Map();
      loadedShards.forEach(function (shard) {
        shard.words.forEach(function (candidate, i) {
          if (whole ? candidate !== word : !startsWith(candidate, word)) return;
          decode(shard.postings[i], function (entry, inHeading) {
            var weight = inHeading ? 2 : 1;
            if ((found.get(entry) || 0) < weight) found.set(entry, weight);
          });
        });
      });
      found.whole = whole;
      return found;
    });
  }

  // Entries holding every word, best first: heading matches count double, ties in index order.
  function search(query) {
    var typed = words(query);
    if (!typed.length) return Promise.resolve([]);
    return Promise.all(typed.map(matches)).then(function (maps) {
      maps.sort(function (a, b) { return a.size - b.size; });
      var hits = [];
      maps[0].forEach(function (weight, entry) {
        var score = weight;
        for (var i = 1; i < maps.length; i++) {
          var other = maps[i].get(entry);
          if (!other) return;
          score += other;
        }
        hits.push({ entry: entry, score: score });
      });
      hits.sort(function (a, b) { return b.score - a.score || a.entry - b.entry; });
      hits.short = maps.some(function (map) { return map.whole; });
      return hits;
    });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function status(text) {
    panel.textContent = "";
    panel.appendChild(element("p", "search-status", text));
  }

  // One result, from its entry as search.json lists it (plus its type).
  function hitItem(item) {
    var roles = (item.roles || []).join(", ");
    var title = item.title || item.name || (item.text ? "\u201c" + item.text + "\u201d" : "");
    var detail = item.excerpt || roles || (item.speaker ? "\u2014 " + item.speaker : "");
    var meta = [item.date, item.article].filter(Boolean).join(" \u00b7 ");
    var node = element("li", "search-hit");
    var link = element("a", null, title);
    link.href = root + item.link;
    node.appendChild(element("span", "search-kind", (item.type === "actor" && actorKinds[item.kind]) || kinds[item.type] || item.type));
    node.appendChild(link);
    if (meta) node.appendChild(element("span", "search-meta", meta));
    if (detail) node.appendChild(element("p", "search-detail", detail));
    return node;
  }

  // Shows the first results in order, each as soon as its block of entries has arrived.
  function showHits(hits, isCurrent) {
    var count = hits.length === 0 ? (hits.short ? "No results: type more of the word" : "No results")
      : hits.length === 1 ? "1 result" : hits.length + " results";
    status(count + (hits.length > limit ? ", first " + limit + " shown" : ""));
    if (!hits.length) return Promise.resolve();
    var list = element("ol", "search-list");
    panel.appendChild(list);
    var block = manifest.block;
    var shown = Promise.resolve();
    hits.slice(0, limit).forEach(function (hit) {
      var entries = load("entries/" + Math.floor(hit.entry / block));
      shown = shown.then(function () { return entries; }).then(function (items) {
        if (isCurrent()) list.appendChild(hitItem(items[hit.entry % block]));
      });
    });
    return shown;
  }

  var latest = 0;
  function show(query) {
    var token = ++latest;
    function isCurrent() { return token === latest; }
    if (!words(query).length) {
      panel.textContent = "";
      panel.hidden = true;
      form.setAttribute("data-results", "0");
      return;
    }
    panel.hidden = false;
    if (!panel.firstChild) status("Searching\u2026");
    form.setAttribute("aria-busy", "true");
    search(query).then(function (hits) {
      if (!isCurrent()) return;
      form.setAttribute("data-results", String(hits.length));
      return showHits(hits, isCurrent);
    }).catch(function () {
      if (isCurrent()) status("Search is unavailable: part of its index could not be loaded.");
    }).then(function () {
      if (isCurrent()) form.removeAttribute("aria-busy");
    });
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
