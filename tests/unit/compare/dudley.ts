// Dudley's papers and reports, read and detected the way the extension does: the real data the
// comparison is tested on.
import path from 'node:path';
import { detectReport } from '../../../lib/detect/detect-report';
import type { SourceDocument } from '../../../lib/compare/inspection-types';
import { readInputText } from '../../../scripts/read-input';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
export const DUDLEY = {
  cabinet2012: [
    'text/dudley-2012-cabinet-slac-outcome.txt',
    'Dudley cabinet, January 2012: outcome of the safeguarding and looked after children inspection',
  ],
  commissioner2016: [
    'text/dudley-2016-commissioner-report.txt',
    'Report of the commissioner for children’s services in Dudley, 2016',
  ],
  ofsted2016: ['pdf/80464-dudley_2016-04-05.pdf', 'Dudley SIF inspection'],
  ofsted2018: ['pdf/80464-dudley_2018-12-10.pdf', 'Dudley ILACS inspection'],
  ofsted2023: ['pdf/80464-dudley_2023-01-13.pdf', 'Dudley ILACS inspection'],
} as const;

export async function dudleyReport(key: keyof typeof DUDLEY): Promise<SourceDocument> {
  const [file, title] = DUDLEY[key];
  return { id: key, title, ...detectReport(await readInputText(path.join(fixtures, file))) };
}
