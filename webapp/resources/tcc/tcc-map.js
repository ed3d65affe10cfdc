/*
 * TCC camera maps on Leaflet: one camera on its page, or every camera the user may see, clustered
 * and coloured by health. Tiles come from the configured server (data-tiles); with none, the base is
 * the outline of Việt Nam and its neighbours shipped with TCC (data-outline); camera codes show
 * beside their markers at close zoom.
 */
var TccMap = (function () {
  'use strict';
  var COLORS = { ONLINE: '#1a7f37', DEGRADED: '#d97706', OFFLINE: '#b42318', UNKNOWN: '#6b7280' };
  var RANK = { OFFLINE: 3, DEGRADED: 2, UNKNOWN: 1, ONLINE: 0 };
  // Gia Lai when there is nothing to fit the view to yet.
  var PROVINCE_CENTER = [13.9, 108.6];
  var maps = {};

  function base(element) {
    // maxZoom on the map itself: without a tile layer nothing else sets it, and clustering needs it.
    var map = L.map(element, { preferCanvas: true, zoomControl: true, maxZoom: 19 });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
    } else {
      element.classList.add('tcc-map-blank');
      if (element.dataset.outline) {
        outline(map, element.dataset.outline, element.dataset.lang === 'en');
      }
    }
    labelsAtCloseZoom(map);
    return map;
  }

  /**
   * The offline base: Việt Nam and its neighbours as vector shapes with their names, and the
   * Hoàng Sa and Trường Sa archipelagos labelled as Việt Nam's (the outline data draws none of
   * their islands). Police networks have no internet, so nothing here comes from outside TCC.
   */
  function outline(map, url, english) {
    var pane = map.createPane('tccOutline');
    pane.style.zIndex = 200; // under the markers, above the sea colour
    fetch(url, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        L.geoJSON(data, {
          pane: 'tccOutline', interactive: false,
          // Its own SVG renderer in its own pane: the markers' canvas stays on top.
          renderer: L.svg({ pane: 'tccOutline' }),
          style: function (feature) {
            var home = feature.properties.id === '704';
            return { color: home ? '#7a6f5a' : '#a3a3a3', weight: home ? 1.5 : 1,
                     fillColor: home ? '#f6f1e4' : '#ececec', fillOpacity: 1 };
          },
          onEachFeature: function (feature, layer) {
            var name = english ? feature.properties.name_en : feature.properties.name_vi;
            if (feature.properties.id === '704') { return; } // the home country needs no label
            layer.bindTooltip(name, { permanent: true, direction: 'center', className: 'tcc-map-country' });
          }
        }).addTo(map);
        [[16.5, 112.0, english ? 'Hoang Sa archipelago (Viet Nam)' : 'Quần đảo Hoàng Sa (Việt Nam)'],
         [10.0, 114.0, english ? 'Truong Sa archipelago (Viet Nam)' : 'Quần đảo Trường Sa (Việt Nam)']]
          .forEach(function (a) {
            L.tooltip({ permanent: true, direction: 'center', className: 'tcc-map-islands' })
              .setLatLng([a[0], a[1]]).setContent(a[2]).addTo(map);
          });
      })
      .catch(function () { /* the markers still show on the plain sea colour */ });
  }

  /** Camera codes beside their markers once the view is close enough to tell them apart. */
  function labelsAtCloseZoom(map) {
    map.on('zoomend', function () {
      map.getContainer().classList.toggle('tcc-map-close', map.getZoom() >= 15);
    });
  }

  function marker(latitude, longitude, health, radius) {
    return L.circleMarker([latitude, longitude], {
      radius: radius, color: '#ffffff', weight: 2, fillColor: COLORS[health] || COLORS.UNKNOWN, fillOpacity: 0.95,
      health: health
    });
  }

  function worstHealth(cluster) {
    var worst = 'ONLINE';
    cluster.getAllChildMarkers().forEach(function (m) {
      if (RANK[m.options.health] > RANK[worst]) { worst = m.options.health; }
    });
    return worst;
  }

  function clusterIcon(cluster) {
    var health = worstHealth(cluster);
    return L.divIcon({
      html: '<span>' + cluster.getChildCount() + '</span>',
      className: 'tcc-cluster tcc-cluster-' + health,
      iconSize: L.point(38, 38)
    });
  }

  function escape(text) {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : text;
    return div.innerHTML;
  }

  /** One camera, on its own page. */
  function single(id) {
    var element = document.getElementById(id);
    var map = base(element);
    var latitude = parseFloat(element.dataset.lat), longitude = parseFloat(element.dataset.lon);
    map.setView([latitude, longitude], 15);
    marker(latitude, longitude, element.dataset.health, 10).addTo(map);
    maps[id] = { map: map, codes: [] };
  }

  /** Every camera matching the page's filter; called again after each search and on refresh. */
  function load(id, refreshing) {
    var element = document.getElementById(id);
    var state = maps[id];
    if (!state) {
      var map = base(element);
      map.setView(PROVINCE_CENTER, 8);
      var cluster = L.markerClusterGroup({ chunkedLoading: true, iconCreateFunction: clusterIcon,
                                           showCoverageOnHover: false, maxClusterRadius: 60 });
      map.addLayer(cluster);
      state = maps[id] = { map: map, cluster: cluster, codes: [], health: {} };
      // Health changes while the operator watches: fetch again every data-refresh seconds.
      var seconds = parseInt(element.dataset.refresh || '0', 10);
      if (seconds > 0) {
        setInterval(function () { if (element.dataset.state !== 'loading') { load(id, true); } }, seconds * 1000);
      }
    }
    var query = document.getElementById(id + 'Query').dataset.query;
    element.dataset.state = 'loading';
    fetch(element.dataset.source + (query ? '?' + query : ''), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (data) {
        if (refreshing && state.map._popup && state.map._popup.isOpen()) {
          element.dataset.state = 'loaded'; // an open popup is being read: refresh next time
          return;
        }
        state.cluster.clearLayers();
        var pageUrl = element.dataset.cameraPage;
        var layers = data.markers.map(function (m) {
          var layer = marker(m[2], m[3], m[4], 7);
          layer.bindTooltip(escape(m[0]), { permanent: true, direction: 'right', offset: [8, 0], className: 'tcc-map-label' });
          layer.bindPopup('<a href="' + pageUrl + '?code=' + encodeURIComponent(m[0]) + '"><strong>' + escape(m[0]) +
                          '</strong></a><br>' + escape(m[1]) + '<br><span class="tcc-health tcc-health-' + m[4] + '">' +
                          escape(element.dataset['health' + m[4]] || m[4]) + '</span>');
          return layer;
        });
        state.cluster.addLayers(layers);
        state.codes = data.markers.map(function (m) { return m[0]; });
        state.health = {};
        data.markers.forEach(function (m) { state.health[m[0]] = m[4]; });
        if (!refreshing && layers.length > 0) { // a refresh keeps the operator's view
          state.map.fitBounds(state.cluster.getBounds(), { padding: [20, 20], maxZoom: 16 });
        }
        document.getElementById(id + 'Count').textContent = data.count;
        element.dataset.state = 'loaded';
      })
      .catch(function (error) {
        element.dataset.state = 'failed';
        document.getElementById(id + 'Count').textContent = element.dataset.failed + ' (' + error.message + ')';
      });
  }

  /** The codes of the cameras on a map, for tests and for people who script their browsers. */
  function codes(id) {
    return maps[id] ? maps[id].codes.slice() : [];
  }

  /** The health a camera's marker shows (ONLINE, OFFLINE, DEGRADED, UNKNOWN), or null. */
  function health(id, code) {
    return maps[id] && maps[id].health ? maps[id].health[code] || null : null;
  }

  return { single: single, load: load, codes: codes, health: health };
})();
