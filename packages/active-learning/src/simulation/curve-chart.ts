import type { SeriesSummary } from './curve-report';

export interface ChartSeries {
  name: string;
  color: string;
  summary: SeriesSummary;
}

/** A small standalone SVG line chart: mean per label count with a +-1 SD band per series. */
export function curveChartSvg(title: string, yLabel: string, series: ChartSeries[]): string {
  const w = 640;
  const h = 400;
  const m = { l: 60, r: 20, t: 40, b: 50 };
  const xs = series.flatMap((s) => s.summary.labels);
  const ys = series.flatMap((s) =>
    s.summary.mean.flatMap((v, i) => [v - (s.summary.sd[i] ?? 0), v + (s.summary.sd[i] ?? 0)]),
  );
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.max(0, Math.floor(Math.min(...ys) * 20) / 20);
  const y1 = Math.min(1, Math.ceil(Math.max(...ys) * 20) / 20);
  const px = (x: number) => m.l + ((x - x0) / Math.max(1e-9, x1 - x0)) * (w - m.l - m.r);
  const py = (y: number) => h - m.b - ((y - y0) / Math.max(1e-9, y1 - y0)) * (h - m.t - m.b);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="12">`,
    `<rect width="${w}" height="${h}" fill="white"/>`,
    `<text x="${w / 2}" y="22" text-anchor="middle" font-size="14">${title}</text>`,
    `<line x1="${m.l}" y1="${h - m.b}" x2="${w - m.r}" y2="${h - m.b}" stroke="#333"/>`,
    `<line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${h - m.b}" stroke="#333"/>`,
    `<text x="${w / 2}" y="${h - 12}" text-anchor="middle">labelled patches</text>`,
    `<text x="16" y="${h / 2}" text-anchor="middle" transform="rotate(-90 16 ${h / 2})">${yLabel}</text>`,
  ];
  for (let k = 0; k <= 5; k += 1) {
    const y = y0 + ((y1 - y0) * k) / 5;
    parts.push(`<line x1="${m.l}" y1="${py(y)}" x2="${w - m.r}" y2="${py(y)}" stroke="#eee"/>`);
    parts.push(`<text x="${m.l - 6}" y="${py(y) + 4}" text-anchor="end">${y.toFixed(2)}</text>`);
  }
  for (const x of series[0]?.summary.labels ?? []) {
    parts.push(`<text x="${px(x)}" y="${h - m.b + 16}" text-anchor="middle">${x}</text>`);
  }
  series.forEach((s, si) => {
    const { labels, mean, sd } = s.summary;
    const upper = labels.map((x, i) => `${px(x)},${py((mean[i] as number) + (sd[i] as number))}`);
    const lower = labels.map((x, i) => `${px(x)},${py((mean[i] as number) - (sd[i] as number))}`).reverse();
    parts.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${s.color}" opacity="0.15"/>`);
    parts.push(
      `<polyline points="${labels.map((x, i) => `${px(x)},${py(mean[i] as number)}`).join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"/>`,
    );
    for (const [i, x] of labels.entries())
      parts.push(`<circle cx="${px(x)}" cy="${py(mean[i] as number)}" r="3" fill="${s.color}"/>`);
    parts.push(`<rect x="${m.l + 12}" y="${m.t + 8 + si * 18}" width="12" height="12" fill="${s.color}"/>`);
    parts.push(`<text x="${m.l + 30}" y="${m.t + 18 + si * 18}">${s.name}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
