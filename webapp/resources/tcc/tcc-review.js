/*
 * The review screen's tools: zoom in place (the picture stays in its frame; the pointer pans it),
 * a crop beside the picture showing what the pointer is on at three times its size (point it at the
 * plate), the countdown of the reviewer's hold on the case, and keyboard shortcuts: C confirm,
 * R reject, N next case, Z zoom. Keys typed into a field stay in the field.
 */
var TccReview = (function () {
  var ZOOM = 2.5;
  var CROP = 3;
  var keysBound = false;
  var timer = null;

  // Measured on the frame, which the zoom does not transform: the same point whether zoomed or not.
  function point(img, event) {
    var box = img.parentNode.getBoundingClientRect();
    return {
      x: Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)),
      y: Math.min(1, Math.max(0, (event.clientY - box.top) / box.height))
    };
  }

  function crop(img, at) {
    var pair = img.closest('.tcc-zoom-pair');
    var canvas = pair && pair.querySelector('canvas.tcc-plate-crop');
    if (!canvas || !img.naturalWidth) { return; }
    var scale = img.naturalWidth / img.parentNode.getBoundingClientRect().width;
    var w = canvas.width / CROP * scale;
    var h = canvas.height / CROP * scale;
    var sx = Math.max(0, Math.min(img.naturalWidth - w, at.x * img.naturalWidth - w / 2));
    var sy = Math.max(0, Math.min(img.naturalHeight - h, at.y * img.naturalHeight - h / 2));
    var g = canvas.getContext('2d');
    g.imageSmoothingEnabled = true;
    g.fillStyle = '#1f2933';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, sx, sy, w, h, 0, 0, canvas.width, canvas.height);
    canvas.setAttribute('data-drawn', 'true');
  }

  function toggle(img, at) {
    var frame = img.parentNode;
    var zoomed = frame.classList.toggle('tcc-zoomed');
    img.style.transformOrigin = (at ? at.x * 100 : 50) + '% ' + (at ? at.y * 100 : 50) + '%';
    img.style.transform = zoomed ? 'scale(' + ZOOM + ')' : '';
  }

  function bindImage(img) {
    if (img.getAttribute('data-bound')) { return; }
    img.setAttribute('data-bound', 'true');
    img.addEventListener('click', function (e) { toggle(img, point(img, e)); });
    img.addEventListener('mousemove', function (e) {
      var at = point(img, e);
      if (img.parentNode.classList.contains('tcc-zoomed')) {
        img.style.transformOrigin = at.x * 100 + '% ' + at.y * 100 + '%';
      }
      crop(img, at);
    });
    var first = function () { crop(img, { x: 0.5, y: 0.75 }); };
    if (img.complete) { first(); } else { img.addEventListener('load', first); }
  }

  function countdown() {
    if (timer) { clearInterval(timer); timer = null; }
    var left = document.getElementById('holdLeft');
    if (!left) { return; }
    var until = Number(left.getAttribute('data-until'));
    var show = function () {
      var minutes = Math.floor((until - Date.now()) / 60000);
      left.textContent = minutes >= 0
        ? left.getAttribute('data-template').replace('{0}', minutes)
        : left.getAttribute('data-over');
    };
    show();
    timer = setInterval(show, 15000);
  }

  function click(id) {
    var button = document.getElementById(id);
    if (button && !button.disabled) { button.click(); return true; }
    return false;
  }

  function onKey(e) {
    if (e.ctrlKey || e.altKey || e.metaKey) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    var key = (e.key || '').toLowerCase();
    var done = false;
    if (key === 'c') { done = click('review:confirm'); }
    else if (key === 'r') { done = click('review:reject'); }
    else if (key === 'n') { done = click('review:takeNext'); }
    else if (key === 'z') {
      var img = document.querySelector('img.tcc-zoomable');
      if (img) { toggle(img, null); done = true; }
    } else if (key === 'escape') {
      document.querySelectorAll('.tcc-zoom-frame.tcc-zoomed img').forEach(function (i) { toggle(i, null); });
    }
    if (done) { e.preventDefault(); }
  }

  return {
    start: function () {
      document.querySelectorAll('img.tcc-zoomable').forEach(bindImage);
      countdown();
      if (!keysBound) {
        document.addEventListener('keydown', onKey);
        keysBound = true;
      }
    }
  };
})();
