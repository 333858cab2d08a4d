// The review page: persons recomputed as the reviewer types; the highlighted quote scrolled into view.
(function () {
  "use strict";
  const value = document.getElementById("id_value"), size = document.getElementById("id_household_size"),
        unit = document.getElementById("id_unit"), out = document.getElementById("persons-preview");
  function update() {
    const v = parseInt(value.value, 10);
    if (isNaN(v)) { out.textContent = "—"; return; }
    if (unit.value === "household") {
      const s = parseFloat(size.value);
      out.textContent = isNaN(s) ? "(country default size)" : Math.round(v * s).toLocaleString("en");
    } else {
      out.textContent = v.toLocaleString("en");
    }
  }
  if (value && unit && out) {
    [value, size, unit].forEach(function (el) { if (el) el.addEventListener("input", update); });
  }
  const mark = document.getElementById("quote");
  if (mark) mark.scrollIntoView({block: "center"});
})();
