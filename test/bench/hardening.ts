// `pnpm bench hardening`: what the hardening issue moved off the read path, measured against the way
// it was done before, in the same run. Masking: the old regular expressions (kept here only as the
// baseline) against the linear masker, on 20 kB verbatims without spaces, the shape that made the old
// patterns backtrack, and on ordinary text. Markdown: rendering a 20 kB body, which every read used
// to pay, against reading the stored HTML (nothing to compute).
import { maskText, renderMarkdown } from '@chorus/db';

// the masking of api/src/modules/customers/privacy.ts before the hardening issue
const OLD_EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const OLD_PHONE = /(?:\+|00)?\d(?:[\s.-]?\d){7,}/g;
const OLD_DATE = /^\d{4}-\d{2}-\d{2}$/;
const oldMask = (text: string) => text.replace(OLD_EMAIL, '[email hidden]').replace(OLD_PHONE, (m) => (OLD_DATE.test(m) ? m : '[phone hidden]'));

function median(fn: () => unknown, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const ms = (x: number) => `${x.toFixed(3)} ms`;

const N = 20_000;
const ordinary = 'Leveransen kom sent igjen, ring meg på +47 912 34 567 eller skriv til kari.nordmann@firma.no. '.repeat(Math.ceil(N / 95)).slice(0, N);
const texts: [string, string][] = [
  ['20 kB of letters, no space', 'a'.repeat(N)],
  ['20 kB of "a.", no space', 'a.'.repeat(N / 2)],
  ['20 kB of digits and dashes', '1-'.repeat(N / 2)],
  ['20 kB of ordinary verbatim', ordinary],
];
console.log('masking one 20 kB verbatim (median; done once, when the feedback is stored)');
console.log('text'.padEnd(30), 'before'.padStart(12), 'after'.padStart(12), 'ratio'.padStart(10));
for (const [label, text] of texts) {
  const before = median(() => oldMask(text), 5);
  const after = median(() => maskText(text), 50);
  console.log(label.padEnd(30), ms(before).padStart(12), ms(after).padStart(12), `${(before / after).toFixed(before / after < 10 ? 2 : 0)}×`.padStart(10));
}

const body = `## Proposal\n\n${'We should **call** every detractor within a day, and [log it](https://example.com). '.repeat(Math.ceil(N / 80))}`.slice(0, N);
const render = median(() => renderMarkdown(body), 20);
console.log(`\nmarkdown: rendering a 20 kB idea body costs ${ms(render)}; it was paid on every read of bodyHtml`);
console.log(`(thirty such ideas read five times in one request: ${(render * 150).toFixed(0)} ms of event loop before; stored HTML now, 0 ms)`);
