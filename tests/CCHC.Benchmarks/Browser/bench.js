// Installed in every page the benchmark opens (a Playwright init script, so the site's Content-Security-Policy does
// not apply to it): when a page counts as drawn, and a slicer change timed from inside the page, so no figure
// carries a round trip between the benchmark and the browser.
window.__bench = {
  // As the browser tests' DashboardTab: the circuit has taken over the page, nothing is loading, and every chart
  // is drawn (ApexCharts' mounted event sets data-ready) or failed; a chart marked before a change counts only once
  // it is a new element or its data-updated-at has moved on.
  settled() {
    if (!document.querySelector('main[data-interactive="true"]')) return false;
    if (document.querySelector('[aria-busy="true"]')) return false;
    return [...document.querySelectorAll('.apex-chart')].every(c =>
      c.dataset.error !== undefined ||
      (c.dataset.ready === 'true' && (c.__drawnBefore === undefined || (c.dataset.updatedAt ?? '') !== c.__drawnBefore)));
  },

  // Once settled, milliseconds from the start of the navigation that made this document: to the last byte of the
  // (prerendered) HTML, to the circuit taking over, to every chart drawn.
  drawnAt() {
    if (!this.settled()) return false;
    const navigation = performance.getEntriesByType('navigation')[0];
    return { html: navigation?.responseEnd ?? 0, interactive: this.interactiveAt ?? performance.now(), drawn: performance.now() };
  },

  // Changes one slicer as a user would (the element's value, then the change event Blazor listens to) and starts
  // the clock. kind: 'next' picks the next enabled option of a select; 'cycle' the next of the given values (an
  // indicator with no district values would leave a page without its chart); 'toggle' flips a checkbox; 'click' clicks.
  // watch: the charts the change redraws (a chart whose data stays the same is not drawn again, e.g. the heat map
  // of an area when the indicator changes within it); they must be drawn again (or drawn anew), every other chart
  // drawn, and at least one watched chart must be on the page again.
  change(kind, selector, watch, values) {
    const el = document.querySelector(selector);
    if (!el) return `no element ${selector}`;
    const watched = document.querySelectorAll(watch);
    if (watched.length === 0) return `no chart ${watch} on ${location.pathname}`;
    document.querySelectorAll('.apex-chart').forEach(c => { delete c.__drawnBefore; });
    this.watch = watch;
    watched.forEach(c => { c.__drawnBefore = c.dataset.updatedAt ?? ''; });
    this.t0 = performance.now();
    if (kind === 'next') {
      const options = [...el.options].filter(o => !o.disabled);
      const i = options.findIndex(o => o.value === el.value);
      el.value = options[(i + 1) % options.length].value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (kind === 'cycle') {
      const list = values.split(',');
      el.value = list[(list.indexOf(el.value) + 1) % list.length];
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (kind === 'toggle') {
      el.checked = !el.checked;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      el.click();
    }
    return '';
  },

  redrawnAfter() {
    return this.settled() && document.querySelector(this.watch) ? performance.now() - this.t0 : false;
  },

  // What a user would see as broken: a chart that could not be drawn, Blazor's error bar, a problem banner.
  problems() {
    const found = [...document.querySelectorAll('.apex-chart[data-error]')].map(c => `chart ${c.dataset.chartId}: ${c.dataset.error}`);
    const bar = document.querySelector('#blazor-error-ui');
    if (bar && getComputedStyle(bar).display !== 'none') found.push('Blazor error bar shown');
    document.querySelectorAll('[data-problem]').forEach(p => found.push(`problem: ${p.innerText.trim()}`));
    return found;
  },
};

// When the circuit takes over the prerendered page (MainLayout sets data-interactive), to the millisecond.
new MutationObserver((_, observer) => {
  if (document.querySelector('main[data-interactive="true"]')) {
    window.__bench.interactiveAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-interactive'] });
