// How HTML elements break text in the detector's model: skipped, a paragraph gap, a line, or a cell.

/** Content that is not page text: scripts, styles, embedded documents and form controls. */
export const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'svg',
  'SVG',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
]);
/** Elements that stand apart as paragraphs (a blank line before and after). */
export const PARAGRAPH = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'FIGURE',
  'DL',
  'PRE',
  'HR',
  'FORM',
  'FIELDSET',
  'DETAILS',
]);
/** Elements that start a new line. */
export const LINE = new Set([
  'DIV',
  'BR',
  'TR',
  'LI',
  'DT',
  'DD',
  'ADDRESS',
  'CAPTION',
  'FIGCAPTION',
  'SUMMARY',
  'LEGEND',
  'OPTION',
  'CENTER',
]);
/** Table cells: joined by tabs into one row. */
export const CELL = new Set(['TD', 'TH']);

/** Does this element put a break in the text (a paragraph gap, a line or a cell's tab)? */
export const breaksText = (el: Element): boolean => {
  const tag = el.tagName.toUpperCase();
  return PARAGRAPH.has(tag) || LINE.has(tag) || CELL.has(tag);
};
