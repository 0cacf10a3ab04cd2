import { describe, expect, it } from 'vitest';
import { detectReport } from '../../../lib/detect/detect-report';

// Recommendations news items and council papers restate in reported speech, after an anaphoric
// lead-in, or with the areas named first (invented wording, the shapes of real papers), and the
// near shapes that are none: counts, a council's own words, a relative clause's modal.
const NEWS = 'Ofsted report on children’s services published\n\n';
const PAPER = 'Agenda item\n\nChildren and Young People Scrutiny Committee\n\n';
const quotes = (text: string) => detectReport(text).recommendations.map((r) => r.quote);
const found = (text: string) => detectReport(text).recommendations.map((r) => [r.quote, r.source]);

describe('areas needing improvement, then the list after "particularly" or "notably"', () => {
  it.each([
    'Ofsted said leaders know their services well but identified areas needing improvement, particularly in the timeliness of assessments and help for young carers.\n',
    'Inspectors found aspects requiring further improvement, notably the timeliness of assessments and help for young carers.\n',
    'The report named areas that need to be strengthened, in particular the timeliness of assessments and help for young carers.\n',
    'Ofsted said some areas still required attention, especially the timeliness of assessments, and help for young carers.\n',
  ])('reads each area: %j', (body) => {
    const q = quotes(NEWS + body);
    expect(q).toHaveLength(2);
    expect(q[0]).toMatch(/the timeliness of assessments$/);
    expect(q[1]).toBe('help for young carers');
  });
});

describe('a list after an anaphoric lead-in, the sentence before naming the inspection’s areas or recommendations', () => {
  it.each([
    'Inspectors made several recommendations to help the service become good. These include reviewing supervision and that plans are written with families.\n',
    'Progress in improving some areas of practice identified at the last inspection has been too slow, the letter said. These areas include reviewing supervision, and plans written with families.\n',
    'The inspection report set out areas where the council must do better. They include reviewing supervision and plans written with families.\n',
    'Ofsted made a number of recommendations. Other recommendations are to review supervision and improve plans written with families.\n',
  ])('reads each item: %j', (body) => {
    const q = quotes(NEWS + body);
    expect(q).toHaveLength(2);
    expect(q[0]).toMatch(/^review(?:ing)? supervision$/);
    expect(q[1]).toMatch(/plans (?:are )?written with families$/);
  });

  it.each([
    'Inspectors praised several strengths of the service. These include reviewing supervision and plans written with families.\n',
    'After the inspection the council drew up its improvement plan. These include reviewing supervision and plans written with families.\n',
    'The council said it would improve further. These include reviewing supervision and plans written with families.\n',
  ])('reads none after praise or the council’s own plan: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual([]);
  });
});

describe('Ofsted’s demands in reported speech', () => {
  it.each([
    ['The report rated care leavers’ services good, but stated support for young carers must improve.\n', 'support for young carers must improve'],
    ['Ofsted’s report, published in May, rated adoption good but stated support for young carers must improve.\n', 'support for young carers must improve'],
    [
      'Inspectors said there were no serious failures but stated that councillors and the partnership needed to strengthen their oversight of plans.\n',
      'councillors and the partnership needed to strengthen their oversight of plans',
    ],
    ['Ofsted praised the front door. They also asked that help for young carers should be more consistently offered.\n', 'help for young carers should be more consistently offered'],
    ['A council has been told to improve the quality of its work with care leavers after Ofsted inspectors visited.\n', 'improve the quality of its work with care leavers'],
    ['Ofsted has recommended that the council strives to place children with adopters sooner.\n', 'strives to place children with adopters sooner'],
  ])('reads the demand: %j', (body, quote) => {
    expect(found(NEWS + body)).toEqual([[quote, 'inspection']]);
  });

  it.each([
    'The monitoring visit found there was still more to do to strengthen the management structure.\n',
    'Inspectors said there is more work to do to strengthen the management structure.\n',
    'The focused visit found there was further work needed to strengthen the management structure.\n',
    'Ofsted highlighted the need for more work to strengthen the management structure.\n',
  ])('reads the work still to do: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual(['strengthen the management structure']);
  });
});

describe('near shapes that are no recommendation', () => {
  it.each([
    'The report found that although leaders have made real improvements, two out of four areas still need improvement.\n',
    'The inspection report gave a number of areas for development including two within the front door part and three within the care part of the report.\n',
    'The report also stated that outcomes were improving and that most children were placed within a year of a decision that they should be adopted.\n',
    'Ofsted found children safe.\nThe Director added: “We had already recognised areas that needed to be improved and had made changes.\n',
    'Ofsted have found us to be good and that we know what we need to do to improve further.\n',
    'Ofsted found services inadequate.\nThe council has been told to prove its services are safe and will have to meet targets set by the government.\n',
  ])('finds none: %j', (body) => {
    expect(quotes(NEWS + body)).toEqual([]);
  });
});

describe('the committee’s resolutions as minutes give them', () => {
  it.each([
    ['The committee received the report.\n\n\nThat the report be noted.\n', 'That the report be noted.'],
    ['3.  That officers report back to the March meeting on progress with the plan.\n', 'That officers report back to the March meeting on progress with the plan.'],
    ['b) That the Director writes to the partnership about the findings.\n', 'That the Director writes to the partnership about the findings.'],
  ])('reads the resolution: %j', (body, quote) => {
    expect(found(PAPER + body)).toEqual([[quote, 'committee']]);
  });

  it.each(['3.  That is why the plan was revised.\n', 'That was the last item.\n', 'That the service had improved was clear to members.\n'])(
    'reads none from a numbered paragraph or a line that is no resolution: %j',
    (body) => {
      expect(quotes(PAPER + body)).toEqual([]);
    },
  );
});

describe('a decision record’s "Decision:" field', () => {
  it.each([
    ['Decision number: | 12\nDecision: |\nThe Cabinet noted the progress made and agreed the updated plan. |\nReasons:\n', 'The Cabinet noted the progress made and agreed the updated plan.'],
    ['Decision:\nthat the contents of the improvement report be noted.\nMinutes:\n', 'that the contents of the improvement report be noted.'],
    ['Decision: The Panel agreed the updated improvement plan.\n', 'The Panel agreed the updated improvement plan.'],
  ])('reads the decision as the committee’s: %j', (body, quote) => {
    expect(found(PAPER + body)).toEqual([[quote, 'committee']]);
  });

  it('reads no empty field or a heading', () => {
    expect(quotes(PAPER + 'Decision:\n\nReasons:\nTo update members.\n')).toEqual([]);
  });
});

describe('an inspection’s recommendation named by its action', () => {
  it.each([
    'In particular, recommendations to improve the timeliness of adoption reports made in the last inspection were not met.\n',
    'Ofsted found that the recommendation to improve the timeliness of adoption reports had not been acted on.\n',
    'Inspectors said the earlier recommendation to improve the timeliness of adoption reports was still outstanding.\n',
  ])('reads the action: %j', (body) => {
    expect(found(NEWS + body)).toEqual([['improve the timeliness of adoption reports', 'inspection']]);
  });

  it('reads none without the inspection named', () => {
    expect(quotes(PAPER + 'The recommendation to review the fostering allowances was agreed by the panel.\n')).toEqual([]);
  });
});
