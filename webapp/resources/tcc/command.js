/* The ring of a new incident: a short two-tone beep (where the browser allows sound) and a flash. */
function tccRing() {
  try {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (Ctx) {
      var ctx = window.tccAudio || (window.tccAudio = new Ctx());
      [0, 0.25].forEach(function (at, i) {
        var osc = ctx.createOscillator();
        var gain = ctx.createGain();
        osc.frequency.value = i === 0 ? 880 : 660;
        gain.gain.value = 0.15;
        osc.connect(gain);
        gain.connect(ctx.destination);
        osc.start(ctx.currentTime + at);
        osc.stop(ctx.currentTime + at + 0.2);
      });
    }
  } catch (e) {
    /* no sound: the flash still shows */
  }
  var list = document.getElementById('incidents:summary');
  if (list) {
    list.classList.remove('tcc-incident-ringing');
    void list.offsetWidth;
    list.classList.add('tcc-incident-ringing');
  }
  window.tccRingCount = (window.tccRingCount || 0) + 1;
}

/*
 * The incidents page's push: waits on the server until an incident the operator may see is opened
 * past the newest id the page knows, then asks the table again (tccIncidentsChanged) and waits on.
 * A refusal or a dropped connection waits 5 s before trying again; the page's poll covers the gap.
 */
function tccWaitForIncidents(url, after) {
  if (window.tccWaiting) {
    return;
  }
  window.tccWaiting = true;
  var known = Math.max(0, after);
  function again(delay) {
    setTimeout(next, delay);
  }
  function next() {
    fetch(url + '?after=' + known, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (r) {
        if (r.status === 200) {
          return r.text().then(function (text) {
            var latest = Number(text);
            if (latest > known) {
              known = latest;
              window.tccPushCount = (window.tccPushCount || 0) + 1;
              if (typeof tccIncidentsChanged === 'function') {
                tccIncidentsChanged();
              }
            }
            again(0);
          });
        }
        again(r.status === 204 ? 0 : 5000);
      })
      .catch(function () {
        again(5000);
      });
  }
  next();
}
