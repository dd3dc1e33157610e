import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfContent, PdfPage, PdfRule, PdfTextRun } from '../../shared/import';
import { importFailure } from '../../shared/import/importIssues';

/**
 * Reads a PDF's text runs and ruling lines with pdf.js, for the importer in `shared/` to rebuild
 * the tables from. Runs in Node (the main process, the browser-mode server, the command line);
 * pdf.js is loaded on the first PDF only, as it takes a while to load.
 */

type PdfJs = typeof PdfJsModule;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type Matrix = [number, number, number, number, number, number];

/** Where pdf.js's own data lies on disk, as getDocument takes it. */
interface PdfJsData {
  cMapUrl: string;
  standardFontDataUrl: string;
}

let loading: Promise<{ pdfjs: PdfJs; data: PdfJsData | undefined }> | undefined;

/** pdf.js and its data folders, found once per process. */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; data: PdfJsData | undefined }> {
  loading ??= (async () => {
    // Without worker threads pdf.js runs its worker in-process, and finds it here first rather
    // than loading a worker file from a path that differs in every packaging.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return { pdfjs: await import('pdfjs-dist/legacy/build/pdf.mjs'), data: pdfJsData() };
  })();
  return loading;
}

/**
 * pdf.js's character maps and standard font data: needed for PDFs whose Chinese fonts are not
 * embedded (text in such a PDF reads as nothing without them). Undefined if they cannot be found.
 */
function pdfJsData(): PdfJsData | undefined {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  } catch {
    return undefined;
  }
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Thicker than this (points), a filled shape is a shaded area, not a rule. */
const THIN = 2;
/** Off by less than this (points) from horizontal or vertical, a segment is straight. */
const STRAIGHT = 0.5;

function straightSegment(a: [number, number], b: [number, number]): PdfRule | undefined {
  const [x1, x2] = a[0] <= b[0] ? [a[0], b[0]] : [b[0], a[0]];
  const [y1, y2] = a[1] <= b[1] ? [a[1], b[1]] : [b[1], a[1]];
  if (x2 - x1 > STRAIGHT && y2 - y1 > STRAIGHT) return undefined;
  return { x1, y1, x2, y2 };
}

/**
 * A path's straight segments, in page coordinates, one list per subpath (a moveTo starts one): a
 * producer may fill every border of a table as one path of many thin rectangles.
 */
function subpaths(data: ArrayLike<number>, ctm: Matrix): PdfRule[][] {
  const out: PdfRule[][] = [];
  let current: PdfRule[] = [];
  let start: [number, number] = [0, 0];
  let point: [number, number] = [0, 0];
  for (let k = 0; k < data.length; ) {
    const op = data[k++]!;
    if (op === 0) {
      if (current.length > 0) out.push(current);
      current = [];
      point = start = apply(ctm, data[k++]!, data[k++]!);
    } else if (op === 1 || op === 4) {
      const next = op === 1 ? apply(ctm, data[k++]!, data[k++]!) : start;
      const segment = straightSegment(point, next);
      if (segment) current.push(segment);
      point = next;
    } else if (op === 2) point = apply(ctm, data[(k += 6) - 2]!, data[k - 1]!);
    else if (op === 3) point = apply(ctm, data[(k += 4) - 2]!, data[k - 1]!);
    else break;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A filled shape counts when it is a thin bar: the line along its middle is the rule. */
function thinBar(segments: readonly PdfRule[]): PdfRule | undefined {
  const xs = segments.flatMap((s) => [s.x1, s.x2]);
  const ys = segments.flatMap((s) => [s.y1, s.y2]);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (Math.min(right - left, top - bottom) > THIN) return undefined;
  return right - left >= top - bottom
    ? { x1: left, x2: right, y1: (bottom + top) / 2, y2: (bottom + top) / 2 }
    : { x1: (left + right) / 2, x2: (left + right) / 2, y1: bottom, y2: top };
}

/**
 * The straight segments the page strokes, and its thin filled bars, in page coordinates: walks the
 * operator list keeping the transformation matrix (pdf.js 5 hands each path over as
 * `constructPath [paintOp, [moveTo 0 | lineTo 1 | curveTo 2 | quadraticCurveTo 3 | closePath 4 …], bbox]`).
 */
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

/**
 * From the PDF's own coordinates to the page as shown, y still upwards: applies the page's /Rotate
 * (a landscape standard is often a portrait page turned) and its media box offset.
 */
function uprightTransform(page: PdfPageProxy): Matrix {
  const viewport = page.getViewport({ scale: 1 });
  return multiply([1, 0, 0, -1, 0, viewport.height], viewport.transform as Matrix);
}

async function pageRules(pdfjs: PdfJs, page: PdfPageProxy, upright: Matrix): Promise<PdfRule[]> {
  const { OPS } = pdfjs;
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill]);
  const list = await page.getOperatorList();
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = upright;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      if (!strokes.has(paint) && !fills.has(paint)) return;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) return;
      for (const subpath of subpaths(data, ctm)) {
        if (strokes.has(paint)) rules.push(...subpath);
        else {
          const bar = thinBar(subpath);
          if (bar) rules.push(bar);
        }
      }
    }
  });
  return rules;
}

async function pageRuns(page: PdfPageProxy, upright: Matrix): Promise<PdfTextRun[]> {
  const content = await page.getTextContent();
  const runs: PdfTextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a, b, c, d, e, f] = multiply(upright, item.transform as Matrix);
    // Only text set upright: a rotated watermark or stamp is not the document's text.
    if (Math.abs(b) > 0.01 * Math.abs(a) || a <= 0) continue;
    runs.push({ text: item.str, x: e, y: f, width: item.width, size: Math.hypot(c, d) || item.height });
  }
  return runs;
}

/** Reads a PDF file's pages for the importer; a password or a damaged file is an import failure. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const { pdfjs, data } = await loadPdfJs();
  let document: PdfDocument | undefined;
  try {
    document = await pdfjs.getDocument({
      // A copy: pdf.js may take over (detach) the buffer it is given.
      data: new Uint8Array(bytes),
      ...data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const upright = uprightTransform(page);
      pages.push({ runs: await pageRuns(page, upright), rules: await pageRules(pdfjs, page, upright) });
      page.cleanup();
    }
    return { ok: true, pages };
  } catch (error) {
    const name = (error as { name?: string } | undefined)?.name;
    if (name === 'PasswordException') return { ok: false, error: importFailure('encrypted-pdf', 1) };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: importFailure('damaged-document', 1, { detail }) };
  } finally {
    await document?.destroy();
  }
}
