// The evidence report's only script: sorting and filtering of the claims tables, opening a
// linked disagreement, and every disagreement open when printing. Without it the page reads
// the same, with the tables in their first order.
(function () {
  "use strict";
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function key(row, column) {
    var cell = row.cells[column];
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }

  function compare(a, b, numeric) {
    if (numeric) {
      var x = a === "" ? Infinity : Number(a), y = b === "" ? Infinity : Number(b);
      return x === y ? 0 : (x < y ? -1 : 1);
    }
    return a.localeCompare(b, "en");
  }

  each(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells, body = table.tBodies[0];
    each(body.rows, function (row, n) { row.setAttribute("data-order", String(n)); });
    each(heads, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      button.title = "Sort by " + th.textContent.toLowerCase();
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var up = th.getAttribute("aria-sort") !== "ascending";
        var numeric = th.getAttribute("data-type") === "number";
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          return (up ? 1 : -1) * compare(key(a, column), key(b, column), numeric)
            || Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
        });
        each(rows, function (row) { body.appendChild(row); });
      });
    });
  });

  each(document.querySelectorAll("form.filters"), function (form) {
    var table = document.getElementById(form.getAttribute("data-table"));
    var output = form.querySelector("output");
    function apply() {
      var want = {}, shown = 0, rows = table.tBodies[0].rows;
      each(form.querySelectorAll("[data-filter]"), function (f) { want[f.getAttribute("data-filter")] = f.value; });
      each(rows, function (row) {
        var date = row.getAttribute("data-date");
        var keep = ["category", "source", "scope"].every(function (k) {
          return !want[k] || row.getAttribute("data-" + k) === want[k];
        }) && (!want.from || (date !== "" && date >= want.from.slice(0, date.length)))
           && (!want.to || (date !== "" && date.slice(0, want.to.length) <= want.to));
        row.hidden = !keep;
        shown += keep ? 1 : 0;
      });
      output.textContent = shown + " of " + rows.length + " claims shown";
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  });

  function openTarget() {
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    each(closed, function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { each(closed, function (d) { d.open = false; }); });
}());
