// CSV files the portal writes (a dashboard chart's numbers, the feature request list) as RFC 4180:
// comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, a line break or
// leading/trailing space, quotes doubled. Numbers are written as the API gives them (a dot for the
// decimal), so a spreadsheet in any locale reads the same values; text that a spreadsheet would run as a
// formula is kept as text. No library: the portal's dependencies have none, and escaping is these few lines.

export type CsvValue = string | number | boolean | null | undefined;

/** Starting a cell with one of these makes a spreadsheet read it as a formula (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // a name like "=SUM(…)" from the data is kept as text; a negative number arrives as a number above
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One column of a CSV written from objects: its header and how a row gives its value. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/** The header and value lines of `rows` under `columns`, in their order (toCsv writes them). */
export function csvTable<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): { header: string[]; rows: CsvValue[][] } {
  return { header: columns.map((c) => c.header), rows: rows.map((row) => columns.map((c) => c.value(row))) };
}

/** A file name safe on every system: lower case letters, digits and dashes. */
export function fileName(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => p.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('-');
}

/** Starts a download of `href` (an object or data URL) as `name`. */
export function download(href: string, name: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
}

/** Downloads text as a UTF-8 CSV file; the byte order mark makes Excel read Å, Ä and Ø right. */
export function downloadCsv(csv: string, name: string) {
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  download(url, `${name}.csv`);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
