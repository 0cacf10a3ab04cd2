// A worker thread of the batch `detect`: reads each file it is sent (PDF, HTML or text, exactly as
// the one-file form reads it) and answers with the contract object or the one-line reason it was refused.
import { parentPort } from 'node:worker_threads';
import { detectReport } from '../../lib/detect/detect-report';
import { readInputText } from '../read-input';
import { detectOutput } from './detect-output';
import { READY, type ThreadReply } from './detect-pool';

/** The reason without the file name the reader appends (the refusal line names the file first). */
const reason = (error: unknown, file: string) =>
  (error instanceof Error ? error.message : String(error)).replace(`: ${file}`, '');

parentPort?.on('message', (file: string) => {
  readInputText(file)
    .then((text): ThreadReply => ({ ok: true, file, output: detectOutput(detectReport(text)) }))
    .catch((error: unknown): ThreadReply => ({ ok: false, file, error: reason(error, file) }))
    .then((reply) => parentPort?.postMessage(reply));
});
parentPort?.postMessage(READY);
