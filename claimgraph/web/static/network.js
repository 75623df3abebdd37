// Draws /api/network with Cytoscape (vendored, no CDN). Labels are drawn on a canvas, never as HTML.
(function () {
  "use strict";
  var TYPE_COLOURS = {PERSON: "#3b6ea8", ORG: "#b5542b", GPE: "#3c8d4f", LOC: "#6b8e23", FAC: "#7a5c99",
                      NORP: "#a88a1f", WEAPON: "#555555"};
  var container = document.getElementById("network");
  var statusLine = document.getElementById("network-status");
  var form = document.getElementById("network-filters");
  var graph = null;

  function draw(data) {
    if (graph) { graph.destroy(); }
    var maxMentions = Math.max.apply(null, [1].concat(data.nodes.map(function (n) { return n.data.mentions; })));
    graph = cytoscape({
      container: container,
      elements: data.nodes.concat(data.edges),
      wheelSensitivity: 0.3,
      style: [
        {selector: "node", style: {
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "background-color": function (n) { return TYPE_COLOURS[n.data("type")] || "#888"; },
          "width": function (n) { return 12 + 30 * Math.sqrt(n.data("mentions") / maxMentions); },
          "height": function (n) { return 12 + 30 * Math.sqrt(n.data("mentions") / maxMentions); },
          "text-outline-color": "#fff", "text-outline-width": 2}},
        {selector: "edge", style: {
          "width": function (e) { return Math.min(1 + e.data("weight"), 6); },
          "line-color": "#c9c9c9", "curve-style": "bezier", "opacity": 0.8}},
        {selector: "edge[kind = 'relation']", style: {
          "line-color": "#b5542b", "target-arrow-shape": "triangle", "target-arrow-color": "#b5542b",
          "label": "data(label)", "font-size": 9, "color": "#7a3a1d", "text-rotation": "autorotate"}},
        {selector: "node:selected", style: {"border-width": 3, "border-color": "#222"}}
      ],
      layout: {name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, randomize: false}
    });
    graph.on("tap", "node", function (evt) {
      window.location.href = "/entities/" + encodeURIComponent(evt.target.id());
    });
    statusLine.textContent = data.nodes.length + " entities, " + data.edges.length + " links.";
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
