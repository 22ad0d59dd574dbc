// Worker thread entry of the study's pool (study-pool.ts): runs one job at a time, for as many
// jobs as the pool sends, so the thread's start-up and module loading are paid once per study.
import { parentPort, workerData } from 'node:worker_threads';
import { useDataFolder } from '../data/history.js';
import { runStudyJob, type StudyJob, type StudyJobResult } from './study-jobs.js';

/** What a study thread is started with: the user data folder whose imported days extend its histories. */
export interface StudyWorkerData {
  dataFolder: string | null;
}

export type StudyReply =
  | { type: 'done'; id: number; result: StudyJobResult }
  | { type: 'error'; id: number; message: string; stack?: string };

// A thread's module state is its own: without the calling thread's data folder it would read the
// shipped history alone, and a start whose outcome lies in imported days would have none.
useDataFolder((workerData as StudyWorkerData | null)?.dataFolder ?? null);

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
