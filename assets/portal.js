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

// The decision form: the running total of the tranches' amounts beside the amount awarded,
// said in a polite live region, with the words the server put in its data- attributes.
// Amounts are added exactly, as whole ten-thousandths; the server checks the sum again.
(function () {
  "use strict";
  var region = document.querySelector("[data-tranche-total]");
  if (!region || typeof BigInt === "undefined") { return; }
  var form = region.closest("form");
  var award = document.getElementById("amount");
  if (!form || !award) { return; }
  var scale = BigInt(10000);
  var decimals = parseInt(region.getAttribute("data-decimals"), 10) || 0;
  var currency = region.getAttribute("data-currency") || "";
  var lang = document.documentElement.getAttribute("lang") || "en";
  var comma = /^(fr|es|ru)/.test(lang);
  var grouped = /^es/.test(lang) ? /^\d{1,3}(\.\d{3})*(,\d+)?$/ : /^\d{1,3}( \d{3})*(,\d+)?$/;
  // An amount typed like 24500.00 or as the reader's language writes it (24 500,00,
  // 24.500,00, 24,500.00, ٢٤٥٠٠), in ten-thousandths; null when it does not read. The server
  // reads it again with its own rules, which refuse what is ambiguous.
  function scaled(text) {
    var plain = text.replace(/[\u0660-\u0669]/g, function (digit) {
      return String.fromCharCode(digit.charCodeAt(0) - 0x0660 + 48);
    }).replace(/\u066b/g, ".").replace(/\u066c/g, ",").replace(/[\u00a0\u202f]/g, " ").trim();
    if (comma && grouped.test(plain)) {
      plain = plain.replace(/[ .]/g, "").replace(",", ".");
    } else if (!comma && /^\d{1,3}(,\d{3})*(\.\d+)?$/.test(plain)) {
      plain = plain.replace(/,/g, "");
    }
    var match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(plain);
    if (!match) { return null; }
    var fraction = ((match[2] || "") + "0000").slice(0, 4);
    return BigInt(match[1]) * scale + BigInt(fraction);
  }
  // An amount in ten-thousandths written in the reader's language, with the currency code.
  function written(value) {
    var digits = value.toString();
    while (digits.length < 5) { digits = "0" + digits; }
    var plain = digits.slice(0, -4) + "." + digits.slice(-4);
    var shown = plain;
    if (window.Intl) {
      try {
        shown = new Intl.NumberFormat(lang, {
          minimumFractionDigits: decimals, maximumFractionDigits: 4, numberingSystem: "latn"
        }).format(plain);
      } catch (ignored) { shown = plain; }
    }
    return shown + "\u00a0" + currency;
  }
  function update() {
    var cells = form.querySelectorAll("input[name^='tranches-'][name$='-amount']");
    var total = BigInt(0);
    var typed = false;
    for (var i = 0; i < cells.length; i++) {
      var value = scaled(cells[i].value);
      if (value !== null) { total += value; typed = true; }
    }
    if (!typed) { region.textContent = ""; return; }
    var amount = scaled(award.value);
    var message = amount === null ? "data-alone" : (amount === total ? "data-matches" : "data-differs");
    var text = region.getAttribute(message).replace("{total}", written(total));
    if (amount !== null) { text = text.replace("{amount}", written(amount)); }
    region.textContent = text;
    region.classList.toggle("live-total--differs", message === "data-differs");
  }
  form.addEventListener("input", update);
  update();
})();
