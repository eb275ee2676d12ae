/*
 * Office Desk map page: draws the offline base map and the network into the layers
 * folium created, talks to the app over QWebChannel, and redraws on filter changes
 * without reloading the page.
 *
 * The page's data and options come in one JSON block (<script type="application/json"
 * id="od-map-data">), never through folium's templates. Every text this file receives
 * (names, popups, legend labels, layer names) was escaped by the app
 * (office_desk.core.safe_html) before it was put into the data; ids are UUIDs and
 * colours come from the app's own palette. Nothing here evaluates data as code.
 */
(function () {
  "use strict";

  var PLURAL = { office: "offices", organization: "organizations", project: "projects" };
  var KIND_OK = /^(office|organization|project)$/;
  var ID_OK = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  var COLOR_OK = /^#[0-9a-fA-F]{6}$/;

  var OFFICE_SVG =
    '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">' +
    '<path fill="currentColor" d="M4 21V6l8-4 8 4v15h-6v-5h-4v5H4zm4-12h2V7H8v2zm6 0h2V7h-2v2z' +
    'm-6 4h2v-2H8v2zm6 0h2v-2h-2v2z"/></svg>';

  var OD = {
    ready: false,
    drawn: false,
    baseMapDrawn: false,
    bridge: null,
    markers: {},
    counts: { offices: 0, links: 0, organizations: 0, projects: 0 },
    updates: 0,
    wheelHints: 0,
    activations: [],
    startedAt: performance.now(),
    drawnAt: null
  };
  window.OfficeDeskMap = OD;

  function colorOf(value, fallback) {
    return COLOR_OK.test(value || "") ? value : fallback;
  }

  function afterPaint(callback) {
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(callback);
    });
  }

  // ------------------------------------------------------------------ base map

  // Natural Earth cuts shapes at the antimeridian (Chukotka, Fiji): a step from +180 to
  // -180 would draw a line across the whole world, so longitudes are made continuous.
  function unwrapLine(points) {
    var out = [];
    var shift = 0;
    for (var i = 0; i < points.length; i++) {
      if (i > 0) {
        var step = points[i][0] - points[i - 1][0];
        if (step > 180) shift -= 360;
        else if (step < -180) shift += 360;
      }
      out.push([points[i][0] + shift, points[i][1]]);
    }
    return out;
  }

  function unwrap(geometry) {
    var type = geometry.type;
    if (type === "LineString") geometry.coordinates = unwrapLine(geometry.coordinates);
    if (type === "MultiLineString" || type === "Polygon") {
      geometry.coordinates = geometry.coordinates.map(unwrapLine);
    }
    if (type === "MultiPolygon") {
      geometry.coordinates = geometry.coordinates.map(function (polygon) {
        return polygon.map(unwrapLine);
      });
    }
    return geometry;
  }

  function unwrapAll(geojson) {
    if (geojson.type === "FeatureCollection") geojson.features.forEach(unwrapAll);
    else if (geojson.type === "Feature") unwrap(geojson.geometry);
    else unwrap(geojson);
    return geojson;
  }

  function drawBaseMap(map) {
    var topo = window.officeDeskBaseMap;
    if (!topo || !window.topojson) {
      console.warn("Office Desk: the offline base map is missing");
      return;
    }
    var renderer = L.svg({ pane: "odBase", padding: 0.5 });
    var object = topo.objects.countries;
    OD.countryLayer = L.geoJSON(unwrapAll(window.topojson.feature(topo, object)), {
      renderer: renderer, interactive: false, style: countryStyle
    }).addTo(map);
    var borders = window.topojson.mesh(topo, object, function (a, b) { return a !== b; });
    var coasts = window.topojson.mesh(topo, object, function (a, b) { return a === b; });
    L.geoJSON(unwrapAll(borders), {
      renderer: renderer, interactive: false,
      style: { color: "#a59d8f", weight: 0.8, opacity: 0.9, dashArray: "3 2", fill: false }
    }).addTo(map);
    L.geoJSON(unwrapAll(coasts), {
      renderer: renderer, interactive: false,
      style: { color: "#6f93b0", weight: 1, opacity: 1, fill: false }
    }).addTo(map);
    OD.baseMapDrawn = true;
  }

  function countryStyle(feature) {
    var ours = OD.networkCountries && OD.networkCountries[String(feature.id)];
    return {
      stroke: false,
      fillColor: ours ? "#f3e3bf" : "#f2efe7",
      fillOpacity: 1
    };
  }

  // ------------------------------------------------------------------ markers

  function officeMarker(o) {
    var classes = "od-office" + (o.home ? " od-home" : "") + " od-status-" + o.status;
    var icon = L.divIcon({
      className: "od-office-icon",
      iconSize: [26, 33],
      iconAnchor: [13, 33],
      tooltipAnchor: [0, -26],
      popupAnchor: [0, -30],
      html: '<div class="' + classes + '" data-record="office:' + o.id + '">' +
        OFFICE_SVG + '<span class="od-label">' + o.label + "</span></div>"
    });
    return L.marker([o.lat, o.lon], {
      icon: icon, odKind: "office", odId: o.id, riseOnHover: true, zIndexOffset: 1000
    });
  }

  function pointMarker(kind, r) {
    var icon = L.divIcon({
      className: "od-point-icon",
      iconSize: [14, 14],
      iconAnchor: [7, 7],
      html: '<div class="od-point od-' + kind + '" data-record="' + kind + ":" + r.id +
        '" style="background:' + colorOf(r.color, "#607d8b") + '"></div>'
    });
    return L.marker([r.lat, r.lon], { icon: icon, odKind: kind, odId: r.id });
  }

  function decorate(marker, r) {
    marker.bindTooltip(r.tooltip, { direction: "top", offset: [0, -6] });
    marker.bindPopup(function () { return r.popup; }, { maxWidth: 320, minWidth: 180 });
    OD.markers[marker.options.odKind + ":" + r.id] = marker;
    return marker;
  }

  function curve(from, to) {
    // A gentle arc (quadratic Bezier in degrees) so that lines do not hide borders.
    var points = [];
    var dLat = to[0] - from[0];
    var dLon = to[1] - from[1];
    var ctrl = [from[0] + dLat / 2 + dLon * 0.12, from[1] + dLon / 2 - dLat * 0.12];
    for (var i = 0; i <= 32; i++) {
      var t = i / 32;
      var u = 1 - t;
      points.push([
        u * u * from[0] + 2 * u * t * ctrl[0] + t * t * to[0],
        u * u * from[1] + 2 * u * t * ctrl[1] + t * t * to[1]
      ]);
    }
    return points;
  }

  function drawLinks(group, links) {
    links.forEach(function (link) {
      var counterpart = link.kind === "counterpart";
      L.polyline(curve(link.from, link.to), {
        color: counterpart ? "#c62828" : "#5c6f82",
        weight: counterpart ? 2.5 : 1.6,
        opacity: counterpart ? 0.85 : 0.7,
        dashArray: counterpart ? null : "6 5",
        className: "od-link od-link-" + link.kind
      }).bindTooltip(link.tooltip, { sticky: true }).addTo(group);
    });
  }

  OD.clusterIcon = function (kind) {
    return function (cluster) {
      var n = cluster.getChildCount();
      var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
      return L.divIcon({
        html: "<div><span>" + n + "</span></div>",
        className: "od-cluster od-cluster-" + kind,
        iconSize: [size, size]
      });
    };
  };

  // ------------------------------------------------------------------ legend

  function legendHtml(sections) {
    return sections.map(function (section) {
      var rows = section.items.map(function (item) {
        var color = colorOf(item.color, "#607d8b");
        var swatch;
        if (item.shape === "office") {
          swatch = '<span class="od-swatch od-swatch-office" style="background:' + color +
            '">' + OFFICE_SVG + "</span>";
        } else if (item.shape === "line" || item.shape === "dashed") {
          swatch = '<span class="od-swatch od-swatch-' + item.shape +
            '" style="border-color:' + color + '"></span>';
        } else {
          swatch = '<span class="od-swatch od-swatch-' + item.shape +
            '" style="background:' + color + '"></span>';
        }
        return '<div class="od-legend-row">' + swatch + "<span>" + item.label + "</span></div>";
      }).join("");
      return '<div class="od-legend-section"><div class="od-legend-title">' + section.title +
        "</div>" + rows + "</div>";
    }).join("");
  }

  // A small view (a laptop at 150%) keeps the legend folded unless the user opened it.
  var SMALL_VIEW = { width: 1000, height: 720 };

  function smallView(map) {
    var size = map.getSize();
    return size.x < SMALL_VIEW.width || size.y < SMALL_VIEW.height;
  }

  function text(key) {
    return (OD.options.text && OD.options.text[key]) || key;
  }

  OD.setLegendOpen = function (open, byUser) {
    if (!OD.legend) return false;
    if (byUser) OD.legendChosen = true;
    OD.legendOpen = !!open || !OD.options.legendToggle;
    var box = OD.legend.getContainer();
    box.classList.toggle("od-legend-folded", !OD.legendOpen);
    if (OD.legendButton) {
      OD.legendButton.setAttribute("aria-expanded", OD.legendOpen ? "true" : "false");
      OD.legendButton.title = text(OD.legendOpen ? "hideLegend" : "showLegend");
    }
    return OD.legendOpen;
  };

  function drawLegend(map, sections) {
    if (!OD.options.legend) return;
    if (!OD.legend) {
      OD.legend = L.control({ position: "bottomleft" });
      OD.legend.onAdd = function () {
        var div = L.DomUtil.create("div", "od-legend leaflet-bar");
        if (OD.options.printed) div.classList.add("od-legend-printed");
        if (OD.options.legendToggle) {
          var button = L.DomUtil.create("button", "od-legend-toggle", div);
          button.type = "button";
          button.innerHTML = '<span class="od-legend-caret" aria-hidden="true"></span>' +
            "<span>" + text("legend") + "</span>";
          L.DomEvent.on(button, "click", function (event) {
            L.DomEvent.stop(event);
            OD.setLegendOpen(!OD.legendOpen, true);
          });
          OD.legendButton = button;
        }
        OD.legendBody = L.DomUtil.create("div", "od-legend-body", div);
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
      };
      OD.legend.addTo(map);
      OD.setLegendOpen(!smallView(map), false);
      map.on("resize", function () {
        if (!OD.legendChosen) OD.setLegendOpen(!smallView(map), false);
      });
    }
    OD.legendBody.innerHTML = legendHtml(sections);
  }

  // ------------------------------------------------------------------ controls

  function addTileLayers(map) {
    var layers = [];
    (OD.options.tileLayers || []).forEach(function (spec) {
      var layer = L.tileLayer(String(spec.url), {
        attribution: spec.attribution, maxZoom: map.getMaxZoom(),
        maxNativeZoom: spec.maxNativeZoom, minZoom: 0, opacity: 1
      });
      if (spec.show !== false) layer.addTo(map);
      layers.push([spec.name, layer]);
    });
    return layers;
  }

  function addLayerControl(map, tiles, groups) {
    // One entry per layer, even if two layers share a name (addOverlay, not an object).
    var names = OD.options.layerNames || {};
    var control = L.control.layers(null, null, { collapsed: false, position: "topright" });
    tiles.forEach(function (pair) { control.addOverlay(pair[1], pair[0]); });
    ["links", "organizations", "projects", "offices"].forEach(function (key) {
      control.addOverlay(groups[key], names[key] || key);
    });
    OD.layerControl = control.addTo(map);
  }

  // The small map inside a scrolling page: the wheel scrolls the page until the map is
  // clicked; leaving the map or losing the focus gives the wheel back to the page.
  function wheelAfterClick(map) {
    var container = map.getContainer();
    var hint = L.DomUtil.create("div", "od-wheel-hint", container);
    hint.innerHTML = text("wheelHint");
    hint.setAttribute("aria-hidden", "true");
    var hideTimer = null;
    map.scrollWheelZoom.disable();
    OD.wheelZoom = false;
    function setWheel(on) {
      if (OD.bridge && OD.wheelZoom !== on) OD.bridge.wheelTaken(on);
      OD.wheelZoom = on;
      if (on) {
        map.scrollWheelZoom.enable();
        hint.classList.remove("od-shown");
      } else {
        map.scrollWheelZoom.disable();
      }
    }
    container.addEventListener("pointerdown", function () { setWheel(true); }, true);
    container.addEventListener("mouseleave", function () { setWheel(false); });
    container.addEventListener("focusout", function (event) {
      if (!container.contains(event.relatedTarget)) setWheel(false);
    });
    window.addEventListener("blur", function () { setWheel(false); });
    container.addEventListener("wheel", function () {
      if (OD.wheelZoom) return;
      OD.wheelHints += 1;
      hint.classList.add("od-shown");
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(function () { hint.classList.remove("od-shown"); }, 1500);
    }, { passive: true });
  }

  // ------------------------------------------------------------------ drawing

  OD.update = function (data, fit) {
    var groups = OD.groups;
    Object.keys(groups).forEach(function (name) { groups[name].clearLayers(); });
    OD.markers = {};
    OD.clearHighlight();
    OD.networkCountries = {};
    (data.countries || []).forEach(function (id) { OD.networkCountries[id] = true; });
    if (OD.countryLayer) OD.countryLayer.setStyle(countryStyle);

    data.offices.forEach(function (o) { decorate(officeMarker(o), o).addTo(groups.offices); });
    drawLinks(groups.links, data.links);
    groups.organizations.addLayers(data.organizations.map(function (r) {
      return decorate(pointMarker("organization", r), r);
    }));
    groups.projects.addLayers(data.projects.map(function (r) {
      return decorate(pointMarker("project", r), r);
    }));
    OD.counts = {
      offices: data.offices.length, links: data.links.length,
      organizations: data.organizations.length, projects: data.projects.length
    };
    drawLegend(OD.map, data.legend || []);
    if (fit !== false && data.bounds) {
      OD.map.fitBounds(data.bounds, {
        padding: [40, 40], maxZoom: OD.options.fitMaxZoom || 11, animate: false
      });
    }
    OD.updates += 1;
    return OD.counts;
  };

  // ------------------------------------------------------------------ selection

  OD.clearHighlight = function () {
    if (OD.highlight) {
      OD.highlight.remove();
      OD.highlight = null;
    }
  };

  OD.showRecord = function (kind, id) {
    var marker = OD.markers[kind + ":" + id];
    if (!marker) return false;
    var group = OD.groups[PLURAL[kind]];
    var zoom = Math.max(OD.map.getZoom(), kind === "office" ? 7 : 0);
    if (marker.__parent && marker.__parent._zoom !== undefined) {
      // The first zoom at which markercluster shows this marker on its own.
      zoom = Math.max(zoom, marker.__parent._zoom + 1);
    }
    OD.map.setView(marker.getLatLng(), Math.min(zoom, OD.map.getMaxZoom()), { animate: false });
    var tries = 0;
    var finish = function () {
      if (!marker.getElement() && tries++ < 60) {
        // Clusters split with a short animation, and markercluster ignores a move made
        // during one: once it is over, let it look at the new view again.
        if (tries % 5 === 0 && group && !group._inZoomAnimation) OD.map.fire("moveend");
        window.setTimeout(finish, 50);
        return;
      }
      OD.clearHighlight();
      OD.highlight = L.circleMarker(marker.getLatLng(), {
        radius: 17, color: "#ff6f00", weight: 3, fill: false,
        interactive: false, className: "od-highlight"
      }).addTo(OD.map);
      if (group && OD.map.hasLayer(group)) marker.openPopup();
    };
    finish();
    return true;
  };

  OD.activate = function (kind, id) {
    if (!KIND_OK.test(kind) || !ID_OK.test(id)) return;
    OD.activations.push(kind + ":" + id);
    if (OD.bridge) OD.bridge.activate(kind, id);
  };

  // The user places a pin: the next click on the map reports its coordinates.
  OD.pickLocation = function (on) {
    var container = OD.map.getContainer();
    OD.map.off("click", onPick);
    container.classList.toggle("od-picking", !!on);
    if (on) OD.map.once("click", onPick);
  };

  function onPick(event) {
    OD.map.getContainer().classList.remove("od-picking");
    var lat = event.latlng.lat;
    var lon = L.Util.wrapNum(event.latlng.lng, [-180, 180], true);
    OD.picked = [lat, lon];
    if (OD.bridge) OD.bridge.locationPicked(lat, lon);
  }

  function onMarkerClick(event) {
    var layer = event.propagatedFrom || event.layer;
    if (layer && layer.options && layer.options.odKind) {
      OD.activate(layer.options.odKind, layer.options.odId);
    }
  }

  function connectBridge() {
    if (!(window.qt && window.qt.webChannelTransport && window.QWebChannel)) return;
    new window.QWebChannel(window.qt.webChannelTransport, function (channel) {
      OD.bridge = channel.objects.officeDeskMap || null;
      if (OD.bridge && OD.drawn) OD.bridge.drawn();
    });
  }

  // ------------------------------------------------------------------ start

  function pageDocument() {
    var block = document.getElementById("od-map-data");
    return block ? JSON.parse(block.textContent) : { data: null, options: {} };
  }

  OD.start = function (map, groups) {
    var page = pageDocument();
    var data = page.data || {
      offices: [], links: [], organizations: [], projects: [], legend: [], bounds: null
    };
    OD.map = map;
    OD.groups = groups;
    OD.options = page.options || {};
    map.createPane("odBase").style.zIndex = 150;
    var container = map.getContainer();
    container.classList.add("od-map");
    if (OD.options.compact) container.classList.add("od-compact");
    if (OD.options.printed) container.classList.add("od-printed");
    map.attributionControl.setPrefix(false);
    if (OD.options.attribution) map.attributionControl.addAttribution(OD.options.attribution);
    var tiles = addTileLayers(map);
    if (OD.options.layerControl) addLayerControl(map, tiles, groups);
    if (OD.options.wheelNeedsClick) wheelAfterClick(map);
    drawBaseMap(map);
    ["offices", "organizations", "projects"].forEach(function (name) {
      groups[name].on("click", onMarkerClick);
    });
    OD.update(data, true);
    connectBridge();
    OD.ready = true;
    afterPaint(function () {
      OD.drawn = true;
      OD.drawnAt = performance.now();
      if (OD.bridge) OD.bridge.drawn();
    });
  };

  OD.stats = function () {
    return {
      ready: OD.ready, drawn: OD.drawn, baseMapDrawn: OD.baseMapDrawn,
      counts: OD.counts, updates: OD.updates, legendOpen: !!OD.legendOpen,
      wheelZoom: OD.map.scrollWheelZoom.enabled(), wheelHints: OD.wheelHints,
      basePaths: document.querySelectorAll(".leaflet-odBase-pane path").length,
      officeIds: Array.prototype.map.call(
        document.querySelectorAll(".od-office[data-record]"),
        function (el) { return el.getAttribute("data-record").slice(7); }
      )
    };
  };
})();
