/**
 * <compare-filters>: narrows the comparison table by group, or to the rows
 * where the policies differ. Without JavaScript the element stays hidden and
 * the whole table shows.
 */
class CompareFilters extends HTMLElement {
  connectedCallback() {
    const table = document.querySelector<HTMLTableElement>('table.comparison');
    const group = this.querySelector<HTMLSelectElement>('select[name="group"]');
    const differs = this.querySelector<HTMLInputElement>('input[name="differs"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!table || !group || !differs || !status) return;
    const apply = () => {
      let shown = 0;
      for (const row of table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-group]')) {
        const visible =
          (group.value === 'all' || row.dataset.group === group.value) && (!differs.checked || row.dataset.differs === 'true');
        row.hidden = !visible;
        if (visible) shown += 1;
      }
      for (const body of table.tBodies) {
        const rows = body.querySelectorAll('tr[data-group]');
        if (rows.length) body.hidden = [...rows].every((r) => (r as HTMLElement).hidden);
      }
      status.textContent = `Showing ${shown} of ${table.querySelectorAll('tbody tr[data-group]').length} aspects.`;
    };
    group.addEventListener('change', apply);
    differs.addEventListener('change', apply);
    apply();
  }
}

customElements.define('compare-filters', CompareFilters);
