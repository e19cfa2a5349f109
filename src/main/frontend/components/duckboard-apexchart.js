// <duckboard-apexchart>: a thin custom element around ApexCharts, driven from Java
// (io.duckboard.platform.ui.charts.ApexChart). Options arrive as a JSON string built with Jackson;
// series updates redraw the chart in place (no animation); the theme follows the page.
import ApexCharts from 'apexcharts';

class DuckboardApexChart extends HTMLElement {
  constructor() {
    super();
    this._chart = null;
    this._options = null;
    this._observer = null;
  }

  connectedCallback() {
    if (!this._container) {
      this._container = document.createElement('div');
      this._container.style.width = '100%';
      this.appendChild(this._container);
    }
    this._render();
    // light/dark follows the page (Vaadin sets theme="dark" on <html>)
    this._observer = new MutationObserver(() => this._applyTheme());
    this._observer.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
    }
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /** Full options as JSON; the first call creates the chart, later calls update it in place. */
  setOptions(json) {
    this._options = JSON.parse(json);
    if (this._chart) {
      this._chart.updateOptions(this._withTheme(this._options), true, true);
    } else {
      this._render();
    }
  }

  /**
   * New data only: the chart is redrawn in place, not rebuilt. Not animated: a filter change should
   * show its result at once, and the animation frames would slow the other charts' updates. When
   * the redraw is done, data-updates counts it (tests and benchmarks wait for it).
   */
  updateSeries(json) {
    const series = JSON.parse(json);
    if (this._options) {
      this._options.series = series;
    }
    if (this._chart) {
      this._chart.updateSeries(series, false).then(() => this._updated());
    }
  }

  _updated() {
    this.dataset.updates = String(Number(this.dataset.updates || 0) + 1);
    this.dispatchEvent(new CustomEvent('chart-updated'));
  }

  _render() {
    if (!this.isConnected || !this._options || this._chart) {
      return;
    }
    this._chart = new ApexCharts(this._container, this._withTheme(this._options));
    this._chart.render().then(() => {
      this.setAttribute('rendered', '');
      this.dispatchEvent(new CustomEvent('chart-rendered'));
    });
  }

  _applyTheme() {
    if (this._chart && this._options) {
      this._chart.updateOptions({ theme: { mode: this._mode() }, chart: { background: 'transparent' } }, false, false);
    }
  }

  _mode() {
    return (document.documentElement.getAttribute('theme') || '').includes('dark') ? 'dark' : 'light';
  }

  _withTheme(options) {
    const copy = Object.assign({}, options);
    copy.theme = Object.assign({}, options.theme || {}, { mode: this._mode() });
    copy.chart = Object.assign({ background: 'transparent' }, options.chart || {});
    return copy;
  }
}

customElements.define('duckboard-apexchart', DuckboardApexChart);
