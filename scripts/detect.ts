// npm run --silent detect -- FILE: prints the findings of a .txt, .html or .pdf file as one JSON object.
import { readInputText } from './read-input';
import { detectReport } from '../lib/detect/detect-report';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run --silent detect -- FILE (.txt, .html or .pdf)');
  const text = await readInputText(file);
  const findings = detectReport(text);
  const output = {
    document: findings.document,
    judgements: findings.judgements.map(({ area, areaKey, grade, rank, inspection, quote, start, end, ruleId }) => ({
      area,
      areaKey,
      grade,
      rank,
      inspection,
      quote,
      start,
      end,
      ruleId,
    })),
    recommendations: findings.recommendations.map(({ quote, start, end, deadline, source, section, ruleId }) => ({
      quote,
      start,
      end,
      deadline,
      source,
      section,
      ruleId,
    })),
  };
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`detect: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
