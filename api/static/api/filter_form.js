// The browsable API's « Filters » dialog (api/templates/api/filter_form.html): a field left empty is left out of the
// query, so only the filters chosen are sent (the API answers `?status=` with a 400: give a value or leave it out).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("api-filter-form")) {
      return;
    }
    Array.prototype.forEach.call(form.elements, function (element) {
      var empty = element.multiple ? element.selectedOptions.length === 0 : element.value === "";
      if (element.name && element.type !== "submit" && empty) {
        element.disabled = true;
      }
    });
  });
  // back to a page kept in the browser's cache: the fields come back usable
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".api-filter-form [disabled]"), function (element) {
      element.disabled = false;
    });
  });
})();
