// A run the explorer no longer wants: thrown from the engine's progress callback when the analyst
// has changed an input since the run began, so the engine stops at its next chunk.

export class RunCancelled extends Error {
  constructor() {
    super('run cancelled: the inputs changed');
    this.name = 'RunCancelled';
  }
}

export function isRunCancelled(error: unknown): error is RunCancelled {
  return error instanceof Error && error.name === 'RunCancelled';
}
