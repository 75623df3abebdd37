// Draws /api/network with Cytoscape (vendored, no CDN). Labels are drawn on a canvas, never as HTML;
// the colours come from the legend's CSS, so the drawing and its legend cannot disagree.
(function () {
  "use strict";
  var LABELLED_NODES = 25;   // the most mentioned keep their label at any zoom; others show it zoomed in or pointed at
  var LABEL_ZOOM = 1.3;      // from this zoom on, every label shows
  // Labels keep these sizes on screen however far the drawing is zoomed out to fit (zoomed in, they grow).
  var LABEL_PX = {node: 12, edge: 10, width: 130};
  var container = document.getElementById("network");
  var statusLine = document.getElementById("network-status");
  var linkList = document.getElementById("network-links");
  var form = document.getElementById("network-filters");
  var graph = null;

  function legendColours(selector, property) {
    var colours = {};
    document.querySelectorAll(selector).forEach(function (el) {
      colours[el.dataset.type || el.dataset.kind] = getComputedStyle(el)[property];
    });
    return colours;
  }

  function listLinks(data) {
    var names = {};
    data.nodes.forEach(function (n) { names[n.data.id] = n.data.label; });
    linkList.textContent = "";
    data.edges.forEach(function (e) {
      var item = document.createElement("li");
      item.dataset.kind = e.data.kind;
      var arrow = e.data.kind === "event" ? " — " : " → ";
      item.textContent = names[e.data.source] + arrow + names[e.data.target] + ": " + e.data.label;
      linkList.appendChild(item);
    });
  }

  function showLabels() {
    var all = graph.zoom() >= LABEL_ZOOM;
    graph.elements().toggleClass("zoomed", all);
    graph.style().update();   // the font sizes below depend on the zoom
  }

  function onScreen(kind) {
    return function (element) { return LABEL_PX[kind] / Math.min(1, element.cy().zoom()); };
  }

  function draw(data) {
    if (graph) { graph.destroy(); }
    var nodeColours = legendColours(".network-legend .swatch", "backgroundColor");
    var edgeColours = legendColours(".network-legend .line", "borderTopColor");
    var maxMentions = Math.max.apply(null, [1].concat(data.nodes.map(function (n) { return n.data.mentions; })));
    var ranked = data.nodes.slice().sort(function (a, b) { return b.data.mentions - a.data.mentions; });
    ranked.forEach(function (n, i) { n.classes = i < LABELLED_NODES ? "major" : "minor"; });
    // cose starts from the nodes' positions, on a circle in the API's order
    data.nodes.forEach(function (n, i) {
      var angle = 2 * Math.PI * i / data.nodes.length;
      n.position = {x: 600 * Math.cos(angle), y: 400 * Math.sin(angle)};
    });
    var size = function (n) { return 12 + 30 * Math.sqrt(n.data("mentions") / maxMentions); };
    var label = {"font-size": onScreen("node"), "color": "#1d232b", "text-background-color": "#fff",
                 "text-background-opacity": 0.8, "text-background-padding": 1, "text-wrap": "ellipsis",
                 "text-max-width": onScreen("width")};
    graph = cytoscape({
      container: container,
      elements: data.nodes.concat(data.edges),
      wheelSensitivity: 0.3,
      minZoom: 0.2, maxZoom: 4,
      style: [
        {selector: "node", style: {
          "background-color": function (n) { return nodeColours[n.data("type")] || "#888"; },
          "width": size, "height": size, "text-valign": "bottom", "text-margin-y": 3}},
        {selector: "node.major, node.zoomed, node.hover", style: Object.assign({"label": "data(label)"}, label)},
        {selector: "edge", style: {
          "width": function (e) { return Math.min(1 + e.data("weight"), 6); },
          "line-color": edgeColours.event, "curve-style": "bezier", "opacity": 0.8}},
        {selector: "edge[kind = 'relation'], edge[kind = 'acted_on']", style: {
          "line-color": function (e) { return edgeColours[e.data("kind")]; },
          "target-arrow-shape": "triangle", "arrow-scale": 1.3,
          "target-arrow-color": function (e) { return edgeColours[e.data("kind")]; }}},
        {selector: "edge.zoomed, edge.hover", style: Object.assign({
          "label": "data(label)", "text-rotation": "autorotate"}, label, {"font-size": onScreen("edge")})},
        {selector: ".hover", style: {"opacity": 1, "z-index": 10}},
        {selector: "node:selected", style: {"border-width": 3, "border-color": "#222"}}
      ],
      layout: {name: "preset"}
    });
    graph.layout({name: "cose", gravity: 1, animate: false, nodeDimensionsIncludeLabels: true,
                    nodeRepulsion: 20000, idealEdgeLength: 110, nodeOverlap: 20, componentSpacing: 80,
                    randomize: false, fit: false}).run();
    graph.fit(undefined, 30);
    graph.on("tap", "node", function (evt) {
      window.location.href = "/entities/" + encodeURIComponent(evt.target.id());
    });
    graph.on("tap", "edge[kind = 'acted_on']", function (evt) {
      window.location.href = "/events/" + encodeURIComponent(evt.target.data("events")[0]);
    });
    graph.on("mouseover", "node", function (evt) { evt.target.closedNeighborhood().addClass("hover"); });
    graph.on("mouseout", "node", function () { graph.elements().removeClass("hover"); });
    graph.on("zoom", showLabels);
    showLabels();
    listLinks(data);
    var acted = data.edges.filter(function (e) { return e.data.kind === "acted_on"; }).length;
    statusLine.textContent = data.nodes.length + " entities, " + data.edges.length + " links (" + acted +
      " acted on).";
  }

  function load() {
    var params = new URLSearchParams(new FormData(form));
    if (!params.get("type")) { params.delete("type"); }
    statusLine.textContent = "Loading…";
    fetch(container.dataset.source + "?" + params.toString())
      .then(function (r) { if (!r.ok) { throw new Error("the server answered " + r.status); } return r.json(); })
      .then(draw)
      .catch(function (err) { statusLine.textContent = "Could not draw the network: " + err.message; });
  }

  form.addEventListener("submit", function (evt) { evt.preventDefault(); load(); });
  load();
})();
