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
