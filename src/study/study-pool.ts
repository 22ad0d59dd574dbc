// The study's worker pool: started once for the whole study and fed every job (all coins, starts
// and models), two in flight per thread. A job runs whole on one thread and its numbers depend
// only on the job, so results are the same for any number of workers. With one worker, jobs run
// on the calling thread and no thread is started. Each thread reads the histories of the calling
// thread's user data folder (its imported days), as the jobs run inline would.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { dataFolderInUse } from '../data/history.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { runStudyJob, type StudyJob, type StudyJobResult } from './study-jobs.js';
import type { StudyReply, StudyWorkerData } from './study-worker.js';

/** The compiled worker: beside this file in dist/, or dist/study/study-worker.js when running from src/. */
function workerFile(): URL {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts')
    ? new URL('../../dist/study/study-worker.js', import.meta.url)
    : new URL('./study-worker.js', import.meta.url);
}

const IN_FLIGHT = 2;
/** Most threads a study starts, as many as a run's pool (engine/run/run.ts): more only cost memory. */
export const MAX_STUDY_WORKERS = LIMITS.workers;

/** The threads a pool of `workers` starts: none for one (jobs run on the calling thread), at most MAX_STUDY_WORKERS. */
export function studyThreads(workers: number): number {
  return workers > 1 ? Math.min(workers, MAX_STUDY_WORKERS) : 0;
}

export interface StudyPool {
  /** Runs every job, results in the jobs' order; `onDone` after each. */
  runAll(jobs: readonly StudyJob[], onDone?: () => void): Promise<StudyJobResult[]>;
  close(): Promise<void>;
}

export function startStudyPool(workers: number): StudyPool {
  const workerData: StudyWorkerData = { dataFolder: dataFolderInUse() };
  const threads = Array.from(
    { length: studyThreads(workers) },
    () => new Worker(workerFile(), { workerData }),
  );
  return {
    runAll: (jobs, onDone) => (threads.length === 0 ? runInline(jobs, onDone) : runOn(threads, jobs, onDone)),
    close: async () => {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}

async function runInline(jobs: readonly StudyJob[], onDone?: () => void): Promise<StudyJobResult[]> {
  const out: StudyJobResult[] = [];
  for (const job of jobs) {
    out.push(await runStudyJob(job));
    onDone?.();
  }
  return out;
}

function runOn(threads: Worker[], jobs: readonly StudyJob[], onDone?: () => void): Promise<StudyJobResult[]> {
  const results = new Array<StudyJobResult>(jobs.length);
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    if (jobs.length === 0) {
      resolve(results);
      return;
    }
    const listeners: [Worker, (reply: StudyReply) => void, (e: Error) => void][] = [];
    const detach = () => {
      for (const [t, onMessage, onError] of listeners) {
        t.off('message', onMessage);
        t.off('error', onError);
      }
    };
    const send = (t: Worker) => {
      if (next >= jobs.length) return;
      const id = next++;
      t.postMessage({ id, job: jobs[id] });
    };
    for (const t of threads) {
      const onMessage = (reply: StudyReply) => {
        if (reply.type === 'error') {
          const error = new Error(`study worker failed: ${reply.message}`);
          error.stack = reply.stack;
          detach();
          reject(error);
          return;
        }
        results[reply.id] = reply.result;
        finished++;
        onDone?.();
        if (finished === jobs.length) {
          detach();
          resolve(results);
        } else send(t);
      };
      const onError = (e: Error) => {
        detach();
        reject(e);
      };
      t.on('message', onMessage);
      t.on('error', onError);
      listeners.push([t, onMessage, onError]);
      for (let i = 0; i < IN_FLIGHT; i++) send(t);
    }
  });
}
