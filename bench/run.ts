// `npm run bench`: runs each benchmark script in bench/ (one process each, so they do not disturb one
// another) and writes bench/results/README.md. A benchmark prints one JSON line last on stdout:
// {"title": "...", "rows": [{"metric", "value", "unit", "target"?, "pass"?}]}.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';

type Row = { metric: string; value: number; unit: string; target?: string; pass?: boolean };
type Result = { title: string; rows: Row[] };

const require = createRequire(import.meta.url);
const only = process.argv.slice(2);
const scripts = readdirSync('bench')
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

const results: Result[] = [];
let failures = 0;
for (const script of scripts) {
  console.error(`▶ bench/${script}`);
  const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), `bench/${script}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    // The chaos benchmark runs twice (PGlite, then PostgreSQL), up to 10 minutes each.
    timeout: 25 * 60_000,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  try {
    const result = JSON.parse(last) as Result;
    results.push(result);
    failures += result.rows.filter((row) => row.pass === false).length;
  } catch {
    results.push({
      title: `bench/${script}`,
      rows: [{ metric: 'did not report (exit code ' + run.status + ')', value: NaN, unit: '', pass: false }],
    });
    failures++;
  }
}

const format = (value: number) =>
  Number.isFinite(value)
    ? Number.isInteger(value)
      ? String(value)
      : value.toFixed(Math.abs(value) < 10 ? 2 : 1)
    : '—';
const sections = results.map(({ title, rows }) =>
  [
    `## ${title}`,
    '',
    '| metric | value | target | met |',
    '|---|---:|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.metric} | ${format(row.value)} ${row.unit} | ${row.target ?? ''} | ${row.pass === undefined ? '' : row.pass ? 'yes' : '**no**'} |`,
    ),
  ].join('\n'),
);
const header = `# Benchmark results\n\n${new Date().toISOString()} · Node ${process.version} · ${os.cpus().length} cores · ${Math.round(os.totalmem() / 2 ** 30)} GiB\n`;
mkdirSync('bench/results', { recursive: true });
// A run of some benchmarks (`npm run bench -- chaos`) replaces their sections and keeps the others'.
const previous = existsSync('bench/results/README.md')
  ? readFileSync('bench/results/README.md', 'utf8')
      .split('\n## ')
      .slice(1)
      .map((section) => `## ${section.trim()}`)
  : [];
const titleOf = (section: string) => section.slice(3, section.indexOf('\n'));
const fresh = new Map(sections.map((section) => [titleOf(section), section]));
const merged = [
  ...previous.map((section) => fresh.get(titleOf(section)) ?? section),
  ...sections.filter((section) => !previous.some((old) => titleOf(old) === titleOf(section))),
];
const kept = merged.length - sections.length;
const note =
  kept > 0
    ? `\nThis run: ${results.map((result) => result.title).join('; ')}. The other ${kept} section(s) are from earlier runs.\n`
    : '';
writeFileSync('bench/results/README.md', [header + note, ...merged].join('\n\n') + '\n');
console.log([header, ...sections].join('\n\n'));
process.exit(failures ? 1 : 0);
