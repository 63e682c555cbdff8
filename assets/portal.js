// grantdesk portal: optional enhancements only; every page works without this script.
// Adds the reader's local time beside each deadline written in UTC.
(function () {
  "use strict";
  var label = document.documentElement.getAttribute("data-local-time-label");
  if (!label || !window.Intl) { return; }
  var lang = document.documentElement.getAttribute("lang") || "en";
  var format = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" });
  var times = document.querySelectorAll("time[datetime]");
  for (var i = 0; i < times.length; i++) {
    var stamp = times[i].getAttribute("datetime");
    if (stamp.indexOf("T") < 0) { continue; } // a calendar date has no time of day
    var at = new Date(stamp);
    if (isNaN(at.getTime())) { continue; }
    var local = document.createElement("span");
    local.className = "local-time";
    local.textContent = " (" + label + " " + format.format(at) + ")";
    times[i].parentNode.insertBefore(local, times[i].nextSibling);
  }
})();
