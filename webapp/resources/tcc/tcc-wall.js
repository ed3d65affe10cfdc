/*
 * The video wall: tiles of <img> on TCC's live proxy (never a VMS address), a camera list to drag
 * from (or click a camera, then a tile), layouts 1/4/9/16, a tour of a commune's cameras in the
 * first tile. Every change is saved for the operator through the page's remote command.
 */
var TccWall = (function () {
  "use strict";
  var BLANK = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
  var state = { layout: 4, tiles: [], tourCommune: null, tourSeconds: null };
  var cameras = [], byCode = {}, texts = {}, selected = null, tourTimer = null, tourIndex = 0;

  function $(id) { return document.getElementById(id); }

  function init() {
    var data = $("wallData");
    if (!data) { return; }
    var parsed = JSON.parse(data.value || "{}");
    cameras = parsed.cameras || [];
    cameras.forEach(function (c) { byCode[c.code] = c; });
    if (parsed.wall) {
      state.layout = parsed.wall.layout;
      state.tiles = parsed.wall.tiles || [];
      state.tourCommune = parsed.wall.tourCommune || null;
      state.tourSeconds = parsed.wall.tourSeconds || null;
    }
    var t = $("wallTexts").dataset;
    texts = { base: t.base, empty: t.empty, offline: t.offline, refused: t.refused, busy: t.busy,
              remove: t.remove, notLinked: t.notLinked, playbackBase: t.playbackBase,
              snapshot: t.snapshot, playback: t.playback, playbackGo: t.playbackGo, live: t.live,
              noRecording: t.noRecording };
    renderList("");
    renderCommunes();
    $("cameraFilter").addEventListener("input", function (e) { renderList(e.target.value); });
    document.querySelectorAll(".tcc-wall-layout").forEach(function (b) {
      b.addEventListener("click", function () { setLayout(parseInt(b.dataset.layout, 10)); });
    });
    $("tourStart").addEventListener("click", startTour);
    $("tourStop").addEventListener("click", function () { stopTour(true); });
    var wanted = new URLSearchParams(window.location.search).get("camera");
    renderGrid();
    if (wanted && byCode[wanted] && state.tiles.indexOf(wanted) < 0) {
      var free = state.tiles.indexOf(null);
      place(free < 0 ? 0 : free, wanted);
    }
    if (state.tourCommune) { runTour(); }
    // Leaving the page stops every stream at once, so no VMS connection outlives the wall.
    window.addEventListener("pagehide", function () {
      document.querySelectorAll("#wallGrid img").forEach(stopImage);
    });
  }

  function renderList(filter) {
    var list = $("cameraList"), words = filter.trim().toLowerCase();
    list.textContent = "";
    cameras.filter(function (c) {
      return !words || (c.code + " " + c.name + " " + c.communeName).toLowerCase().indexOf(words) >= 0;
    }).slice(0, 300).forEach(function (c) {
      var li = document.createElement("li");
      li.className = "tcc-wall-camera" + (c.linked ? "" : " tcc-wall-camera-unlinked")
          + (selected === c.code ? " tcc-wall-camera-selected" : "");
      li.draggable = true;
      li.dataset.code = c.code;
      li.id = "camera-" + c.code;
      li.title = c.linked ? c.name : texts.notLinked;
      var dot = document.createElement("span");
      dot.className = "tcc-dot tcc-dot-" + c.health;
      var name = document.createElement("span");
      name.textContent = c.code + " · " + c.name;
      var commune = document.createElement("small");
      commune.textContent = c.communeName;
      li.append(dot, name, commune);
      li.addEventListener("dragstart", function (e) {
        e.dataTransfer.setData("text/plain", c.code);
        e.dataTransfer.effectAllowed = "copy";
      });
      li.addEventListener("click", function () {
        selected = selected === c.code ? null : c.code;
        renderList($("cameraFilter").value);
      });
      list.appendChild(li);
    });
  }

  function renderCommunes() {
    var select = $("tourCommune"), seen = {};
    cameras.forEach(function (c) {
      if (c.linked && !seen[c.commune]) {
        seen[c.commune] = true;
        var o = document.createElement("option");
        o.value = c.commune;
        o.textContent = c.communeName;
        select.appendChild(o);
      }
    });
    if (state.tourCommune) { select.value = state.tourCommune; }
    if (state.tourSeconds) { $("tourSeconds").value = state.tourSeconds; }
  }

  function setLayout(n) {
    state.layout = n;
    renderGrid();
    save();
  }

  function renderGrid() {
    var grid = $("wallGrid");
    grid.querySelectorAll("img").forEach(stopImage);
    grid.textContent = "";
    grid.className = "tcc-wall-grid tcc-wall-" + state.layout;
    var tiles = [];
    for (var i = 0; i < state.layout; i++) { tiles.push(state.tiles[i] || null); }
    state.tiles = tiles;
    document.querySelectorAll(".tcc-wall-layout").forEach(function (b) {
      b.classList.toggle("tcc-wall-layout-active", parseInt(b.dataset.layout, 10) === state.layout);
    });
    tiles.forEach(function (code, index) { grid.appendChild(tile(index, code)); });
  }

  function tile(index, code) {
    var el = document.createElement("div");
    el.className = "tcc-wall-tile";
    el.id = "tile-" + index;
    el.dataset.index = index;
    var head = document.createElement("div");
    head.className = "tcc-wall-tile-head";
    var label = document.createElement("span");
    label.className = "tcc-wall-tile-label";
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "tcc-wall-remove";
    remove.id = "remove-" + index;
    remove.title = texts.remove;
    remove.setAttribute("aria-label", texts.remove);
    remove.textContent = "×";
    remove.addEventListener("click", function (e) { e.stopPropagation(); place(index, null); });
    // The snapshot is taken by TCC from the VMS, not from this picture: the page only names the tile's camera.
    var snap = document.createElement("button");
    snap.type = "button";
    snap.className = "tcc-wall-snapshot";
    snap.id = "snapshot-" + index;
    snap.title = texts.snapshot;
    snap.setAttribute("aria-label", texts.snapshot);
    snap.textContent = "📷";
    snap.addEventListener("click", function (e) {
      e.stopPropagation();
      if (el.dataset.camera && window.tccSnapshot) { tccSnapshot([{ name: "camera", value: el.dataset.camera }]); }
    });
    head.append(label, snap, remove);
    var img = document.createElement("img");
    img.id = "tile-img-" + index;
    img.alt = "";
    var status = document.createElement("div");
    status.className = "tcc-wall-status";
    status.id = "tile-status-" + index;
    var foot = document.createElement("div");
    foot.className = "tcc-wall-tile-foot";
    var when = document.createElement("input");
    when.type = "datetime-local";
    when.id = "playback-at-" + index;
    when.title = texts.playback;
    when.setAttribute("aria-label", texts.playback);
    var go = document.createElement("button");
    go.type = "button";
    go.id = "playback-" + index;
    go.textContent = texts.playbackGo;
    var live = document.createElement("button");
    live.type = "button";
    live.id = "live-" + index;
    live.textContent = texts.live;
    [when, go, live].forEach(function (c) { c.addEventListener("click", function (e) { e.stopPropagation(); }); });
    go.addEventListener("click", function () { if (when.value) { playback(el, el.dataset.camera, when.value); } });
    live.addEventListener("click", function () { show(el, el.dataset.camera || null); });
    foot.append(when, go, live);
    el.append(head, img, status, foot);
    el.addEventListener("dragover", function (e) { e.preventDefault(); el.classList.add("tcc-wall-drop"); });
    el.addEventListener("dragleave", function () { el.classList.remove("tcc-wall-drop"); });
    el.addEventListener("drop", function (e) {
      e.preventDefault();
      el.classList.remove("tcc-wall-drop");
      var dropped = e.dataTransfer.getData("text/plain");
      if (byCode[dropped]) { place(index, dropped); }
    });
    el.addEventListener("click", function () {
      if (selected) { place(index, selected); selected = null; renderList($("cameraFilter").value); }
    });
    show(el, code);
    return el;
  }

  function place(index, code) {
    state.tiles[index] = code;
    if (index === 0 && state.tourCommune && code === null) { stopTour(false); }
    show($("tile-" + index), code);
    save();
  }

  function setStatus(el, kind, text) {
    el.dataset.state = kind;
    var status = el.querySelector(".tcc-wall-status");
    status.textContent = text || "";
    status.style.display = text ? "flex" : "none";
  }

  function stopImage(img) {
    img.onload = null;
    img.onerror = null;
    // Another source ends the multipart request at once; the proxy then closes the VMS stream.
    img.src = BLANK;
    img.removeAttribute("src");
    img.style.visibility = "hidden";
  }

  function show(el, code) {
    var img = el.querySelector("img"), label = el.querySelector(".tcc-wall-tile-label");
    stopImage(img);
    el.dataset.camera = code || "";
    var camera = code ? byCode[code] : null;
    label.textContent = camera ? camera.code + " · " + camera.name : (code || "");
    if (!code) { setStatus(el, "empty", texts.empty); return; }
    if (!camera) { setStatus(el, "refused", texts.refused); return; }
    if (!camera.linked) { setStatus(el, "offline", texts.offline + " — " + texts.notLinked); return; }
    setStatus(el, "connecting", camera.name);
    var src = texts.base + encodeURIComponent(code) + "?scale=" + (state.layout === 1 ? 100 : 50);
    img.onload = function () { img.style.visibility = "visible"; setStatus(el, "live", ""); };
    img.onerror = function () { img.style.visibility = "hidden"; probe(el, code); };
    img.src = src;
  }

  /** The tile's camera recorded at a local time (Asia/Ho_Chi_Minh), replayed through TCC. */
  function playback(el, code, at) {
    if (!code) { return; }
    var img = el.querySelector("img");
    stopImage(img);
    setStatus(el, "connecting", at.replace("T", " "));
    var query = "?at=" + encodeURIComponent(at) + "&scale=" + (state.layout === 1 ? 100 : 50);
    img.onload = function () { img.style.visibility = "visible"; setStatus(el, "playback", ""); };
    img.onerror = function () {
      img.style.visibility = "hidden";
      fetch(texts.playbackBase + encodeURIComponent(code) + "?probe=1&at=" + encodeURIComponent(at),
            { credentials: "same-origin" })
        .then(function (r) {
          if (el.dataset.camera !== code) { return; }
          if (r.status === 404) { setStatus(el, "offline", texts.noRecording); }
          else if (r.status === 403) { setStatus(el, "refused", texts.refused); }
          else if (r.status === 204) { setStatus(el, "offline", texts.noRecording); }
          else { setStatus(el, "offline", texts.offline); }
        })
        .catch(function () { setStatus(el, "offline", texts.offline); });
    };
    img.src = texts.playbackBase + encodeURIComponent(code) + query;
  }

  /** Why a tile has no picture: asks the proxy to check without opening a stream. */
  function probe(el, code) {
    fetch(texts.base + encodeURIComponent(code) + "?probe=1", { credentials: "same-origin" })
      .then(function (r) {
        if (el.dataset.camera !== code) { return; }
        if (r.status === 403 || r.status === 404) { setStatus(el, "refused", texts.refused); }
        else if (r.status === 429) { setStatus(el, "offline", texts.busy); }
        else { setStatus(el, "offline", texts.offline); }
      })
      .catch(function () { setStatus(el, "offline", texts.offline); });
  }

  function startTour() {
    var commune = $("tourCommune").value, seconds = parseInt($("tourSeconds").value, 10);
    if (!commune || !(seconds >= 5 && seconds <= 600)) { return; }
    state.tourCommune = commune;
    state.tourSeconds = seconds;
    save();
    runTour();
  }

  function runTour() {
    if (tourTimer) { clearInterval(tourTimer); }
    var group = cameras.filter(function (c) { return c.linked && c.commune === state.tourCommune; })
        .map(function (c) { return c.code; });
    if (!group.length) { return; }
    tourIndex = 0;
    var next = function () {
      var code = group[tourIndex % group.length];
      tourIndex++;
      state.tiles[0] = code;
      show($("tile-0"), code);
    };
    next();
    tourTimer = setInterval(next, state.tourSeconds * 1000);
  }

  function stopTour(persist) {
    if (tourTimer) { clearInterval(tourTimer); tourTimer = null; }
    state.tourCommune = null;
    state.tourSeconds = null;
    if (persist) { save(); }
  }

  function save() {
    if (typeof tccSaveWall === "function") {
      tccSaveWall([{ name: "state", value: JSON.stringify(state) }]);
    }
  }

  document.addEventListener("DOMContentLoaded", init);
  return { state: function () { return state; }, place: place };
})();
