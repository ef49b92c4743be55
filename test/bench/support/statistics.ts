/**
 * @module
 * Summaries of timing samples and the plain-text tables the benchmarks print.
 */
export interface Summary {
  count: number
  min: number
  median: number
  p95: number
  p99: number
  max: number
}

/** Nearest-rank percentile of sorted values; `fraction` is 0 to 1. */
function percentile(sorted: number[], fraction: number): number {
  const rank = Math.ceil(fraction * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

export function summarize(values: number[]): Summary {
  if (values.length === 0) throw new Error('no samples to summarize')
  const sorted = [...values].sort((a, b) => a - b)
  return {
    count: sorted.length,
    min: sorted[0],
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1],
  }
}

export const formatMs = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`
export const formatCount = (value: number) => Math.round(value).toLocaleString('en-GB')
export const formatBytes = (bytes: number) => `${formatCount(bytes)} B`

/** Prints rows of [label, value] as an aligned two-column table under a title. */
export function printTable(title: string, rows: Array<[string, string]>): void {
  const labelWidth = Math.max(...rows.map(([label]) => label.length))
  const valueWidth = Math.max(...rows.map(([, value]) => value.length))
  const rule = '-'.repeat(labelWidth + valueWidth + 3)
  console.log(`\n${title}\n${rule}`)
  for (const [label, value] of rows) console.log(`${label.padEnd(labelWidth)} | ${value.padStart(valueWidth)}`)
  console.log(rule)
}

/** Prints a table with a header row; the first column is left-aligned, the others right-aligned. */
export function printColumns(title: string, header: string[], rows: string[][]): void {
  const table = [header, ...rows]
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)))
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width + 3, -3))
  console.log(`\n${title}\n${rule}\n${line(header)}\n${rule}`)
  for (const row of rows) console.log(line(row))
  console.log(rule)
}
