// Draws the dashboard's bar charts with Chart.js (loaded before this file) in the colours of the Lumo
// theme, read from its CSS custom properties where the chart sits, so the charts follow the theme.
window.mandateTrackerCharts = {
  render(canvas, specJson) {
    const spec = JSON.parse(specJson);
    const style = getComputedStyle(canvas);
    const css = name => style.getPropertyValue(name).trim();
    const gridColor = css('--lumo-contrast-20pct');
    const axis = {
      stacked: spec.stacked,
      grid: { color: gridColor },
      ticks: { color: css('--lumo-body-text-color') }
    };
    if (canvas.chart) {
      canvas.chart.destroy();
    }
    canvas.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(series => ({
          label: series.label,
          data: series.values,
          backgroundColor: css(series.color),
          // a light edge keeps stacked segments apart in print and in greyscale
          borderColor: css('--lumo-base-color'),
          borderWidth: 1
        }))
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        font: { family: css('--lumo-font-family') },
        scales: {
          x: axis,
          y: {
            ...axis,
            beginAtZero: true,
            max: spec.max === null ? undefined : spec.max,
            ticks: { ...axis.ticks, precision: 0, callback: value => value + spec.unit }
          }
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: css('--lumo-body-text-color') } },
          tooltip: { callbacks: { label: item => item.dataset.label + ': ' + item.formattedValue + spec.unit } }
        },
        onHover: (event, elements) => {
          canvas.style.cursor = spec.clickable && elements.length ? 'pointer' : 'default';
        },
        onClick: (event, elements) => {
          if (spec.clickable && elements.length) {
            canvas.dispatchEvent(new CustomEvent('segment-click', {
              detail: { series: elements[0].datasetIndex, index: elements[0].index }
            }));
          }
        }
      }
    });
  }
};

// a printed page is narrower than the screen: let every chart take its printed size
window.addEventListener('beforeprint', () => Object.values(Chart.instances).forEach(chart => chart.resize()));
window.addEventListener('afterprint', () => Object.values(Chart.instances).forEach(chart => chart.resize()));
