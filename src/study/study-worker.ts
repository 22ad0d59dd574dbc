// Worker thread entry of the study's pool (study-pool.ts): runs one job at a time, for as many
// jobs as the pool sends, so the thread's start-up and module loading are paid once per study.
import { parentPort } from 'node:worker_threads';
import { runStudyJob, type StudyJob, type StudyJobResult } from './study-jobs.js';

export type StudyReply =
  | { type: 'done'; id: number; result: StudyJobResult }
  | { type: 'error'; id: number; message: string; stack?: string };

parentPort?.on('message', (request: { id: number; job: StudyJob }) => {
  runStudyJob(request.job).then(
    (result) => parentPort?.postMessage({ type: 'done', id: request.id, result } satisfies StudyReply),
    (error: Error) =>
      parentPort?.postMessage({
        type: 'error',
        id: request.id,
        message: error.message,
        stack: error.stack,
      } satisfies StudyReply),
  );
});
