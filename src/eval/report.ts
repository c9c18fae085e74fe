/** The terminal tables of `parley eval`. Percentages with one decimal; "—" where nothing to divide. */
import type { Accuracy, Prf } from './metrics.js';
import type { EvalError } from './errors.js';
import { FACT_KINDS } from './facts/gold.js';
import type { EvalReport, FactsReport, SpanSetReport } from './run.js';
import { TIMEX_TYPES } from './dates.js';

export function pct(x: number | null): string {
  return x === null ? '—' : (100 * x).toFixed(1);
}

function acc(a: Accuracy): string {
  return `${pct(a.accuracy)}% (${a.correct}/${a.total})`;
}

/** Rows of cells → aligned text; first column left-aligned, the rest right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd()).join('\n');
}

const prfCells = (p: Prf) => [pct(p.precision), pct(p.recall), pct(p.f1)];

function header(set: SpanSetReport): string {
  const name = set.dataset ?? set.path;
  const lines = [`${name} (${set.split ? `split ${set.split}, ` : ''}${set.docs} doc${set.docs === 1 ? '' : 's'})  ${set.path}`];
  lines.push(`  stages run: ${set.stages.join(', ')}${set.missing.length ? `; not built yet: ${set.missing.join(', ')}` : ''}`);
  if (set.failed.length > 0) {
    const first = set.failed[0];
    lines.push(`  warning: a stage failed on ${set.failed.length} document(s), first ${first.doc}: stage ${first.stage}: ${first.message}`);
  }
  return lines.join('\n');
}

export function formatSpanSet(set: SpanSetReport): string {
  const out = [header(set)];
  if (set.entities) {
    const e = set.entities;
    const src = Object.keys(e.source).map((k) => (k === 'none' ? 'no mentions, actors or places stage yet' : `the ${k} layer`)).join('; ');
    out.push('', `Entities (output from ${src || 'nothing'})`);
    const rows = [['type', 'P', 'R', 'F1', 'P~', 'R~', 'F1~', 'gold', 'output']];
    for (const t of ['PER', 'ORG', 'LOC', 'micro', 'MISC'] as const) {
      rows.push([t === 'micro' ? 'micro PER/ORG/LOC' : t, ...prfCells(e.exact[t]), ...prfCells(e.overlap[t]), String(e.exact[t].gold), String(e.exact[t].pred)]);
    }
    out.push(table(rows), '  (P R F1: exact span and type; ~: overlapping span, same type)');
  }
  if (set.places) {
    const p = set.places;
    const l = set.placesUsedAsLocations;
    out.push('', `Places (toponyms${l ? ': every toponym the places stage resolved, the `toponyms` layer' : ''})`);
    out.push(table([
      ['', 'P', 'R', 'F1', 'gold', 'output'],
      ['detection (overlap)', ...prfCells(p.detection), String(p.detection.gold), String(p.detection.pred)],
      ...(l ? [['places layer only', ...prfCells(l.detection), String(l.detection.gold), String(l.detection.pred)]] : []),
    ]));
    if (l) out.push('  (places layer only: the places used as a location somewhere, with all their mentions)');
    out.push(`  on matched toponyms: within 161 km ${acc(p.within161km)}; exact GeoNames id ${acc(p.geonamesExact)}`);
    const types = Object.entries(p.byType);
    if (types.length > 0) {
      const rows = [['toponymType', 'gold', 'R', '161 km', 'GeoNames']];
      for (const [type, t] of types) rows.push([type, String(t.gold), pct(t.recall), pct(t.within161km.accuracy), pct(t.geonamesExact.accuracy)]);
      out.push(table(rows));
    }
  }
  if (set.quotes) {
    const q = set.quotes;
    out.push('', 'Quotes (content overlap; speaker on matched)');
    out.push(table([
      ['', 'P', 'R', 'F1', 'gold', 'output', 'speaker'],
      ['all attributions', ...prfCells(q.all), String(q.all.gold), String(q.all.pred), acc(q.all.speaker)],
      ['in quotation marks', ...prfCells(q.quoted), String(q.quoted.gold), String(q.quoted.pred), acc(q.quoted.speaker)],
    ]));
  }
  if (set.dates) {
    const d = set.dates;
    out.push('', 'Dates (span overlap; value on matched)');
    const rows = [['type', 'P', 'R', 'F1', 'gold', 'output', 'value']];
    rows.push(['all', ...prfCells(d), String(d.gold), String(d.pred), acc(d.value)]);
    for (const t of TIMEX_TYPES) rows.push([t, ...prfCells(d.byType[t]), String(d.byType[t].gold), String(d.byType[t].pred), acc(d.byType[t].value)]);
    out.push(table(rows));
  }
  return out.join('\n');
}

export function formatFacts(f: FactsReport): string {
  const out = [`Facts (${f.docs.length} article${f.docs.length === 1 ? '' : 's'}; stages run: ${f.stages.join(', ')})`];
  const rows = [['kind', 'found/expected', 'R', 'matched/output', 'P', 'F1', 'evidence-only R']];
  for (const kind of FACT_KINDS) {
    const t = f.total[kind];
    rows.push([kind, `${t.tp}/${t.gold}`, pct(t.recall), `${t.tp}/${t.pred}`, pct(t.precision), pct(t.f1), pct(t.gold ? t.evidenceOnly / t.gold : null)]);
  }
  for (const [label, t] of [['dateline', f.structure.dateline], ['not body (captions…)', f.structure.notBody]] as const) {
    if (t.gold + t.pred > 0) rows.push([label, `${t.tp}/${t.gold}`, pct(t.recall), `${t.tp}/${t.pred}`, pct(t.precision), pct(t.f1), pct(t.gold ? t.evidenceOnly / t.gold : null)]);
  }
  const n = f.datesNoReference;
  rows.push(['dates, no reference', `${n.tp}/${n.gold}`, pct(n.recall), `${n.tp}/${n.pred}`, pct(n.precision), pct(n.f1), pct(n.gold ? n.evidenceOnly / n.gold : null)]);
  out.push(table(rows));
  out.push(`  actor mentions covered by the paired actor: ${acc(f.actorMentions)}; dates invented without a reference date: ${n.invented}`);
  for (const d of f.docs) {
    for (const e of d.failed.slice(0, 1)) out.push(`  warning: ${d.gold}: stage ${e.stage} failed: ${e.message}`);
  }
  if (f.docs.length > 1) {
    out.push('', 'Per article (recall/precision, %)');
    const per = [['gold', ...FACT_KINDS]];
    for (const d of f.docs) per.push([d.gold.split('/').slice(-2).join('/'), ...FACT_KINDS.map((k) => `${pct(d.kinds[k].recall)}/${pct(d.kinds[k].precision)}`)]);
    out.push(table(per));
  }
  return out.join('\n');
}

export function formatErrors(errors: readonly EvalError[], n: number): string {
  if (n <= 0 || errors.length === 0) return '';
  const shown = errors.slice(0, n);
  const lines = [`First ${shown.length} of ${errors.length} errors:`];
  for (const e of shown) {
    lines.push(`${e.kind === 'miss' ? 'MISS ' : 'EXTRA'} ${e.task}  ${e.doc}  ${e.what}`);
    lines.push(`      ${e.context}`);
    if (e.note) lines.push(`      ${e.note}`);
  }
  return lines.join('\n');
}

export function formatReport(report: EvalReport, errors: number): string {
  const parts = report.spans.map(formatSpanSet);
  if (report.facts) parts.push(formatFacts(report.facts));
  const errs = formatErrors(report.errors, errors);
  if (errs) parts.push(errs);
  return parts.join('\n\n');
}
