// quotetrack's graph view: styles the graph data for vis-network, lays it out, then holds it still.
// Text reaches the page only as vis-network labels and tooltips, which it draws on a canvas or sets as text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var status = document.getElementById("status");
  var styles = data.styles.nodes, colours = data.styles.edges;
  var said = {};
  data.edges.forEach(function (e) { if (e.kind === "said") said[e.source] = (said[e.source] || 0) + 1; });

  function shorten(text, limit) { return text.length > limit ? text.slice(0, limit - 1) + "\u2026" : text; }

  var nodes = data.nodes.map(function (n) {
    var s = styles[n.style], statement = n.kind === "statement";
    var colour = {background: s.colour, border: statement ? "#ffffff" : "#333333",
                  highlight: {background: s.colour, border: "#000000"}, hover: {background: s.colour, border: "#000000"}};
    var node = {id: n.id, title: n.tip, shape: s.shape, color: colour, borderWidth: statement ? 1 : 1.5,
                size: s.size + (n.kind === "speaker" ? 2.5 * Math.sqrt(said[n.id] || 0) : 0),
                mass: statement ? 1 : 2 + Math.sqrt(said[n.id] || 0)};
    if (!statement) {
      node.label = shorten(n.name, 32);
      node.font = {size: n.kind === "speaker" ? 18 : 15, color: s.shape === "box" ? "#ffffff" : "#1a1a1a",
                   strokeWidth: s.shape === "box" ? 0 : 4, strokeColor: "#ffffff"};
      if (s.shape === "box") node.margin = 5;
    }
    return node;
  });

  var edges = data.edges.map(function (e) {
    var colour = colours[e.style], response = e.kind === "responds_to" || e.style === "responds";
    return {from: e.source, to: e.target, title: e.tip, color: {color: colour, highlight: colour, hover: colour, opacity: 1},
            width: response ? 1.5 + Math.min(6, Math.log2(1 + e.weight)) : 1,
            dashes: e.kind === "member_of", arrows: {to: {enabled: e.kind !== "said", scaleFactor: response ? 0.7 : 0.4}},
            smooth: response ? {type: "curvedCW", roundness: 0.18} : false,
            // said: a statement near its speaker; between named nodes (a projection): room for both labels
            length: e.kind === "said" ? 40 : e.kind === "member_of" ? 90 : e.kind ? undefined : 220,
            label: e.kind ? undefined : String(e.weight),
            font: {size: 12, color: "#404040", strokeWidth: 3, strokeColor: "#ffffff", align: "top"}};
  });

  var container = document.getElementById("view");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, {
    layout: {randomSeed: 17, improvedLayout: nodes.length <= 150},
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: {gravitationalConstant: -45, centralGravity: 0.035, springLength: 45, springConstant: 0.09,
                         damping: 0.55, avoidOverlap: 0.8},
      maxVelocity: 60, minVelocity: 0.5, timestep: 0.4,
      stabilization: {enabled: true, iterations: 1500, updateInterval: 100, fit: true}
    },
    interaction: {hover: true, tooltipDelay: 80, navigationButtons: true, keyboard: {enabled: true, bindToWindow: false},
                  zoomView: true, dragView: true, hideEdgesOnDrag: edges.length > 600, multiselect: false},
    nodes: {chosen: true},
    edges: {selectionWidth: 1.5, hoverWidth: 0.5}
  });

  var counts = nodes.length + " nodes, " + edges.length + " edges";
  network.on("stabilizationProgress", function (p) {
    status.textContent = counts + ": laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: false});
    network.fit({animation: false});
    if (network.getScale() > 1.2) network.moveTo({scale: 1.2});  // a small graph: fitted, not blown up
    status.textContent = counts + ": scroll to zoom, drag to pan, hover for words";
    document.body.setAttribute("data-drawn", String(nodes.length));
    document.dispatchEvent(new CustomEvent("quotetrack:drawn", {detail: network}));
  });
  window.quotetrackNetwork = network;  // for a reader's console: getPositions(), fit(), focus(id)...
})();
