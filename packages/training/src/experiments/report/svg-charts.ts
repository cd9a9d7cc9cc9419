/** Minimal, dependency-free SVG charts for the experiment report (line chart, dot plot, heatmap). */

export const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(2);

export interface LineSeries {
  name: string;
  color: string;
  points: [number, number | null][];
  /** Thin, translucent, unlabelled: per-fold traces behind the mean. */
  faint?: boolean;
}

const W = 640;
const H = 360;
const M = { left: 60, right: 210, top: 36, bottom: 44 };

function frame(title: string, body: string, width = W, height = H): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">\n<rect width="100%" height="100%" fill="#fff"/>\n<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>\n${body}</svg>\n`;
}

function ticks(lo: number, hi: number, count = 5): number[] {
  if (hi === lo) return [lo];
  return Array.from({ length: count + 1 }, (_, i) => lo + ((hi - lo) * i) / count);
}

function axes(
  sx: (v: number) => number,
  sy: (v: number) => number,
  xt: number[],
  yt: number[],
  xLabel: string,
  yLabel: string,
): string {
  const x0 = M.left;
  const y0 = H - M.bottom;
  const parts = [
    `<line x1="${x0}" y1="${y0}" x2="${W - M.right}" y2="${y0}" stroke="#333"/>`,
    `<line x1="${x0}" y1="${M.top}" x2="${x0}" y2="${y0}" stroke="#333"/>`,
    ...xt.map((t) => `<text x="${sx(t)}" y="${y0 + 14}" text-anchor="middle">${fmt(t)}</text>`),
    ...yt.map(
      (t) =>
        `<line x1="${x0}" y1="${sy(t)}" x2="${W - M.right}" y2="${sy(t)}" stroke="#eee"/><text x="${x0 - 4}" y="${sy(t) + 4}" text-anchor="end">${fmt(t)}</text>`,
    ),
    `<text x="${(x0 + W - M.right) / 2}" y="${H - 8}" text-anchor="middle">${esc(xLabel)}</text>`,
    `<text x="14" y="${(M.top + y0) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(M.top + y0) / 2})">${esc(yLabel)}</text>`,
  ];
  return parts.join('\n');
}

function legend(items: { name: string; color: string }[]): string {
  return items
    .map(
      (it, i) =>
        `<rect x="${W - M.right + 12}" y="${M.top + i * 16}" width="10" height="10" fill="${it.color}"/><text x="${W - M.right + 26}" y="${M.top + i * 16 + 9}">${esc(it.name.length > 30 ? `${it.name.slice(0, 29)}…` : it.name)}</text>`,
    )
    .join('\n');
}

export function lineChart(o: {
  title: string;
  xLabel: string;
  yLabel: string;
  series: LineSeries[];
}): string {
  const pts = o.series.flatMap((s) =>
    s.points.filter((p): p is [number, number] => p[1] !== null && Number.isFinite(p[1])),
  );
  if (pts.length === 0)
    return frame(o.title, `<text x="${W / 2}" y="${H / 2}" text-anchor="middle">no data</text>`);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [xLo, xHi] = [Math.min(...xs), Math.max(...xs)];
  let [yLo, yHi] = [Math.min(...ys), Math.max(...ys)];
  if (yLo === yHi) [yLo, yHi] = [yLo - 0.5, yHi + 0.5];
  const pad = (yHi - yLo) * 0.05;
  yLo -= pad;
  yHi += pad;
  const sx = (v: number) => M.left + (xHi === xLo ? 0.5 : (v - xLo) / (xHi - xLo)) * (W - M.left - M.right);
  const sy = (v: number) => H - M.bottom - ((v - yLo) / (yHi - yLo)) * (H - M.top - M.bottom);
  const paths = o.series.map((s) => {
    const segs = s.points
      .filter((p): p is [number, number] => p[1] !== null && Number.isFinite(p[1]))
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`)
      .join(' ');
    const dots = s.faint
      ? ''
      : s.points
          .filter((p): p is [number, number] => p[1] !== null && Number.isFinite(p[1]))
          .map(
            (p) =>
              `<circle cx="${sx(p[0]).toFixed(1)}" cy="${sy(p[1]).toFixed(1)}" r="2.5" fill="${s.color}"/>`,
          )
          .join('');
    return `<path d="${segs}" fill="none" stroke="${s.color}" stroke-width="${s.faint ? 1 : 2}" stroke-opacity="${s.faint ? 0.35 : 1}"/>${dots}`;
  });
  const xt = [...new Set(xs)].length <= 10 ? [...new Set(xs)].sort((a, b) => a - b) : ticks(xLo, xHi);
  return frame(
    o.title,
    `${axes(sx, sy, xt, ticks(yLo, yHi), o.xLabel, o.yLabel)}\n${paths.join('\n')}\n${legend(o.series.filter((s) => !s.faint))}`,
  );
}

/** One column per category: every fold's value as a dot, the mean as a bar, +-1 SD as a whisker. */
export function dotPlot(o: {
  title: string;
  yLabel: string;
  categories: { name: string; values: (number | null)[]; mean: number | null; sd: number | null }[];
}): string {
  const all = o.categories.flatMap((c) => c.values.filter((v): v is number => v !== null));
  if (all.length === 0)
    return frame(o.title, `<text x="${W / 2}" y="${H / 2}" text-anchor="middle">no data</text>`);
  let lo = Math.min(...all, ...o.categories.map((c) => (c.mean ?? (all[0] as number)) - (c.sd ?? 0)));
  let hi = Math.max(...all, ...o.categories.map((c) => (c.mean ?? (all[0] as number)) + (c.sd ?? 0)));
  if (lo === hi) [lo, hi] = [lo - 0.05, hi + 0.05];
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const width = M.left + 30 + o.categories.length * 70;
  const plotRight = width - 20;
  const sy = (v: number) => H - 90 - ((v - lo) / (hi - lo)) * (H - M.top - 90);
  const cx = (i: number) => M.left + 35 + i * 70;
  const yt = ticks(lo, hi);
  const parts = [
    `<line x1="${M.left}" y1="${H - 90}" x2="${plotRight}" y2="${H - 90}" stroke="#333"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - 90}" stroke="#333"/>`,
    ...yt.map(
      (t) =>
        `<line x1="${M.left}" y1="${sy(t)}" x2="${plotRight}" y2="${sy(t)}" stroke="#eee"/><text x="${M.left - 4}" y="${sy(t) + 4}" text-anchor="end">${fmt(t)}</text>`,
    ),
    `<text x="14" y="${(M.top + H - 90) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(M.top + H - 90) / 2})">${esc(o.yLabel)}</text>`,
  ];
  o.categories.forEach((c, i) => {
    const color = PALETTE[i % PALETTE.length] as string;
    c.values.forEach((v, f) => {
      if (v !== null)
        parts.push(
          `<circle cx="${cx(i) - 10 + (f % 5) * 5}" cy="${sy(v).toFixed(1)}" r="3.5" fill="${color}" fill-opacity="0.7"><title>fold ${f}: ${v}</title></circle>`,
        );
    });
    if (c.mean !== null) {
      parts.push(
        `<line x1="${cx(i) - 16}" x2="${cx(i) + 16}" y1="${sy(c.mean).toFixed(1)}" y2="${sy(c.mean).toFixed(1)}" stroke="#000" stroke-width="2"/>`,
      );
      if (c.sd !== null)
        parts.push(
          `<line x1="${cx(i)}" x2="${cx(i)}" y1="${sy(c.mean - c.sd).toFixed(1)}" y2="${sy(c.mean + c.sd).toFixed(1)}" stroke="#000"/>`,
        );
    }
    parts.push(
      `<text x="${cx(i)}" y="${H - 76}" text-anchor="end" transform="rotate(-35 ${cx(i)} ${H - 76})">${esc(c.name.length > 28 ? `${c.name.slice(0, 27)}…` : c.name)}</text>`,
    );
  });
  return frame(o.title, parts.join('\n'), Math.max(width, 320));
}

/** Rows = true class, columns = predicted class; cell shade by row-normalised count. */
export function heatmap(o: { title: string; classes: string[]; matrix: number[][] }): string {
  const n = o.classes.length;
  const cell = Math.max(28, Math.min(60, Math.floor(360 / Math.max(1, n))));
  const left = 130;
  const top = 60;
  const width = left + n * cell + 30;
  const height = top + n * cell + 70;
  const parts: string[] = [];
  o.matrix.forEach((row, i) => {
    const total = row.reduce((s, v) => s + v, 0);
    row.forEach((v, j) => {
      const share = total > 0 ? v / total : 0;
      const shade = Math.round(255 - share * 200);
      parts.push(
        `<rect x="${left + j * cell}" y="${top + i * cell}" width="${cell}" height="${cell}" fill="rgb(${shade},${shade},255)" stroke="#fff"/><text x="${left + j * cell + cell / 2}" y="${top + i * cell + cell / 2 + 4}" text-anchor="middle" fill="${share > 0.6 ? '#fff' : '#000'}">${v}</text>`,
      );
    });
    parts.push(
      `<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end">${esc(o.classes[i] ?? String(i))}</text>`,
    );
  });
  o.classes.forEach((c, j) => {
    parts.push(
      `<text x="${left + j * cell + cell / 2}" y="${top + n * cell + 14}" text-anchor="end" transform="rotate(-35 ${left + j * cell + cell / 2} ${top + n * cell + 14})">${esc(c)}</text>`,
    );
  });
  parts.push(`<text x="${left + (n * cell) / 2}" y="${height - 6}" text-anchor="middle">predicted</text>`);
  parts.push(
    `<text x="12" y="${top + (n * cell) / 2}" text-anchor="middle" transform="rotate(-90 12 ${top + (n * cell) / 2})">true</text>`,
  );
  return frame(o.title, parts.join('\n'), Math.max(width, 300), height);
}
