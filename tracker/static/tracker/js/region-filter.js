/* A region picker in a filter (changelist, review queue) reloads the list with ?region=<id>. */
"use strict";
(function () {
  function apply(select) {
    const url = new URL(window.location.href);
    const name = select.dataset.filterParameter || "region";
    if (select.value) { url.searchParams.set(name, select.value); } else { url.searchParams.delete(name); }
    url.searchParams.delete("p");
    window.location.assign(url.toString());
  }
  function bind() {
    const $ = window.django && window.django.jQuery;
    if (!$) { return; }
    $(document).on("change", "select.region-filter-picker", function () { apply(this); });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", bind); } else { bind(); }
})();
