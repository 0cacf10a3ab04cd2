import { describe, expect, it } from 'vitest';
import { documentKindOf } from '../../../lib/detect/document-kind';

// Cover and title lines as each kind prints them; invented where no real report was at hand
// (school, provider, youth justice and adult social care covers follow FRAMEWORKS.md §11).
describe('document kind from the cover', () => {
  it.each([
    ['Local area partnership report\n\nArea SEND inspection of Dudley\nLocal Area Partnership\n\nInspection dates: 20 to 24 January 2025', 'area SEND inspection'],
    ['Joint local area SEND inspection in Anyshire\n\nDear Director', 'area SEND inspection'],
    ['Anytown Primary School\nSchool report\n\nInspection dates 4–5 May 2011\nHeadteacher Ms A Head', 'school inspection'],
    ['Inspection of St Mary’s Church of England Primary School\n\nInspection dates: 3 and 4 July 2023\n\nHeadteacher: A Head', 'school inspection'],
    ['Anytown Children’s Home\n\nUnique reference number: SC123456\nRegistered manager: A Manager\n\nOverall experiences and progress of children and young people: good', 'social care provider inspection'],
    ['An inspection of youth justice services in Anyshire\n\nHM Inspectorate of Probation, March 2024', 'youth justice inspection'],
    ['Anyshire County Council: local authority assessment\n\nHow we assess local authorities under the Care Act 2014', 'adult social care assessment'],
    ['Inspection of Dudley local authority children’s services\n\nInspection dates: 29 October to 9 November 2018\nLead inspector: A Inspector', "children's services inspection"],
    ['Focused visit to Anyshire children’s services\n\nDear Director\n\nThis letter summarises the findings of the focused visit', 'focused visit'],
    ['Report to Cabinet\n\nOfsted inspection of Anytown Primary School', 'council paper'],
  ])('%j → %s', (text, kind) => {
    expect(documentKindOf(text, null)).toBe(kind);
  });
});
