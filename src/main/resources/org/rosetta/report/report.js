// The review page's behaviour: filters, search, n/p between findings, marks saved as a JSON file.
(function () {
  "use strict";
  const rows = Array.from(document.querySelectorAll("tr.unit"));
  const checkFilter = document.getElementById("check-filter");
  const confidence = document.getElementById("confidence-filter");
  const confidenceValue = document.getElementById("confidence-value");
  const search = document.getElementById("search");
  const languageBoxes = Array.from(document.querySelectorAll("input.language"));

  function findingsRow(row) {
    const next = row.nextElementSibling;
    return next && next.classList.contains("findings") ? next : null;
  }

  function apply() {
    const check = checkFilter.value;
    const below = parseFloat(confidence.value);
    const words = search.value.trim().toLowerCase();
    confidenceValue.textContent = below.toFixed(2);
    for (const row of rows) {
      const checks = (row.dataset.checks || "").split(" ").filter(Boolean);
      const shown = (check === "" || checks.includes(check))
        && parseFloat(row.dataset.confidence) <= below
        && (words === "" || row.textContent.toLowerCase().includes(words));
      row.classList.toggle("hidden", !shown);
      const findings = findingsRow(row);
      if (findings) {
        findings.classList.toggle("hidden", !shown);
      }
    }
    for (const box of languageBoxes) {
      for (const cell of document.querySelectorAll('[data-language="' + box.value + '"]')) {
        cell.classList.toggle("hidden", !box.checked);
      }
    }
  }

  function visibleWithFindings() {
    return rows.filter(r => !r.classList.contains("hidden") && r.dataset.checks);
  }

  function move(step) {
    const targets = visibleWithFindings();
    if (targets.length === 0) {
      return;
    }
    const at = targets.indexOf(document.activeElement);
    const next = at < 0 ? (step > 0 ? 0 : targets.length - 1)
      : Math.min(targets.length - 1, Math.max(0, at + step));
    targets[next].focus();
    targets[next].scrollIntoView({block: "center"});
  }

  document.addEventListener("keydown", event => {
    if (event.target.tagName === "INPUT" || event.target.tagName === "SELECT") {
      return;
    }
    if (event.key === "n") {
      move(1);
      event.preventDefault();
    } else if (event.key === "p") {
      move(-1);
      event.preventDefault();
    }
  });

  for (const row of rows) {
    for (const button of row.querySelectorAll("button.mark")) {
      button.addEventListener("click", () => {
        const same = row.dataset.mark === button.value;
        row.dataset.mark = same ? "" : button.value;
        row.classList.toggle("marked-wrong", !same && button.value === "wrong");
        row.classList.toggle("marked-confirmed", !same && button.value === "confirmed");
        for (const other of row.querySelectorAll("button.mark")) {
          other.setAttribute("aria-pressed", String(!same && other === button));
        }
      });
    }
  }

  document.getElementById("save-marks").addEventListener("click", () => {
    const marks = [];
    for (const row of rows) {
      const comment = row.querySelector("input.comment").value.trim();
      if (row.dataset.mark || comment) {
        marks.push({unit: row.dataset.unit, document: row.dataset.document, sentences: row.dataset.sentences,
          mark: row.dataset.mark || "comment", comment: comment});
      }
    }
    const body = JSON.stringify({rosetta: "marks", version: 1, collection: document.body.dataset.collection,
      marks: marks}, null, 2);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([body], {type: "application/json"}));
    link.download = document.body.dataset.collection + ".marks.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  for (const control of [checkFilter, confidence, search, ...languageBoxes]) {
    control.addEventListener("input", apply);
    control.addEventListener("change", apply);
  }
  apply();
})();
