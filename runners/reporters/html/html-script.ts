// The HTML report's only script, inlined into the page: opens a grid cell's exchanges in a dialog,
// filters the list of checks, and narrows a grid to its failing rows. Written as a function so the
// compiler checks it; the page runs its source text (`REPORT_SCRIPT`). Nothing here is fetched.

/** Runs in the report's page: wires the cell buttons, the filters and the grid toggles. */
function reportScript(): void {
  /** Indents the JSON bodies under `root` (a cut body is not JSON and stays as it is). */
  const indentBodies = (root: ParentNode): void => {
    for (const pre of root.querySelectorAll<HTMLElement>("pre.body:not([data-indented])")) {
      pre.dataset.indented = "";
      try {
        pre.textContent = JSON.stringify(JSON.parse(pre.textContent ?? ""), null, 2);
      } catch {
        // Not JSON: shown as received.
      }
    }
  };
  indentBodies(document);
  const dialog = document.querySelector<HTMLDialogElement>("dialog#cell-dialog");
  const dialogBody = dialog?.querySelector<HTMLElement>(".dialog-body");
  document.addEventListener("click", (event) => {
    if (!(event.target instanceof Element)) return;
    const button = event.target.closest<HTMLElement>("[data-cell]");
    const template = button === null ? null : document.getElementById(button.dataset.cell ?? "");
    if (template instanceof HTMLTemplateElement && dialog && dialogBody) {
      dialogBody.replaceChildren(template.content.cloneNode(true));
      indentBodies(dialogBody);
      dialog.showModal();
      return;
    }
    if (event.target.closest("[data-close-dialog]") !== null) dialog?.close();
  });
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog?.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });

  const form = document.querySelector<HTMLFormElement>("form.filters");
  const rows = [...document.querySelectorAll<HTMLTableRowElement>("table.checks tbody tr")];
  const applyFilters = (): void => {
    if (!form) return;
    const data = new FormData(form);
    const statuses = new Set(data.getAll("status").map(String));
    const area = String(data.get("area") ?? "");
    const words = String(data.get("text") ?? "").toLowerCase().split(/\s+/).filter((word) => word !== "");
    let shown = 0;
    for (const row of rows) {
      const text = row.textContent?.toLowerCase() ?? "";
      const visible = statuses.has(row.dataset.status ?? "") && (area === "" || row.dataset.area === area) && words.every((word) => text.includes(word));
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    const output = form.querySelector("output");
    if (output) output.textContent = `${shown} shown`;
    const note = document.querySelector<HTMLElement>(".empty-note");
    if (note) note.hidden = shown > 0;
  };
  form?.addEventListener("input", applyFilters);
  form?.addEventListener("submit", (event) => event.preventDefault());
  for (const link of document.querySelectorAll<HTMLElement>("[data-filter-area]")) {
    link.addEventListener("click", () => {
      const select = form?.querySelector<HTMLSelectElement>("select[name=area]");
      if (select) select.value = link.dataset.filterArea ?? "";
      applyFilters();
    });
  }

  for (const toggle of document.querySelectorAll<HTMLInputElement>("input[data-grid-failing]")) {
    toggle.addEventListener("change", () => {
      const table = document.querySelector<HTMLTableElement>(`table[data-grid="${toggle.dataset.gridFailing ?? ""}"]`);
      table?.toggleAttribute("data-only-failing", toggle.checked);
    });
  }
}

/** The script as the page embeds it. */
export const REPORT_SCRIPT = `(${reportScript.toString()})();`;
