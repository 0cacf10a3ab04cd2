// Starts a batch `detect` worker thread: tsx's hooks are not inherited by worker threads, so the
// thread registers them itself before loading the TypeScript reader.
import { register } from 'tsx/esm/api';

register();
await import('./detect-thread.ts');
