import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeArgsError, parseArgs } from '../cli/args';
import { displayWidth, padDisplay } from '../cli/format/text';
import { readPdf } from '../backend/import/readPdf';
import { importStandard, importStandardFile } from '../shared/import';
import { coverageBench } from './bench/coverageBench';
import { exportBench } from './bench/exportBench';
import { median, meetsGoal, type BenchFigure } from './bench/figure';
import { storageBench } from './bench/storageBench';
import { FIXTURES_DIR, projectRoot } from './standardResources';

/**
 * `npm run bench`: how fast the importer and the command line are, against their goals.
 * The report is a list of sections, each measuring one thing and judging it against its goals;
 * a later concern (checks, export) adds a section to `sections` below.
 *
 *   npm run bench -- [--runs N] [--spawns N] [--only <section>]  (exits 1 when a goal is missed)
 *
 * It exits 1 when a goal is missed: the speed targets live here, never in `npm test`.
 */

interface Seed {
  name: string;
  path: string;
  bytes: Uint8Array;
}

interface BenchContext {
  root: string;
  seeds: Seed[];
  /** Timed in-process runs per case. */
  runs: number;
  /** Timed process starts per case. */
  spawns: number;
}

interface Table {
  head: string[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  right?: number[];
}

interface Goal {
  text: string;
  met: boolean;
  /** The figure that decides it. */
  measured: string;
}

interface SectionReport {
  /** How it was measured, one line. */
  method: string;
  tables: Table[];
  goals: Goal[];
}

interface BenchSection {
  /** For `--only`. */
  name: string;
  title: string;
  run(context: BenchContext): SectionReport | Promise<SectionReport>;
}

// ---- statistics and timing ---------------------------------------------------------------

interface Stats {
  median: number;
  min: number;
  max: number;
}

function stats(samples: readonly number[]): Stats {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

function ms(value: number): string {
  return value < 10 ? `${value.toFixed(2)} ms` : value < 100 ? `${value.toFixed(1)} ms` : `${value.toFixed(0)} ms`;
}

function timeSpawn(args: readonly string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr.toString().trim()}`);
  }
  return elapsed;
}

const isPdfSeed = (seed: Seed): boolean => seed.name.endsWith('.pdf');

// ---- sections ----------------------------------------------------------------------------

const IMPORT_GOAL_MS = 20;
const CLI_GOAL_RATIO = 4;
const WARM_UP_RUNS = 20;
const WARM_UP_SPAWNS = 2;

const importInProcess: BenchSection = {
  name: 'import',
  title: 'Import in process (importStandard on the file bytes)',
  run({ seeds: all, runs }) {
    // PDFs need pdf.js, which only runs asynchronously: they have a section of their own.
    const seeds = all.filter((seed) => !isPdfSeed(seed));
    const rows: string[][] = [];
    let slowest = 0;
    for (const seed of seeds) {
      const first = importStandard(seed.bytes);
      if (!first.ok) throw new Error(`${seed.name}: ${first.error.messageEn}`);
      for (let i = 0; i < WARM_UP_RUNS; i++) importStandard(seed.bytes);
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        importStandard(seed.bytes);
        samples.push(performance.now() - start);
      }
      const s = stats(samples);
      slowest = Math.max(slowest, s.median);
      rows.push([seed.name, `${(seed.bytes.length / 1024).toFixed(1)} KB`, ms(s.median), ms(s.min), ms(s.max)]);
    }
    return {
      method: `${runs} timed runs per seed after ${WARM_UP_RUNS} warm-up runs`,
      tables: [{ head: ['seed', 'size', 'median', 'min', 'max'], rows, right: [1, 2, 3, 4] }],
      goals: [
        {
          text: `median under ${IMPORT_GOAL_MS} ms per standard`,
          met: slowest < IMPORT_GOAL_MS,
          measured: `slowest median ${ms(slowest)}`,
        },
      ],
    };
  },
};

const cliWallTime: BenchSection = {
  name: 'cli',
  title: 'Command line wall time (a whole process, start to exit)',
  run({ root, seeds: all, spawns }) {
    const seeds = all.filter((seed) => !isPdfSeed(seed));
    const cli = join(root, 'out', 'cli', 'course-planner.cjs');
    if (!existsSync(cli)) throw new Error(`${relative(root, cli)} is missing: run npm run build:cli`);
    const cliPath = relative(root, cli);
    const bareArgs = ['-e', ''];
    const seedArgs = seeds.map((seed) => [cliPath, 'import', relative(root, seed.path), '--json']);

    for (let i = 0; i < WARM_UP_SPAWNS; i++) {
      timeSpawn(bareArgs, root);
      for (const args of seedArgs) timeSpawn(args, root);
    }
    // Interleaved, so a busy moment of the machine touches every case alike.
    const bare: number[] = [];
    const perSeed: number[][] = seeds.map(() => []);
    for (let i = 0; i < spawns; i++) {
      bare.push(timeSpawn(bareArgs, root));
      seedArgs.forEach((args, k) => perSeed[k]!.push(timeSpawn(args, root)));
    }

    const base = stats(bare);
    const rows: string[][] = [['node -e ""', ms(base.median), ms(base.min), ms(base.max), '1.00×']];
    let worst = 0;
    seeds.forEach((seed, k) => {
      const s = stats(perSeed[k]!);
      const ratio = s.median / base.median;
      worst = Math.max(worst, ratio);
      rows.push([`import ${seed.name} --json`, ms(s.median), ms(s.min), ms(s.max), `${ratio.toFixed(2)}×`]);
    });
    return {
      method: `median of ${spawns} spawns per case after ${WARM_UP_SPAWNS} warm-up rounds; ratio = median / bare node's median`,
      tables: [{ head: ['process', 'median', 'min', 'max', 'vs bare node'], rows, right: [1, 2, 3, 4] }],
      goals: [
        {
          text: `the command line within ${CLI_GOAL_RATIO}× a bare node start`,
          met: worst <= CLI_GOAL_RATIO,
          measured: `worst ${worst.toFixed(2)}×`,
        },
      ],
    };
  },
};

/** A section from a benchmark module that measures itself and returns figures with their goals. */
function figuresSection(name: string, title: string, method: string, measure: () => Promise<BenchFigure[]>): BenchSection {
  return {
    name,
    title,
    async run() {
      const figures = await measure();
      const value = (f: BenchFigure) => (f.unit === 'ms' ? ms(f.value) : `${f.value} ${f.unit}`);
      return {
        method,
        tables: [{ head: ['measure', 'value', 'goal'], rows: figures.map((f) => [f.name, value(f), f.goal ?? '']), right: [1] }],
        goals: figures.flatMap((f) => {
          const met = meetsGoal(f);
          return met === undefined ? [] : [{ text: `${f.name} ${f.goal}`, met, measured: value(f) }];
        }),
      };
    },
  };
}

const coverageAndChecks = figuresSection(
  'checks',
  'Coverage and every check',
  'A synthetic 60-unit plan against a standard with 300 K/S items, in-process, median of many runs.',
  () => coverageBench(),
);

const planStorage = figuresSection(
  'storage',
  'Plan storage on disk',
  'Realistic plans (20 units, ~80 kB) in a temporary folder: atomic fsynced saves, history, library.',
  () => storageBench(),
);

const documentExport = figuresSection(
  'export',
  'Word documents',
  'shared/export builds the document and packs it to .docx bytes, in-process, median of several runs.',
  () => exportBench(),
);

const PDF_GOAL_MS = 500;
const PDF_GOAL_PAGES = 10;
const PDF_RUNS = 10;

/**
 * PDF standards: pdf.js reads each page's text and rules, then the importer rebuilds the tables.
 * The first import in a process also loads pdf.js; it is shown apart, as is the whole command.
 */
const pdfImport: BenchSection = {
  name: 'pdf',
  title: 'Import of PDF standards (pdf.js text layer and rules, then the tables rebuilt)',
  async run({ root, seeds, spawns }) {
    const pdfs = seeds.filter(isPdfSeed);
    const rows: string[][] = [];
    let firstLoad = 0;
    let goalCase: { pages: number; median: number } | undefined;
    let longest = { seed: pdfs[0]!, pages: 0 };
    for (const [index, seed] of pdfs.entries()) {
      let start = performance.now();
      const first = await importStandardFile(seed.bytes, readPdf);
      if (index === 0) firstLoad = performance.now() - start;
      if (!first.result.ok) throw new Error(`${seed.name}: ${first.result.error.messageEn}`);
      const pages = (first.sourceText?.match(/〔第 \d+ 頁〕/g) ?? []).length;
      const samples: number[] = [];
      for (let i = 0; i < PDF_RUNS; i++) {
        start = performance.now();
        await importStandardFile(seed.bytes, readPdf);
        samples.push(performance.now() - start);
      }
      const s = stats(samples);
      if (pages > longest.pages) longest = { seed, pages };
      if (pages >= PDF_GOAL_PAGES && (!goalCase || pages < goalCase.pages)) goalCase = { pages, median: s.median };
      rows.push([seed.name, String(pages), `${(seed.bytes.length / 1024).toFixed(0)} KB`, ms(s.median), ms(s.median / pages), ms(s.max)]);
    }
    if (!goalCase) throw new Error(`no PDF fixture of ${PDF_GOAL_PAGES} pages or more: run npm run fixtures:standards`);
    const cli = join(root, 'out', 'cli', 'course-planner.cjs');
    const wall = stats(Array.from({ length: Math.min(spawns, 5) }, () => timeSpawn([cli, 'import', relative(root, longest.seed.path), '--json'], root)));
    return {
      method: `${PDF_RUNS} timed imports per file after one untimed (which loaded pdf.js: ${ms(firstLoad)} for the first file); the command line started ${Math.min(spawns, 5)} times`,
      tables: [
        { head: ['file', 'pages', 'size', 'median', 'per page', 'max'], rows, right: [1, 2, 3, 4, 5] },
        { head: ['command', 'median', 'min', 'max'], rows: [[`course-planner import ${longest.seed.name} --json`, ms(wall.median), ms(wall.min), ms(wall.max)]], right: [1, 2, 3] },
      ],
      goals: [
        {
          // The shortest fixture has more pages than the goal names: its time is scaled to the goal's
          // pages (an overestimate, as loading pdf.js and reading the document's structure do not shrink).
          text: `a ${PDF_GOAL_PAGES}-page PDF under ${PDF_GOAL_MS} ms (the shortest fixture of ${PDF_GOAL_PAGES} pages or more, scaled to ${PDF_GOAL_PAGES} pages)`,
          met: (goalCase.median * PDF_GOAL_PAGES) / goalCase.pages < PDF_GOAL_MS,
          measured: `${goalCase.pages} pages in ${ms(goalCase.median)}, ${ms((goalCase.median * PDF_GOAL_PAGES) / goalCase.pages)} for ${PDF_GOAL_PAGES}`,
        },
      ],
    };
  },
};

/** The report, in order. Add a section here for each new thing worth timing. */
const sections: readonly BenchSection[] = [importInProcess, pdfImport, cliWallTime, coverageAndChecks, planStorage, documentExport];

// ---- report ------------------------------------------------------------------------------

function formatTable({ head, rows, right = [] }: Table): string {
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const cell = (text: string, c: number) =>
    right.includes(c) ? ' '.repeat(widths[c]! - displayWidth(text)) + text : padDisplay(text, widths[c]!);
  const line = (cells: string[]) => `  ${cells.map(cell).join('   ')}`.trimEnd();
  return [line(head), `  ${widths.map((w) => '─'.repeat(w)).join('   ')}`, ...rows.map(line)].join('\n');
}

/** The seed texts, and the PDF, ODT and DOCX documents generated from the standards (issue 6). */
function loadSeeds(root: string): Seed[] {
  const dir = join(root, FIXTURES_DIR);
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, path: join(dir, name), bytes: readFileSync(join(dir, name)) }));
  const documentsDir = join(dir, 'documents');
  const documents = existsSync(documentsDir)
    ? readdirSync(documentsDir)
        .filter((name) => /^[A-Z]{3}\d{4}-\d{3}v\d+\.(odt|docx|pdf|chromium\.pdf)$/.test(name))
        .sort()
        .map((name) => ({ name: `documents/${name}`, path: join(documentsDir, name), bytes: readFileSync(join(documentsDir, name)) }))
    : [];
  return [...texts, ...documents];
}

/** A whole number above 0, the fallback when not given, undefined when invalid. */
function positiveInteger(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv, {
    options: {
      runs: { type: 'string', valueName: 'n', description: { zh: '程序內計時次數（200）', en: 'timed in-process runs (200)' } },
      spawns: { type: 'string', valueName: 'n', description: { zh: '啟動程序計時次數（15）', en: 'timed process starts (15)' } },
      only: { type: 'string', choices: sections.map((s) => s.name), description: { zh: '只跑一節', en: 'one section only' } },
    },
    positionals: [],
  });
  if (!parsed.ok) {
    process.stderr.write(`bench: error: ${describeArgsError(parsed.error, 'en')}\n`);
    return 2;
  }
  const runs = positiveInteger(parsed.values.runs, 200);
  const spawns = positiveInteger(parsed.values.spawns, 15);
  if (runs === undefined || spawns === undefined) {
    process.stderr.write(`bench: error: ${runs === undefined ? '--runs' : '--spawns'} needs a whole number above 0\n`);
    return 2;
  }
  const root = projectRoot(import.meta.url);
  const context: BenchContext = { root, seeds: loadSeeds(root), runs, spawns };
  const chosen = sections.filter((s) => !parsed.values.only || s.name === parsed.values.only);

  const cpu = cpus();
  process.stdout.write(
    `Benchmark: node ${process.version}, ${process.platform} ${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}\n` +
      `${context.seeds.length} seed documents in ${FIXTURES_DIR}\n`,
  );
  const missed: string[] = [];
  for (const [index, section] of chosen.entries()) {
    const report = await section.run(context);
    process.stdout.write(`\n${index + 1}. ${section.title}\n   ${report.method}\n\n`);
    for (const table of report.tables) process.stdout.write(`${formatTable(table)}\n\n`);
    for (const goal of report.goals) {
      process.stdout.write(`  goal: ${goal.text}: ${goal.met ? 'met' : 'MISSED'} (${goal.measured})\n`);
      if (!goal.met) missed.push(`${section.name}: ${goal.text} (${goal.measured})`);
    }
  }
  process.stdout.write(
    missed.length === 0 ? '\nAll goals met.\n' : `\n${missed.length} goal(s) missed:\n${missed.map((m) => `  ${m}\n`).join('')}`,
  );
  // A missed goal is a failure: the speed targets live here, not in the tests.
  return missed.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
