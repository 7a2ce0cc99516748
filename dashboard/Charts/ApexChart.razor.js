// Draws ApexChart.razor's options with ApexCharts (served from wwwroot/lib by the build, loaded on first use).
// Options arrive as JSON text and never carry code: a "formatter" or "custom" that is a string names one of the
// functions below. Nothing is evaluated, so the page needs no unsafe-eval, and workbook text never becomes code.

const LIBRARY = 'lib/apexcharts/';
const NOT_REPORTED = 'không báo cáo';
const charts = new WeakMap(); // element -> { chart, ready, destroyed }
let library;

// vi-VN numbers, written exactly as the C# ViNumber writes them: "1.234", "98,7 %", "Có"/"Không", "—".
// Intl with en-US (present in every browser) for the rounding, then the separators swapped. One Intl.NumberFormat
// per number of decimals, made once: making one costs more than formatting, and ApexCharts formats every tick and
// label several times while it measures them.
const englishNumbers = new Map();
const number = (value, decimals) => {
  if (value === null || value === undefined || value === '' || !Number.isFinite(Number(value))) return '—';
  let format = englishNumbers.get(decimals);
  if (!format) englishNumbers.set(decimals, format = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals }));
  const text = format.format(Number(value));
  return text.replace(/^-(?=0$)/, '').replace(/[.,]/g, c => (c === '.' ? ',' : '.'));
};

const escapeHtml = value => String(value ?? '').replace(/[&<>"']/g, c =>
  ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const isPie = w => ['pie', 'donut'].includes(w?.config?.chart?.type);

// A pie's slices are the points of its one series; ApexCharts calls a slice a series.
const locate = (w, seriesIndex, dataPointIndex) => {
  const all = w?.config?.series ?? [];
  const series = isPie(w) ? all[0] : all[seriesIndex];
  const point = series?.data?.[isPie(w) ? seriesIndex : dataPointIndex];
  return point ? { series, point } : null;
};

// Lines of about a third of the chart's width and within the label's 220 px (7,5 px a character at 12 px), never
// fewer than 14 characters.
const wrapWords = (text, w) => {
  const perLine = Math.max(14, Math.floor(Math.min((w?.globals?.svgWidth ?? 600) * 0.3, 210) / 7.5));
  if (text.length <= perLine) return text;
  const lines = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= perLine) lines[last] += ' ' + word;
    else lines.push(word);
  }
  return lines;
};

const formatters = Object.freeze({
  viCount: v => number(v, 1),
  viPercent: v => (number(v, 1) === '—' ? '—' : `${number(v, 1)} %`),
  viYesNo: v => (number(v, 0) === '—' ? '—' : Number(v) >= 0.5 ? 'Có' : 'Không'),
  viNumber: v => number(v, 2),
  text: v => String(v ?? ''),
  wrappedText: (v, o, w) => wrapWords(String(v ?? ''), w ?? o?.w),
  year: v => (typeof v === 'number' ? String(Math.round(v)) : String(v ?? '')),
  pointLabel: (v, o) => locate(o?.w, o?.seriesIndex, o?.dataPointIndex)?.point.meta?.label ?? number(v, 2),
  htmlText: v => escapeHtml(v),
});

const tooltips = Object.freeze({
  // Every string here came from a workbook or the catalogue, so every one is escaped.
  pointTooltip: ({ seriesIndex, dataPointIndex, w }) => {
    const found = locate(w, seriesIndex, dataPointIndex);
    if (!found) return '';
    const { series, point } = found;
    const meta = point.meta ?? {};
    const title = isPie(w) ? series.name : point.x;
    const name = isPie(w) ? point.x : series.name;
    const value = meta.notReported ? NOT_REPORTED : meta.label ?? number(point.y, 2);
    const line = (cls, text) => (text ? `<div class="${cls}">${escapeHtml(text)}</div>` : '');
    return '<div class="apex-chart-tooltip">'
      + line('apex-chart-tooltip-title', title)
      + `<div class="apex-chart-tooltip-value">${name ? `${escapeHtml(name)}: ` : ''}<strong>${escapeHtml(value)}</strong></div>`
      + line('apex-chart-tooltip-partial', meta.isPartial ? `(${meta.partialNote ?? 'chưa trọn năm'})` : '')
      + line('apex-chart-tooltip-source', meta.source ? `Nguồn: ${meta.source}` : '')
      + '</div>';
  },
});

// Swaps every named formatter / tooltip for its function; an unknown name is dropped, never run.
function resolveNames(node) {
  if (Array.isArray(node)) return node.forEach(resolveNames);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'series') continue; // data, not options
    if (typeof value === 'string' && (key === 'formatter' || key === 'custom')) {
      const fn = (key === 'custom' ? tooltips : formatters)[value];
      if (fn) node[key] = fn; else delete node[key];
    } else {
      resolveNames(value);
    }
  }
}

// A horizontal bar chart whose category labels wrap gets the height its lines need (a phone wraps an area's name
// onto three or four lines), so labels never run into each other.
function fitWrappedLabels(options, el) {
  const categories = options.xaxis?.categories;
  if (options.yaxis?.labels?.formatter !== 'wrappedText' || !categories?.length) return;
  const w = { globals: { svgWidth: el.clientWidth || 600 } };
  const lines = categories.reduce((sum, c) => sum + Math.max(1.6, [].concat(wrapWords(String(c ?? ''), w)).length), 0);
  // About 20 px a line of label, and 170 px for the value axis, its title, the legend and the padding.
  options.chart.height = Math.max(options.chart.height ?? 0, Math.ceil(lines * 20 + 170));
}

function parse(json, el) {
  const options = JSON.parse(json);
  if (el) fitWrappedLabels(options, el);
  resolveNames(options);
  // The stylesheets come from wwwroot/lib as files (see loadLibrary), not as <style> elements injected by
  // ApexCharts, which a Content-Security-Policy without 'unsafe-inline' styles would block.
  options.chart = { ...options.chart, injectStyleSheet: false };
  return options;
}

function addOnce(tag, attributes) {
  const key = attributes.src ?? attributes.href;
  const existing = document.querySelector(`${tag}[data-apexcharts="${key}"]`);
  if (existing?.dataset.loaded) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const el = existing ?? Object.assign(document.createElement(tag), attributes);
    el.dataset.apexcharts = key;
    el.addEventListener('load', () => { el.dataset.loaded = 'true'; resolve(); }, { once: true });
    el.addEventListener('error', () => { el.remove(); reject(new Error(`Could not load ${key}`)); }, { once: true });
    if (!existing) document.head.append(el);
  });
}

// The stylesheets are linked even when the page loaded the script itself: injectStyleSheet is off (see parse).
function loadLibrary() {
  const url = file => new URL(LIBRARY + file, document.baseURI).href;
  library ??= Promise.all([
    addOnce('link', { rel: 'stylesheet', href: url('apexcharts.css') }),
    addOnce('link', { rel: 'stylesheet', href: url('apexcharts-legend.css') }),
    window.ApexCharts ? Promise.resolve() : addOnce('script', { src: url('apexcharts.min.js') }),
  ]).then(() => window.ApexCharts, error => { library = undefined; throw error; });
  return library;
}

// Cross-highlight on a heat map: the rows of units not picked out are faint (series.dimmed, set by .NET); their
// colours and the scale stay as they were, so the picked-out row reads against the same legend.
// The flags are read from our options before ApexCharts sees them: it does not keep keys it does not know.
const dimmedOf = options => (options.series ?? []).map(s => s?.dimmed === true);
function dimRows(el, dimmed) {
  el.querySelectorAll('.apexcharts-heatmap-series').forEach(g => {
    g.classList.toggle('apex-chart-dimmed', dimmed[Number(g.getAttribute('data:realIndex'))] === true);
  });
}

// A chart that cannot be drawn says so on its element and in the console; the page, its table view and the
// circuit go on.
function failed(el, error) {
  el.dataset.error = String(error?.message ?? error);
  console.error('ApexChart', el.id, error);
}

export async function create(el, json, dotnetRef, listenToClicks) {
  destroy(el); // a chart drawn again starts clean
  const entry = { chart: null, destroyed: false, dotnetRef, listenToClicks };
  charts.set(el, entry);
  delete el.dataset.error;
  entry.ready = (async () => {
    const ApexCharts = await loadLibrary();
    if (entry.destroyed || !el.isConnected) return;
    const options = parse(json, el);
    const dimmed = dimmedOf(options);
    const events = { mounted: () => { dimRows(el, dimmed); el.dataset.ready = 'true'; } };
    // Wired only when .NET listens, as Blazor-ApexCharts does.
    if (listenToClicks) {
      events.dataPointSelection = (_event, chart, o) => {
        const slice = isPie(chart?.w ?? o?.w);
        dotnetRef.invokeMethodAsync('OnDataPointSelected', slice ? 0 : o.seriesIndex, o.dataPointIndex)
          .catch(() => { /* the circuit is gone */ });
      };
    }
    options.chart.events = events;
    entry.chart = new ApexCharts(el, options);
    await entry.chart.render();
  })().catch(error => failed(el, error));
  await entry.ready;
}

export async function update(el, json) {
  const entry = charts.get(el);
  if (!entry) return;
  await entry.ready;
  if (entry.destroyed || !entry.chart) return;
  try {
    const options = parse(json, el);
    if (options.chart.type !== entry.chart.w.config.chart.type) {
      // A line that becomes a donut is a different chart, not an update of this one.
      await create(el, json, entry.dotnetRef, entry.listenToClicks);
    } else {
      const dimmed = dimmedOf(options);
      await entry.chart.updateOptions(options, true, true);
      dimRows(el, dimmed);
    }
  } catch (error) {
    failed(el, error);
    return;
  }
  const previous = Number(el.dataset.updatedAt ?? 0);
  el.dataset.updatedAt = String(Math.max(Date.now(), previous + 1));
}

export function destroy(el) {
  const entry = charts.get(el);
  if (!entry) return;
  entry.destroyed = true;
  charts.delete(el);
  entry.chart?.destroy();
  delete el.dataset.ready;
}
