// Draws /api/map as SVG over the vendored country outlines (world-atlas, read by topojson-client):
// no tile server, no CDN. Web Mercator, zoomed and panned here; markers keep their size on screen,
// and events at one point are spread around it on a sunflower spiral so that each stays clickable.
(function (charts) {
  "use strict";
  var el = charts.el;
  var MAX_LAT = 85;                  // Mercator runs to infinity at the poles
  var MIN_R = 4.5, MAX_EXTRA_R = 14; // marker radius: MIN_R, plus up to MAX_EXTRA_R by sqrt(killed / most killed)
  var GOLDEN_ANGLE = 2.39996;
  var FIT_MIN_DEGREES = 8;           // fitting one place shows its region, not its streets
  var FIT_MARGIN_PX = [320, 160, 120]; // width and height kept free around the points fitted; of the width, for names
  var ANTARCTICA = "010";            // its outline wraps the pole, which Mercator cannot draw

  var figure = document.getElementById("event-map");
  if (!figure) { return; }
  var svg = document.getElementById("map-svg");
  var statusLine = document.getElementById("map-status");
  var outsideButton = document.getElementById("map-outside");
  var land, names, pins, labels, countryNames = [], markers = [], maxKilled = 0, view = null, dense = null;

  function project(lon, lat) {   // the world as the unit square
    var phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI / 180;
    return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
  }
  function size() {
    var w = Math.max(svg.clientWidth || figure.clientWidth, 280);
    return [w, Math.round(Math.min(Math.max(w * 0.56, 340), 640))];
  }
  function screen(p) {
    var s = size();
    return [(p[0] - view.cx) * view.k + s[0] / 2, (p[1] - view.cy) * view.k + s[1] / 2];
  }
  function radius(killed) {
    return MIN_R + (killed && maxKilled ? MAX_EXTRA_R * Math.sqrt(killed / maxKilled) : 0);
  }

  function unwrap(ring) {   // longitudes made continuous, so a ring crossing 180° stays one shape
    var previous = null, offset = 0;
    return ring.map(function (point) {
      if (previous !== null && Math.abs(point[0] + offset - previous) > 180) {
        offset += point[0] + offset > previous ? -360 : 360;
      }
      previous = point[0] + offset;
      return [previous, point[1]];
    });
  }

  function ringPath(ring, shift) {
    return ring.map(function (point, i) {
      var p = project(point[0] + shift, point[1]);
      return (i ? "L" : "M") + (p[0] * 1000).toFixed(2) + "," + (p[1] * 1000).toFixed(2);
    }).join("") + "Z";
  }

  function drawOutlines(topology) {
    var countries = window.topojson.feature(topology, topology.objects.countries).features;
    countries.forEach(function (country) {
      if (country.id === ANTARCTICA) { return; }
      var polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
      var rings = [].concat.apply([], polygons).map(unwrap);
      var d = rings.map(function (r) { return ringPath(r, 0); }).join("");
      // a part unwrapped past ±180° is drawn again one world over, where it also belongs
      [[180, -360], [-180, 360]].forEach(function (edge) {
        var past = rings.some(function (r) { return r.some(function (p) { return p[0] * Math.sign(edge[0]) > 180; }); });
        if (past) { d += rings.map(function (r) { return ringPath(r, edge[1]); }).join(""); }
      });
      var path = el("path", {"class": "country", d: d}, land);
      el("title", {}, path).textContent = country.properties.name;
      countryNames.push(nameSpot(country.properties.name, rings));
    });
  }

  // A country's name goes at the middle of the bounding box of its largest ring (by box area), once
  // the zoom leaves room for it inside that box.
  function nameSpot(name, rings) {
    var best = null;
    rings.forEach(function (ring) {
      var xs = ring.map(function (p) { return project(p[0], p[1])[0]; }), ys = ring.map(function (p) { return project(p[0], p[1])[1]; });
      var box = [Math.min.apply(null, xs), Math.min.apply(null, ys), Math.max.apply(null, xs), Math.max.apply(null, ys)];
      var area = (box[2] - box[0]) * (box[3] - box[1]);
      if (!best || area > best.area) { best = {area: area, box: box}; }
    });
    return {name: name, point: [(best.box[0] + best.box[2]) / 2, (best.box[1] + best.box[3]) / 2],
            width: best.box[2] - best.box[0], height: best.box[3] - best.box[1]};
  }

  function overlaps(box, boxes) {
    return boxes.some(function (t) { return box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]; });
  }

  // Country names where they fit, after the events: never across a cluster or a place's name.
  function drawCountryNames(s, taken) {
    countryNames.forEach(function (c) {
      if (c.width * view.k < c.name.length * 7 + 16 || c.height * view.k < 24) { return; }
      var at = screen(c.point), half = c.name.length * 3.5 + 4;   // a name cut by the edge is not drawn
      if (at[0] < half || at[1] < 12 || at[0] > s[0] - half || at[1] > s[1] - 4) { return; }
      if (overlaps([at[0] - half, at[1] - 11, at[0] + half, at[1] + 3], taken)) { return; }
      el("text", {"class": "country-name", x: at[0].toFixed(1), y: at[1].toFixed(1)}, names).textContent = c.name;
    });
  }

  function setView(cx, cy, k) {
    var s = size();
    view = {cx: cx, cy: cy, k: Math.min(Math.max(k, Math.min(s[0], s[1]) * 0.9), s[0] * 400)};
    draw();
  }

  function bounds(list) {
    var lons = list.map(function (m) { return m.lon; }), lats = list.map(function (m) { return m.lat; });
    return {west: Math.min.apply(null, lons), east: Math.max.apply(null, lons),
            south: Math.min.apply(null, lats), north: Math.max.apply(null, lats)};
  }

  function fit(area) {
    var widen = Math.max(0, FIT_MIN_DEGREES - (area.east - area.west)) / 2;
    var heighten = Math.max(0, FIT_MIN_DEGREES - (area.north - area.south)) / 2;
    var a = project(area.west - widen, area.north + heighten), b = project(area.east + widen, area.south - heighten);
    var s = size();
    // room for the spirals around the outermost points and for their place names on the right
    var k = Math.min((s[0] - FIT_MARGIN_PX[0]) / (b[0] - a[0]), (s[1] - FIT_MARGIN_PX[1]) / (b[1] - a[1]));
    var shift = (FIT_MARGIN_PX[2] / 2) / k;   // the names stick out on the right: centre a bit right of the middle
    setView((a[0] + b[0]) / 2 + shift, (a[1] + b[1]) / 2, k);
  }

  function world() {
    var s = size();
    setView(0.5, 0.42, s[0]);
  }

  function draw() {
    var s = size();
    svg.setAttribute("viewBox", "0 0 " + s[0] + " " + s[1]);
    svg.setAttribute("height", s[1]);
    land.setAttribute("transform", "translate(" + (s[0] / 2 - view.cx * view.k) + "," + (s[1] / 2 - view.cy * view.k) +
                      ") scale(" + view.k / 1000 + ")");
    charts.clear(names);
    charts.clear(pins);
    charts.clear(labels);
    var outside = markers.filter(function (m) {
      var at = screen(m.point);
      return at[0] < 0 || at[1] < 0 || at[0] > s[0] || at[1] > s[1];
    });
    outsideButton.hidden = outside.length === 0;
    outsideButton.textContent = outside.length + " event" + (outside.length === 1 ? "" : "s") + " outside this view: show all";
    outsideButton.title = outside.map(function (m) { return m.placedAt.name; })
      .filter(function (name, i, names) { return names.indexOf(name) === i; }).join(", ");
    var taken = [], covered = [];
    clusters(s).forEach(function (cluster) { covered.push(drawCluster(cluster, taken)); });
    drawCountryNames(s, taken.concat(covered));
  }

  // Events at one point, and points too close on screen to tell apart at this zoom, become one
  // cluster: its events on a spiral around their mean position, biggest places first.
  function clusters(s) {
    var byPoint = {};
    markers.forEach(function (m) { (byPoint[m.key] = byPoint[m.key] || []).push(m); });
    var found = [];
    Object.keys(byPoint).map(function (key) { return byPoint[key]; })
      .sort(function (a, b) { return b.length - a.length || (a[0].key < b[0].key ? -1 : 1); })
      .forEach(function (group) {
        var at = screen(group[0].point);
        if (at[0] < -80 || at[1] < -80 || at[0] > s[0] + 80 || at[1] > s[1] + 80) { return; }
        var near = found.filter(function (c) {
          return Math.hypot(c.x - at[0], c.y - at[1]) < reach(c.markers.length, c) + reach(group.length, c);
        })[0];
        if (near) {
          var n = near.markers.length;
          near.x = (near.x * n + at[0] * group.length) / (n + group.length);
          near.y = (near.y * n + at[1] * group.length) / (n + group.length);
          near.markers = near.markers.concat(group);
        } else {
          found.push({x: at[0], y: at[1], markers: group.slice()});
        }
      });
    return found;
  }

  function spacing(cluster) {
    return 2.1 * cluster.markers.reduce(function (sum, m) { return sum + m.r; }, 0) / cluster.markers.length;
  }
  function reach(count, cluster) { return count > 1 ? spacing(cluster) * Math.sqrt(count) + MIN_R : MIN_R * 2; }

  function placeNames(group) {   // the places drawn here, most events first: "Goma, Congo +2"
    var counts = {};
    group.forEach(function (m) { counts[m.placedAt.name] = (counts[m.placedAt.name] || 0) + 1; });
    var names = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
    return names.slice(0, 2).join(", ") + (names.length > 2 ? " +" + (names.length - 2) : "");
  }

  function drawCluster(cluster, taken) {
    var group = cluster.markers, step = spacing(cluster), extent = 0;
    if (group.length > 1) {
      el("circle", {"class": "anchor", cx: cluster.x, cy: cluster.y, r: 2.5}, pins);
    }
    group.forEach(function (m, i) {
      var distance = group.length > 1 ? step * Math.sqrt(i + 0.5) : 0;
      var x = cluster.x + distance * Math.cos(i * GOLDEN_ANGLE), y = cluster.y + distance * Math.sin(i * GOLDEN_ANGLE);
      extent = Math.max(extent, distance + m.r);
      var link = el("a", {href: "/events/" + encodeURIComponent(m.event.id), "data-event": m.event.id,
                          "class": "marker ty-" + m.event.type + (m.precision === "country" ? " country" : "") +
                                   (m.event.modality === "occurred" ? "" : " hollow")}, pins);
      el("title", {}, link).textContent = m.title;
      el("circle", {cx: x.toFixed(1), cy: y.toFixed(1), r: m.r}, link);
    });
    var name = placeNames(group);
    var lx = cluster.x + extent + 4, ly = cluster.y + 4;
    var box = [lx, ly - 11, lx + name.length * 7, ly + 3];
    if (!overlaps(box, taken)) {
      taken.push(box);
      el("text", {"class": "place-label", x: lx, y: ly}, labels).textContent = name;
    }
    return [cluster.x - extent, cluster.y - extent, cluster.x + extent, cluster.y + extent];
  }

  function zoomAround(factor, px, py) {
    var s = size(), k = view.k * factor;
    var wx = view.cx + (px - s[0] / 2) / view.k, wy = view.cy + (py - s[1] / 2) / view.k;   // stays under the pointer
    setView(wx - (px - s[0] / 2) / k, wy - (py - s[1] / 2) / k, k);
  }

  function drawSizeLegend() {
    var legend = document.getElementById("legend-sizes"), x = 8;
    var values = maxKilled ? [0, Math.round(maxKilled / 10), Math.round(maxKilled / 2), maxKilled] : [0];
    values.filter(function (v, i) { return values.indexOf(v) === i; }).forEach(function (v) {
      var r = radius(v);
      el("circle", {"class": "marker-demo", cx: x + r, cy: 22, r: r}, legend);
      el("text", {x: x + 2 * r + 3, y: 26}, legend).textContent = v ? String(v) : "none or unknown";
      x += 2 * r + 12 + (v ? String(v).length * 7 : 100);
    });
    legend.setAttribute("width", x);
  }

  function load(results) {
    var topology = results[0], data = results[1];
    land = el("g", {"class": "land"}, svg);
    names = el("g", {"class": "country-names"}, svg);
    pins = el("g", {"class": "pins"}, svg);
    labels = el("g", {"class": "labels"}, svg);
    drawOutlines(topology);
    maxKilled = Math.max.apply(null, [0].concat(data.markers.map(function (m) { return m.event.killed || 0; })));
    markers = data.markers.map(function (m) {
      var e = m.event, here = m.placed_at.name;
      var where = e.location && e.location.id !== m.placed_at.id ? e.location.name + ", drawn at " + here : here;
      if (m.precision === "country") { where += " (only the country is known: drawn at its capital)"; }
      if (m.precision === "region") { where += " (a province: drawn at the city it is named after)"; }
      return {event: e, lat: m.lat, lon: m.lon, precision: m.precision, placedAt: m.placed_at,
              key: m.lat + "," + m.lon, point: project(m.lon, m.lat), r: radius(e.killed),
              title: e.type + " · " + (e.date || "undated") + " · " + e.modality +
                     (e.killed !== null ? " · " + e.killed + " killed" : "") + " · " + where};
    });
    drawSizeLegend();
    dense = data.view;
    if (dense) { fit(dense); } else { world(); }
    statusLine.hidden = true;
  }

  var dragFrom = null;
  charts.interact(figure, svg, {
    start: function () { dragFrom = view && {cx: view.cx, cy: view.cy}; },
    drag: function (dx, dy) { if (dragFrom) { setView(dragFrom.cx - dx / view.k, dragFrom.cy - dy / view.k, view.k); } },
    wheel: function (factor, px, py) { if (view) { zoomAround(factor, px, py); } },
    actions: {
      "zoom-in": function () { if (view) { setView(view.cx, view.cy, view.k * 1.6); } },
      "zoom-out": function () { if (view) { setView(view.cx, view.cy, view.k / 1.6); } },
      "dense": function () { if (dense) { fit(dense); } },
      "all": function () { if (markers.length) { fit(bounds(markers)); } },
      "world": function () { if (view) { world(); } }
    }
  });
  window.addEventListener("resize", function () { if (view) { draw(); } });

  Promise.all([charts.fetchJson(figure.dataset.outlines), charts.fetchJson(figure.dataset.source)])
    .then(load)
    .catch(function (err) { statusLine.textContent = "Could not draw the map: " + err.message; });
})(window.claimgraphCharts);
