import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';
import { normaliseConverterText } from '../../../lib/detect/converter-text';

// Issue 10, item 6: text from other converters (pdftotext, copies from viewers) must give what the
// PDF gives. Invented wording, the shapes pdftotext writes.
const quotes = (text: string) => detectReport(text).recommendations.map((r) => r.quote);

const HEAD = 'Anyshire\nInspection of children’s social care services\nInspection dates: 1 to 12 May 2018\n\n';

describe('converter text: same length, same offsets', () => {
  it('keeps every offset (one character for one)', () => {
    const text = '\f\uf0a7 item\n\uf06e other\n';
    expect(normaliseConverterText(text)).toHaveLength(text.length);
  });

  it('a page break (form feed) is a line break', () => {
    expect(normaliseConverterText('end of page.\fNext page')).toBe('end of page.\nNext page');
  });
});

describe('converter text: bullets in a symbol font', () => {
  it('pdftotext writes a Wingdings bullet as a private-use character: each item is read', () => {
    const text = `${HEAD}What needs to improve\n\uf06e The timeliness of strategy meetings in assessment teams.\n\uf06e Personal education plans to reflect the voice of the young person.\n\nNext section\n`;
    expect(quotes(text)).toEqual([
      'The timeliness of strategy meetings in assessment teams.',
      'Personal education plans to reflect the voice of the young person.',
    ]);
  });

  it('a private-use bullet alone on its line, the item after a blank line', () => {
    const text = `${HEAD}Areas for improvement\nImmediately:\n\uf0a7 improve the quality of supervision in casework\n\uf0a7\n\nimprove the timeliness of care proceedings.\n\nWithin six months:\n\uf0a7 ensure there is suitable accommodation for care leavers.\n`;
    expect(quotes(text)).toEqual([
      'improve the quality of supervision in casework',
      'improve the timeliness of care proceedings.',
      'ensure there is suitable accommodation for care leavers.',
    ]);
  });

  it('a private-use character inside a line is left alone', () => {
    expect(normaliseConverterText('see \uf0a7 here')).toBe('see \uf0a7 here');
  });
});

describe('converter text: running heads and page numbers between pages', () => {
  const page = (n: number, body: string) => `Anyshire Council Inspection of services\n\n${n}\n\n${body}\n\n`;

  it('a running head repeated over page breaks and the page numbers become blanks', () => {
    const text = [1, 2, 3, 4, 5].map((n) => page(n, n === 2 ? 'Second page text.' : 'Page text.')).join('\f');
    const out = normaliseConverterText(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/Anyshire Council Inspection of services\n\n2/);
    expect(out.match(/Anyshire Council/g)).toHaveLength(1); // the first page's head is the title
    expect(out).toContain('Second page text.');
  });

  it('a list of items runs on over a page break with a running head and page number', () => {
    const text =
      `${HEAD}Areas for improvement\nImmediately:\n\uf0a7 improve the quality of supervision in casework.\n\n` +
      `\fAnyshire Council Inspection of services\n\n7\n\nWithin three months:\n\uf0a7 improve participation in pathway planning\n\n` +
      `\fAnyshire Council Inspection of services\n\n8\n\nOther text.\n\fAnyshire Council Inspection of services\n\n9\n`;
    expect(quotes(text)).toEqual([
      'improve the quality of supervision in casework.',
      'improve participation in pathway planning',
    ]);
  });
});

describe('converter text: a section heading at the top of two pages is not a running head', () => {
  it('"Recommendations" starting two of eight pages stays', () => {
    const pages = [
      'Title page',
      'Recommendations\n1. Ensure plans are reviewed.',
      'Body',
      'Body',
      'Recommendations\n2. Other',
      'Body',
      'Body',
      'End',
    ];
    expect(normaliseConverterText(pages.join('\n\f'))).toContain('Recommendations\n1. Ensure');
  });
});

describe('converter text: pdftotext -layout sets the page number on the running head’s line', () => {
  it('"Anyshire Council Inspection of services          7" is a running head on every page', () => {
    const pages = [1, 2, 3, 4, 5].map(
      (n) => `Anyshire Council Inspection of services${' '.repeat(18)}${n}\n\n\n   Body text ${n}.\n`,
    );
    const out = normaliseConverterText(pages.join('\f'));
    expect(out.match(/Anyshire Council/g)).toHaveLength(1);
    expect(out).toContain('Body text 3.');
  });
});

describe('converter text: the summary of judgements as pdftotext writes it (cells apart, blank lines between)', () => {
  it('the overall sentence right above "1. Children who need help and protection" / blank / "Good" stays the overall grade', () => {
    const text = `${HEAD}Children’s services in Anyshire are good\n1. Children who need help and protection\n\nGood\n\n2.1 Adoption performance\n\nGood\n`;
    const own = detectReport(text)
      .judgements.filter((j) => j.inspection === null)
      .map((j) => `${j.areaKey}|${j.grade}`);
    expect(new Set(own)).toEqual(new Set(['overall|good', 'help_protection|good', 'adoption|good']));
  });
});

describe('converter text: a heading that grades an area, run into the next paragraph without a blank line', () => {
  it('the heading’s grade is this inspection’s, whatever date the next sentence gives', () => {
    const text = `${HEAD}The Local Safeguarding Children Board (LSCB)\nThe Local Safeguarding Children Board requires improvement\nExecutive summary\nThe board meets its functions as defined in Working Together\n2015. Partners attend.\n`;
    const lscb = detectReport(text).judgements.filter((j) => j.areaKey === 'lscb');
    expect(lscb.map((j) => [j.grade, j.inspection])).toEqual([['requires improvement', null]]);
  });

  it('a sentence that wraps on in lower case is still read whole', () => {
    const text = `${HEAD}The Local Safeguarding Children Board was judged inadequate\nat the last inspection in 2012.\n`;
    const lscb = detectReport(text).judgements.filter((j) => j.areaKey === 'lscb');
    expect(lscb.map((j) => [j.grade, j.inspection])).toEqual([['inadequate', '2012']]);
  });
});

describe('converter text: a topic sub-heading right above a number alone on its line', () => {
  it('"Leadership, management and governance" / "4." / blank / item: the list runs on', () => {
    const text =
      `${HEAD}What does the local authority need to improve?\nPriority and immediate action\n3.\n\nEnsure that return interviews are offered.\n\n` +
      'Areas for improvement\n\nLeadership, management and governance\n4.\n\nEnsure that performance management drives improvement.\n\n' +
      'Help and protection\n5.\n\nImprove the quality of assessments.\n';
    expect(quotes(text)).toEqual([
      'Ensure that return interviews are offered.',
      'Ensure that performance management drives improvement.',
      'Improve the quality of assessments.',
    ]);
  });
});

describe('converter text: a section heading right under the last numbered item, no blank line between', () => {
  it('"Key strengths and weaknesses of the board" ends the list: its numbered paragraphs are not items', () => {
    const text =
      `${HEAD}Section 2: The effectiveness of the local safeguarding children board\nThe effectiveness of the LSCB is good\n` +
      'Areas for improvement\n40. Improve the scrutiny of multi-agency audits so that\nlearning is shared across partners.\n' +
      '41. Strengthen the annual report so that it sets out\nthe board’s priorities clearly.\n' +
      'Key strengths and weaknesses of the LSCB\n42. The LSCB meets regularly and partners attend well. Its\nsub-groups report to it each quarter.\n' +
      '43. The board has not yet evaluated the impact of its\ntraining on practice.\n';
    expect(quotes(text)).toEqual([
      'Improve the scrutiny of multi-agency audits so that\nlearning is shared across partners.',
      'Strengthen the annual report so that it sets out\nthe board’s priorities clearly.',
    ]);
  });
});

describe('converter text: a topic sub-heading right above a numbered item, no blank line between', () => {
  it('"Children in care" / "6. Improve …": the numbering runs on under the topic', () => {
    const text =
      `${HEAD}What does the local authority need to improve?\nAreas for improvement\n\nHelp and protection\n5. Improve the timeliness of\nassessments for disabled children.\n\n` +
      'Children in care\n6. Improve the quality of care plans so that\nthey say who does what and when.\n7. Ensure that reviews happen on time.\n\nSummary for children and young people\n';
    expect(quotes(text)).toEqual([
      'Improve the timeliness of\nassessments for disabled children.',
      'Improve the quality of care plans so that\nthey say who does what and when.',
      'Ensure that reviews happen on time.',
    ]);
  });
});

describe('converter text: pdftotext -layout indents the items of a "Previous Ofsted inspections" list', () => {
  const judgementsOf = (text: string) =>
    detectReport(text).judgements.map((j) => `${j.areaKey} ${j.grade} ${j.inspection ?? 'current'}`);
  const SIF_HEAD =
    'Anyshire\nInspection of services for children in need of help and protection\nInspection dates: 11 June 2018 to 5 July 2018\n\n';

  it('every indented item, wrapped or nested, stays with the lead-in’s date', () => {
    const text =
      `${SIF_HEAD}Previous Ofsted inspections\n\n` +
      '\uf0a7 The last inspection report for the local authority’s children’s services was\n' +
      '  published in January 2016. The judgements for the local authority were:\n' +
      '      \uf0a7 overall effectiveness: Inadequate\n' +
      '      \uf0a7 children looked after and achieving permanence: Requires improvement to\n' +
      '        be good\n' +
      '          \uf0be adoption performance: Requires improvement to be good\n' +
      '      \uf0a7 leadership, management and governance: Inadequate.\n\n\nLocal leadership\n';
    expect(judgementsOf(text)).toEqual([
      'overall inadequate January 2016',
      'in_care requires improvement January 2016',
      'adoption requires improvement January 2016',
      'leaders inadequate January 2016',
    ]);
  });
});
