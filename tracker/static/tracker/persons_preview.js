/* Persons as you type on the figure form: the value, or households × household size. */
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var value = document.getElementById("id_value");
  var unit = document.getElementById("id_unit");
  var size = document.getElementById("id_household_size");
  var out = document.querySelector(".field-persons .readonly");
  if (!value || !unit || !out) { return; }
  function update() {
    var v = parseInt(value.value, 10);
    if (isNaN(v) || v <= 0) { out.textContent = "—"; return; }
    if (unit.value === "household") {
      var s = size ? parseFloat(size.value) : NaN;
      out.textContent = isNaN(s) ? "households × the country's household size (set on save)"
                                 : Math.round(v * s).toLocaleString("en");
    } else {
      out.textContent = v.toLocaleString("en");
    }
  }
  [value, unit, size].forEach(function (el) { if (el) { el.addEventListener("input", update); el.addEventListener("change", update); } });
  update();
});
