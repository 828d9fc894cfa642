/**
 * SVG → PNG with resvg compiled to WebAssembly (`@resvg/resvg-wasm`): one npm package,
 * no native binary per platform, no system libraries, nothing downloaded at install. Text
 * is drawn with Roboto (Android's own typeface: what her phone already shows her), read from
 * its npm package and registered explicitly, so a bare server with no system fonts renders
 * the same chart as a laptop.
 *
 * WebAssembly is compiled once per process: `loadChartRenderer()` (idempotent) must have
 * resolved before `renderDailyChart`, which is then a pure, synchronous function.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { CHART_FONT, CHART_WIDTH, dailyChartSvg, type ChartLabels, type DailyTotals } from './charts.ts';

const require = createRequire(import.meta.url);

const FONT_FILES = [
  '@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf',
  '@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf',
];

let loading: Promise<void> | undefined;
let fonts: Uint8Array[] | undefined;

/** Compiles the renderer and reads the fonts, once; later calls return the same promise. */
export function loadChartRenderer(): Promise<void> {
  loading ??= (async () => {
    const wasm = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
    const fontBuffers = FONT_FILES.map((file) => new Uint8Array(readFileSync(require.resolve(file))));
    await initWasm(wasm);
    fonts = fontBuffers;
  })();
  loading.catch(() => {
    loading = undefined; // a failed load may be retried
  });
  return loading;
}

/** Renders an SVG document to PNG bytes with the chart font. */
export function svgToPng(svg: string): Buffer {
  if (!fonts) throw new Error('chart renderer not loaded: await loadChartRenderer() first');
  const resvg = new Resvg(svg, {
    font: { fontBuffers: fonts, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    fitTo: { mode: 'width', value: CHART_WIDTH },
    background: '#FFFFFF',
  });
  try {
    const image = resvg.render();
    try {
      return Buffer.from(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/** The PNG (CHART_WIDTH × CHART_HEIGHT) of a member's daily sales and expenses. */
export function renderDailyChart(data: readonly DailyTotals[], labels: ChartLabels): Buffer {
  return svgToPng(dailyChartSvg(data, labels));
}
