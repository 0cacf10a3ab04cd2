// npm run make-pages: rebuilds the saved report pages in tests/fixtures/pages from the seed papers
// (tests/fixtures/text) and the Ofsted PDFs (tests/fixtures/pdf), the way a council or gov.uk site
// would publish them: paragraphs, headings, lists and tables. The pages are committed; this script
// documents how they were made.
import fs from 'node:fs';
import path from 'node:path';
import { readInputText } from './read-input';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'tests/fixtures/pages');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inline = (s: string) =>
  escapeHtml(s.replace(/<\/?sup>/g, ''))
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .trim();
const BULLET = /^\s*(?:[-*•◼▪■●]|\d{1,2}[.)])\s+/;

/** Lines that start with a bullet or a number open a list item; the lines after it continue it. */
function splitListItems(lines: string[]): { lead: string[]; items: string[] } {
  const first = lines.findIndex((l) => BULLET.test(l));
  if (first < 0) return { lead: lines, items: [] };
  const items: string[] = [];
  for (const line of lines.slice(first)) {
    if (BULLET.test(line) || items.length === 0) items.push(line.replace(BULLET, ''));
    else items[items.length - 1] += ` ${line.trim()}`;
  }
  return { lead: lines.slice(0, first), items };
}

/** One block of text (lines between blank lines) as HTML. */
function blockToHtml(lines: string[]): string {
  if (lines.some((l) => l.includes('\t') || /^\|.*\|$/.test(l.trim()))) {
    const rows = lines.filter((l) => !/^\|?[\s:|-]+\|?$/.test(l.trim()));
    const cells = (l: string) =>
      l.includes('\t')
        ? l.split('\t')
        : l
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|');
    return `<table>\n${rows
      .map(
        (l) =>
          `<tr>${cells(l)
            .map((c) => `<td>${inline(c)}</td>`)
            .join('')}</tr>`,
      )
      .join('\n')}\n</table>`;
  }
  const only = lines.length === 1 ? lines[0]!.trim() : '';
  if (/^\d{1,2}\.\s+[A-Z][^.]{2,80}$/.test(only)) return `<h2>${inline(only)}</h2>`; // a numbered heading
  const { lead, items } = splitListItems(lines);
  const list = items.length > 0 ? `\n<ul>\n${items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</ul>` : '';
  if (lead.length === 0) return list.trim();
  const text = lead.join(' ');
  const bold = /^\*\*([^*]+)\*\*$/.exec(text.trim());
  if (bold) return `<h2>${inline(bold[1]!)}</h2>${list}`;
  if (lead.length === 1 && text.length < 90 && !/[.,;:]$/.test(text.trim()) && /^[A-Z]/.test(text.trim()))
    return `<h2>${inline(text)}</h2>${list}`;
  return `<p>${inline(text)}</p>${list}`;
}

/** The whole text as a gov.uk-like page. */
export function textToPage(title: string, text: string): string {
  const blocks = text.split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => l.trim() !== ''));
  const body = blocks
    .filter((b) => b.length > 0)
    .map(blockToHtml)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body { font: 16px/1.5 Arial, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; } td { border: 1px solid #bbb; padding: .3rem; } table { border-collapse: collapse; }</style>
</head>
<body>
<header><p>Saved page for Inspection Lens tests, made by scripts/make-pages.ts from ${escapeHtml(title)}</p></header>
<main>
${body}
</main>
</body></html>
`;
}

async function main(): Promise<void> {
  const sources = [
    ...fs.readdirSync(path.join(root, 'tests/fixtures/text')).map((f) => path.join(root, 'tests/fixtures/text', f)),
    ...fs.readdirSync(path.join(root, 'tests/fixtures/pdf')).map((f) => path.join(root, 'tests/fixtures/pdf', f)),
  ];
  for (const file of sources) {
    const name = path.basename(file).replace(/\.(txt|pdf)$/, '');
    const page = textToPage(name, await readInputText(file));
    fs.writeFileSync(path.join(out, `${name}.html`), page);
    console.log(`${name}.html  ${(page.length / 1024).toFixed(0)} kB`);
  }
}

main().catch((error: unknown) => {
  console.error(`make-pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
