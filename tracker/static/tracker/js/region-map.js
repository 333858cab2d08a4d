/* Choropleth of persons displaced per region (Leaflet, from our own static files; no inline code, so it runs under a
 * Content-Security-Policy of default-src 'self'). Reads its settings from the data- attributes of .region-map and
 * its GeoJSON from data-url (properties.persons: a number, or null when no verified figure covers the region —
 * no data, which is drawn differently and never counted as zero). */
"use strict";
(function () {
  const COLOURS = ["#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"];
  // grouped as the page's language groups thousands, always with Western digits (as the pages write them)
  const NUMBER = new Intl.NumberFormat((document.documentElement.lang || "en") + "-u-nu-latn");

  function breaks(values) {
    /* Up to five classes: quantiles of the values present (distinct upper bounds, ascending). */
    const sorted = values.slice().sort(function (a, b) { return a - b; });
    const distinct = Array.from(new Set(sorted));
    if (distinct.length <= COLOURS.length) { return distinct; }
    const bounds = [];
    for (let i = 1; i <= COLOURS.length; i += 1) {
      const bound = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / COLOURS.length) - 1)];
      if (!bounds.length || bound > bounds[bounds.length - 1]) { bounds.push(bound); }
    }
    return bounds;
  }

  function classOf(persons, bounds) {
    /* The colour index of the class the number falls in; fewer classes than colours are spread over the scale. */
    let i = 0;
    while (i < bounds.length - 1 && persons > bounds[i]) { i += 1; }
    return colourOf(i, bounds.length);
  }

  function colourOf(index, count) {
    return count <= 1 ? COLOURS.length - 2 : Math.round((index * (COLOURS.length - 1)) / (count - 1));
  }

  function legendRows(bounds) {
    const rows = [];
    let lower = null;
    bounds.forEach(function (upper, i) {
      const text = lower === null || lower + 1 >= upper ? NUMBER.format(upper)
        : NUMBER.format(lower + 1) + " – " + NUMBER.format(upper);
      rows.push({ cls: "c" + colourOf(i, bounds.length), text: text });
      lower = upper;
    });
    return rows;
  }

  function element(tag, attrs, text) {
    const el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? String(values[key]) : all; });
  }

  function setUp(container) {
    const L = window.L;
    const block = container.closest(".region-map-block");
    const controls = block.querySelector(".region-map-controls");
    const status = block.querySelector(".region-map-status");
    const tbody = block.querySelector(".region-map-data tbody");
    // the page's words (tracker_maps.map_words, in the reader's language), as JSON in a data attribute
    const WORDS = JSON.parse(container.dataset.words);
    const map = L.map(container, { attributionControl: true, zoomSnap: 0.25 });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (container.dataset.tilesUrl) {
      L.tileLayer(container.dataset.tilesUrl, { attribution: container.dataset.tilesAttribution || "" }).addTo(map);
    }
    map.attributionControl.addAttribution(container.dataset.attribution || "");
    let layer = null;
    let legend = null;

    function regionUrl(id) { return container.dataset.regionUrl.replace("/0/", "/" + id + "/"); }

    function draw(collection) {
      if (layer) { map.removeLayer(layer); }
      if (legend) { map.removeControl(legend); }
      const features = collection.features || [];
      const values = features.map(function (f) { return f.properties.persons; })
        .filter(function (p) { return p !== null && p !== undefined; });
      const bounds = breaks(values);
      const max = values.length ? Math.max.apply(null, values) : 0;
      function look(feature) {
        const p = feature.properties.persons;
        const base = "region-shape region-" + feature.properties.id;
        if (p === null || p === undefined) {
          return { className: base + " no-data", color: "#777", weight: 1, dashArray: "4 3", fillColor: "#ffffff",
                   fillOpacity: 0.5 };
        }
        const k = classOf(p, bounds);
        return { className: base + " has-data c" + k, color: "#555", weight: 1, fillColor: COLOURS[k],
                 fillOpacity: 0.8 };
      }
      layer = L.geoJSON(collection, {
        style: look,
        pointToLayer: function (feature, latlng) {
          const p = feature.properties.persons;
          const radius = p ? 5 + 20 * Math.sqrt(p / max) : 4;
          return L.circleMarker(latlng, Object.assign(look(feature), { radius: radius }));
        },
        onEachFeature: function (feature, shape) {
          const props = feature.properties;
          const amount = props.persons === null ? "no verified figure (no data, not zero)"
            : NUMBER.format(props.persons) + " persons";
          shape.bindTooltip(props.label + ": " + amount, { sticky: true });
          shape.on("click", function () { window.location.assign(regionUrl(props.id)); });
          shape.on("add", function () {
            const el = shape.getElement();
            if (el) {
              el.setAttribute("data-region-id", props.id);
              el.setAttribute("data-persons", props.persons === null ? "" : String(props.persons));
            }
          });
        },
      }).addTo(map);
      const drawn = layer.getBounds();
      if (drawn.isValid()) { map.fitBounds(drawn, { padding: [10, 10] }); } else { map.setView([20, 0], 2); }

      legend = L.control({ position: "bottomright" });
      legend.onAdd = function () {
        const box = element("div", { class: "region-map-legend", id: container.id + "-legend" });
        box.appendChild(element("h4", {}, collection.category === "stock" ? WORDS.stock : WORDS.flow));
        legendRows(bounds).forEach(function (row) {
          const line = element("div", { class: "legend-row" });
          line.appendChild(element("span", { class: "swatch " + row.cls }));
          line.appendChild(document.createTextNode(row.text));
          box.appendChild(line);
        });
        const none = element("div", { class: "legend-row legend-no-data" });
        none.appendChild(element("span", { class: "swatch no-data" }));
        none.appendChild(document.createTextNode(WORDS.none));
        box.appendChild(none);
        return box;
      };
      legend.addTo(map);

      tbody.replaceChildren();
      features.forEach(function (f) {
        const tr = element("tr", { "data-region-id": f.properties.id });
        const name = element("td");
        name.appendChild(element("a", { href: regionUrl(f.properties.id) }, f.properties.label));
        tr.appendChild(name);
        tr.appendChild(element("td", { class: "persons" },
          f.properties.persons === null ? WORDS.noData : NUMBER.format(f.properties.persons)));
        tr.appendChild(element("td", {}, String(f.properties.reports)));
        tbody.appendChild(tr);
      });
      const unplaced = features.filter(function (f) { return !f.geometry; }).length;
      status.textContent = fill(WORDS.status, { regions: features.length, with: values.length,
        without: features.length - values.length }) + (unplaced ? fill(WORDS.unplaced, { unplaced: unplaced }) : "")
        + ".";
      container.dataset.state = "ready";
    }

    function load() {
      const url = new URL(container.dataset.url, window.location.href);
      url.searchParams.set("format", "geojson");
      if (container.dataset.region) { url.searchParams.set("region", container.dataset.region); }
      if (container.dataset.level) { url.searchParams.set("level", container.dataset.level); }
      new FormData(controls).forEach(function (value, key) { if (value) { url.searchParams.set(key, value); } });
      container.dataset.state = "loading";
      status.textContent = WORDS.loading;
      fetch(url.toString(), { credentials: "same-origin", headers: { Accept: "application/geo+json" } })
        .then(function (response) {
          if (!response.ok) {
            return response.text().then(function (body) { throw new Error(response.status + " " + body); });
          }
          return response.json();
        })
        .then(draw)
        .catch(function (error) {
          status.textContent = WORDS.failed + " " + error.message;
          container.dataset.state = "error";
        });
    }

    controls.addEventListener("submit", function (event) { event.preventDefault(); load(); });
    controls.querySelector("select[name=category]").addEventListener("change", load);
    load();
  }

  function start() {
    if (!window.L) { return; }
    document.querySelectorAll(".region-map").forEach(setUp);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
