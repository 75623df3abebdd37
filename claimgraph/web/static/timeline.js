// Draws /api/timeline as SVG: dated events along a zoomable, pannable axis (plain JS, no library).
// The server gives each event's span of days and the dense range to show first; lanes are laid out
// here, on every zoom, so that labels of close events never overlap at the current scale.
(function (charts) {
  "use strict";
  var el = charts.el;
  var DAY_MS = 86400000;
  var LANE = 22, TOP = 10, AXIS = 34, SIDE = 12, LABEL_CHAR = 6.6;   // 11px labels: ~6.6px a character
  var MIN_DAYS = 3, MAX_DAYS = 365 * 500;                           // the narrowest and widest views
  // Tick steps, finest first: [unit, count, approximate days]; the first giving 90px between ticks wins.
  var STEPS = [["day", 1, 1], ["day", 2, 2], ["day", 7, 7], ["month", 1, 30.4], ["month", 3, 91],
               ["month", 6, 182], ["year", 1, 365], ["year", 2, 730], ["year", 5, 1826], ["year", 10, 3652],
               ["year", 25, 9131], ["year", 50, 18262], ["year", 100, 36524]];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  var figure = document.getElementById("timeline");
  if (!figure) { return; }
  var svg = document.getElementById("timeline-svg");
  var statusLine = document.getElementById("timeline-status");
  var rangeOut = document.getElementById("timeline-range");
  var spans = [], dense = null, all = null, view = null;

  function dayOf(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS; }
  function isoOf(day) { return new Date(Math.round(day) * DAY_MS).toISOString().slice(0, 10); }
  function width() { return Math.max(svg.clientWidth || figure.clientWidth, 200); }
  function x(day) { return SIDE + (day - view[0]) / (view[1] - view[0]) * (width() - 2 * SIDE); }
  function dayAt(px) { return view[0] + (px - SIDE) / (width() - 2 * SIDE) * (view[1] - view[0]); }

  function setView(first, last) {
    var span = Math.min(Math.max(last - first, MIN_DAYS), MAX_DAYS), middle = (first + last) / 2;
    view = [middle - span / 2, middle + span / 2];
    draw();
  }

  function ticks() {
    var perDay = (width() - 2 * SIDE) / (view[1] - view[0]);
    var step = STEPS.filter(function (s) { return s[2] * perDay >= 90; })[0] || STEPS[STEPS.length - 1];
    var start = new Date(Math.floor(view[0]) * DAY_MS), found = [], d;
    if (step[0] === "day") {
      d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()) / DAY_MS;
      d -= d % step[1];
      for (; d <= view[1]; d += step[1]) { found.push([d, isoOf(d)]); }
    } else if (step[0] === "month") {
      var m = start.getUTCFullYear() * 12 + start.getUTCMonth();
      m -= m % step[1];
      for (; (d = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS) <= view[1]; m += step[1]) {
        found.push([d, MONTHS[m % 12] + " " + Math.floor(m / 12)]);
      }
    } else {
      var y = start.getUTCFullYear();
      y -= ((y % step[1]) + step[1]) % step[1];
      for (; (d = Date.UTC(y, 0, 1) / DAY_MS) <= view[1]; y += step[1]) {
        if (y > 0) { found.push([d, String(y)]); }
      }
    }
    return found.filter(function (t) { return t[0] >= view[0]; });
  }

  function draw() {
    charts.clear(svg);
    var right = width() - SIDE, laneEnds = [], placed = [], earlier = [], later = [];
    spans.forEach(function (s) {
      if (s.end <= view[0]) { earlier.push(s); return; }
      if (s.start >= view[1]) { later.push(s); return; }
      var x0 = Math.max(x(s.start), SIDE - 4), x1 = Math.min(x(s.end), right + 4);
      var bar = s.end - s.start > 1 && x1 - x0 > 6;      // a span wide enough to see as one
      var dotX = bar ? x0 : (x(s.start) + x(s.end)) / 2;
      var labelWidth = s.label.length * LABEL_CHAR, labelX = Math.max(x1, dotX + 8) + 4;
      var labelLeft = labelX + labelWidth > right && (bar ? x0 : dotX - 8) - 4 - labelWidth > SIDE;   // near the right edge
      if (labelLeft) { labelX = (bar ? x0 : dotX - 8) - 4; }
      var start = labelLeft ? labelX - labelWidth : (bar ? x0 : dotX - 6);
      var end = labelLeft ? Math.max(x1, dotX + 6) : labelX + labelWidth;
      var lane = laneEnds.findIndex(function (laneEnd) { return laneEnd < start; });
      if (lane < 0) { lane = laneEnds.length; laneEnds.push(0); }
      laneEnds[lane] = end + 6;
      placed.push({s: s, lane: lane, bar: bar, x0: x0, x1: x1, dotX: dotX, labelX: labelX, labelLeft: labelLeft});
    });
    var height = TOP + Math.max(laneEnds.length, 3) * LANE + AXIS;
    var axisY = height - AXIS + 8;
    svg.setAttribute("viewBox", "0 0 " + width() + " " + height);
    svg.setAttribute("height", height);
    ticks().forEach(function (t) {
      var tx = x(t[0]);
      el("line", {"class": "tick", x1: tx, x2: tx, y1: TOP - 6, y2: axisY + 5}, svg);
      el("text", {"class": "tick-label", x: tx, y: axisY + 18}, svg).textContent = t[1];
    });
    el("line", {"class": "axis", x1: 0, x2: width(), y1: axisY, y2: axisY}, svg);
    placed.forEach(function (p) {
      var y = TOP + p.lane * LANE + LANE / 2, e = p.s.event;
      var link = el("a", {href: "/events/" + encodeURIComponent(e.id), "class": "ev ty-" + e.type +
                          (e.modality === "occurred" ? "" : " hollow")}, svg);
      el("title", {}, link).textContent = p.s.title;
      el("line", {"class": "stem", x1: p.dotX, x2: p.dotX, y1: y, y2: axisY}, link);
      if (p.bar) {
        el("rect", {"class": "span", x: p.x0, y: y - 5, width: p.x1 - p.x0, height: 10, rx: 3}, link);
      } else {
        el("circle", {"class": "dot", cx: p.dotX, cy: y, r: 5.5}, link);
      }
      el("text", {"class": "ev-label", x: p.labelX, y: y + 4, "text-anchor": p.labelLeft ? "end" : "start"}, link)
        .textContent = p.s.label;
    });
    edge("earlier", earlier, function (n) { return "◀ " + n + " earlier"; });
    edge("later", later, function (n) { return n + " later ▶"; });
    rangeOut.value = isoOf(view[0]) + " – " + isoOf(view[1]);
    rangeOut.dataset.first = isoOf(view[0]);
    rangeOut.dataset.last = isoOf(view[1]);
  }

  function edge(side, outside, text) {
    var button = figure.querySelector(".edge." + side);
    button.hidden = outside.length === 0;
    button.textContent = text(outside.length);
    button.title = outside.length ? "Show " + (outside.length === 1 ? "it" : "them") + ": " +
      outside.map(function (s) { return s.first; }).join(", ") : "";
  }

  function zoom(factor, aroundDay) {
    var centre = aroundDay === undefined ? (view[0] + view[1]) / 2 : aroundDay;
    var first = centre - (centre - view[0]) * factor, last = centre + (view[1] - centre) * factor;
    if (last - first < MIN_DAYS || last - first > MAX_DAYS) { return; }
    view = [first, last];
    draw();
  }

  function pan(fraction) {
    var shift = (view[1] - view[0]) * fraction;
    view = [view[0] + shift, view[1] + shift];
    draw();
  }

  function reveal(side) {
    var outside = spans.filter(function (s) { return side === "earlier" ? s.end <= view[0] : s.start >= view[1]; });
    if (!outside.length) { return; }
    var span = view[1] - view[0], pad = span * 0.05;
    if (side === "earlier") {
      setView(Math.min.apply(null, outside.map(function (s) { return s.start; })) - pad, view[1]);
    } else {
      setView(view[0], Math.max.apply(null, outside.map(function (s) { return s.end; })) + pad);
    }
  }

  function drawn(action) {   // a button pressed before the data came does nothing
    return function () { if (view) { action(); } };
  }

  var dragFrom = null;
  charts.interact(figure, svg, {
    start: function () { dragFrom = view && view.slice(); },
    drag: function (dx) {
      if (!dragFrom) { return; }
      var shift = dx / (width() - 2 * SIDE) * (dragFrom[1] - dragFrom[0]);
      view = [dragFrom[0] - shift, dragFrom[1] - shift];
      draw();
    },
    wheel: function (factor, px) { if (view) { zoom(1 / factor, dayAt(px)); } },
    actions: {
      "zoom-in": drawn(function () { zoom(1 / 1.6); }), "zoom-out": drawn(function () { zoom(1.6); }),
      "pan-left": drawn(function () { pan(-0.3); }), "pan-right": drawn(function () { pan(0.3); }),
      "dense": drawn(function () { setView(dense[0], dense[1]); }), "all": drawn(function () { setView(all[0], all[1]); }),
      "earlier": drawn(function () { reveal("earlier"); }), "later": drawn(function () { reveal("later"); })
    }
  });
  window.addEventListener("resize", function () { if (view) { draw(); } });

  function load(data) {
    spans = data.spans.map(function (s) {
      var e = s.event, killed = e.killed === null ? "" : ", " + e.killed + " killed";
      var when = s.first === s.last ? s.first : s.first + " – " + s.last;
      return {event: e, first: s.first, start: dayOf(s.first), end: dayOf(s.last) + 1,
              label: e.type + (e.killed ? " (" + e.killed + ")" : ""),
              title: e.type + " · " + when + (e.date_precision && e.date_precision !== "day" ? " (" + e.date_precision + ")" : "") +
                     " · " + e.modality + killed + (e.location ? " · " + e.location.name : "")};
    });
    if (!spans.length) { statusLine.textContent = "No dated event."; return; }
    var first = Math.min.apply(null, spans.map(function (s) { return s.start; }));
    var last = Math.max.apply(null, spans.map(function (s) { return s.end; }));
    var pad = Math.max((last - first) * 0.03, 7);
    all = [first - pad, last + pad];
    dense = [dayOf(data.view_first), dayOf(data.view_last) + 1];
    setView(dense[0], dense[1]);
    statusLine.textContent = "";
    statusLine.hidden = true;
  }

  charts.fetchJson(figure.dataset.source)
    .then(load)
    .catch(function (err) { statusLine.textContent = "Could not draw the timeline: " + err.message; });
})(window.claimgraphCharts);
