// What the timeline and the map share: SVG elements, fetching the data, and the gestures (drag to
// pan, wheel to zoom, toolbar buttons). Loaded before timeline.js and map.js; plain JS, no library.
window.claimgraphCharts = (function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var DRAG_PX = 3;   // a press that moves less is a click (on an event's link), not a drag

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function fetchJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) { throw new Error("the server answered " + r.status + " for " + url); }
      return r.json();
    });
  }

  // Calls drag(dx, dy) while the pointer moves with the button down (offsets from where it was
  // pressed, after start() at the press), wheel(zoomFactor, x, y) with the pointer's position in
  // the svg, and actions[name]() for a click on a button[data-action] inside `frame`.
  function interact(frame, svg, handlers) {
    var drag = null, dragged = false;
    svg.addEventListener("pointerdown", function (evt) {
      if (evt.button !== 0) { return; }
      drag = {x: evt.clientX, y: evt.clientY, moved: false};
      dragged = false;
      handlers.start();
    });
    window.addEventListener("pointermove", function (evt) {
      if (!drag) { return; }
      var dx = evt.clientX - drag.x, dy = evt.clientY - drag.y;
      drag.moved = drag.moved || Math.abs(dx) > DRAG_PX || Math.abs(dy) > DRAG_PX;
      if (drag.moved) { svg.classList.add("dragging"); handlers.drag(dx, dy); }
    });
    window.addEventListener("pointerup", function () {
      dragged = Boolean(drag && drag.moved);
      drag = null;
      svg.classList.remove("dragging");
    });
    // the click that ends a drag must not open the event under the pointer
    svg.addEventListener("click", function (evt) {
      if (dragged) { evt.preventDefault(); dragged = false; }
    }, true);
    svg.addEventListener("wheel", function (evt) {
      evt.preventDefault();
      var box = svg.getBoundingClientRect();
      handlers.wheel(evt.deltaY < 0 ? 1.25 : 1 / 1.25, evt.clientX - box.left, evt.clientY - box.top);
    }, {passive: false});
    frame.addEventListener("click", function (evt) {
      var button = evt.target.closest("button[data-action]");
      if (button && handlers.actions[button.dataset.action]) { handlers.actions[button.dataset.action](); }
    });
  }

  return {el: el, clear: clear, fetchJson: fetchJson, interact: interact};
})();
