/**
 * Focus given back to a row of the customer table (when the customer panel closes). A row is as
 * wide as the whole table: the browser's own scroll into view could move the table sideways, so
 * the focus comes without it, and the table scrolls vertically only, and only as far as needed
 * to show the row below the sticky header.
 */
export function focusRow(scroller: HTMLElement, row: HTMLElement, headerHeight: number): void {
  row.focus({ preventScroll: true });
  const view = scroller.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  const top = view.top + scroller.clientTop + headerHeight;
  const bottom = view.top + scroller.clientTop + scroller.clientHeight;
  if (box.top < top) scroller.scrollTop -= top - box.top;
  else if (box.bottom > bottom) scroller.scrollTop += box.bottom - bottom;
}
