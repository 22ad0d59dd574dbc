#!/usr/bin/env bash
# A sharded minesim run on Slurm: a job array whose task k runs part k/n of the paths, and a merge
# job, queued behind the array with afterok, that writes the run's output folder. The merged
# summary.json is the same, byte for byte, as one machine's run of the same scenario, seed and paths.
#
# Run it from a login node (not through sbatch): it checks the settings, then submits both jobs.
#   deploy/slurm/minesim-array.sh
#   MINESIM_PATHS=2000 MINESIM_SHARDS=4 MINESIM_SEED=7 deploy/slurm/minesim-array.sh
# If a task fails, the merge is cancelled (its dependency can never be met); submit the failed
# tasks again with the same settings and MINESIM_TASKS, and a new merge follows them:
#   MINESIM_PATHS=2000 MINESIM_SHARDS=4 MINESIM_SEED=7 MINESIM_TASKS=3 deploy/slurm/minesim-array.sh
#
# Settings (environment variables; relative paths are taken from the current folder):
#   MINESIM_SCENARIO       scenario file                  [scenarios/north-korea-2017-s9.yaml of this repository]
#   MINESIM_PATHS          paths of the whole run         [1000000]
#   MINESIM_SEED           seed                           [the scenario's monteCarlo.seed]
#   MINESIM_SHARDS         number of shards n             [8]
#   MINESIM_TASKS          shards to submit (--array)     [0-(n-1), all of them]
#   MINESIM_CPUS_PER_TASK  CPUs of each task (--workers)  [1]
#   MINESIM_MEM            memory of each task (--mem)    [the cluster's default]
#   MINESIM_MERGE_MEM      memory of the merge job        [the cluster's default]
#   MINESIM_TIME           time limit of each task        [the cluster's default]
#   MINESIM_OUT            merged output folder           [./minesim-runs/<scenario file name>]
#   MINESIM_PARTS          folder of the part files       [$MINESIM_OUT-parts]
#   MINESIM_LOGS           folder of the jobs' logs       [$MINESIM_OUT-logs]
#   MINESIM_COMMAND        how to call minesim            [node <this repository>/bin/minesim.mjs]
# Every node must see the scenario, the parts, output and logs folders, and minesim itself at the
# same paths (a shared filesystem). Extra sbatch options go through sbatch's own variables
# (SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_QOS, ...).
set -euo pipefail

die() {
  echo "minesim-array.sh: $*" >&2
  exit 2
}

positive() { [[ $2 =~ ^[1-9][0-9]*$ ]] || die "$1 must be a whole number above 0 (got \"$2\")"; }

# The minesim command as words, so that `npx minesim` or a container runner work as well.
minesim() {
  local -a command
  read -ra command <<<"$MINESIM_COMMAND"
  "${command[@]}" "$@"
}

# The shard and merge roles take the settings the submission resolved and exported.
resolved() {
  local v
  for v in MINESIM_SCENARIO MINESIM_PATHS MINESIM_SHARDS MINESIM_PARTS MINESIM_OUT MINESIM_COMMAND; do
    [ -n "${!v:-}" ] || die "$v is not set: submit runs by calling deploy/slurm/minesim-array.sh without arguments"
  done
}

# Inside an array task: this task's part of the paths, on all the CPUs the task was given.
run_shard() {
  minesim run "$MINESIM_SCENARIO" --paths "$MINESIM_PATHS" ${MINESIM_SEED:+--seed "$MINESIM_SEED"} \
    --workers "${SLURM_CPUS_PER_TASK:-1}" --shard "${SLURM_ARRAY_TASK_ID}/${MINESIM_SHARDS}" \
    --out "$MINESIM_PARTS"
}

# The merge job: every part, named one by one, so a missing part is named in the error.
run_merge() {
  local -a parts=()
  for ((k = 0; k < MINESIM_SHARDS; k++)); do parts+=("$MINESIM_PARTS/part-$k-of-$MINESIM_SHARDS.json"); done
  minesim merge "${parts[@]}" --out "$MINESIM_OUT"
}

submit() {
  if [ -n "${SLURM_JOB_ID:-}" ]; then
    die "run this script directly (deploy/slurm/minesim-array.sh), not through sbatch: it submits the shards and the merge itself"
  fi
  local root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  export MINESIM_SCENARIO=$(realpath -m "${MINESIM_SCENARIO:-$root/scenarios/north-korea-2017-s9.yaml}")
  local name
  name=$(basename "$MINESIM_SCENARIO" .yaml)
  export MINESIM_PATHS=${MINESIM_PATHS:-1000000}
  export MINESIM_SEED=${MINESIM_SEED:-}
  export MINESIM_SHARDS=${MINESIM_SHARDS:-8}
  export MINESIM_CPUS_PER_TASK=${MINESIM_CPUS_PER_TASK:-1}
  export MINESIM_OUT=$(realpath -m "${MINESIM_OUT:-minesim-runs/$name}")
  export MINESIM_PARTS=$(realpath -m "${MINESIM_PARTS:-$MINESIM_OUT-parts}")
  export MINESIM_LOGS=$(realpath -m "${MINESIM_LOGS:-$MINESIM_OUT-logs}")
  export MINESIM_COMMAND=${MINESIM_COMMAND:-node $root/bin/minesim.mjs}
  local tasks=${MINESIM_TASKS:-0-$((MINESIM_SHARDS - 1))}

  positive MINESIM_PATHS "$MINESIM_PATHS"
  positive MINESIM_SHARDS "$MINESIM_SHARDS"
  positive MINESIM_CPUS_PER_TASK "$MINESIM_CPUS_PER_TASK"
  [ -f "$MINESIM_SCENARIO" ] || die "MINESIM_SCENARIO: no such file $MINESIM_SCENARIO"
  # A task asking for more CPUs than any node has would wait in the queue forever.
  local largest
  largest=$(sinfo -h -N -o %c ${SBATCH_PARTITION:+-p "$SBATCH_PARTITION"} 2>/dev/null | sort -n | tail -n 1 || true)
  if [[ $largest =~ ^[0-9]+$ ]] && [ "$MINESIM_CPUS_PER_TASK" -gt "$largest" ]; then
    die "MINESIM_CPUS_PER_TASK=$MINESIM_CPUS_PER_TASK, but the largest node has $largest CPUs: the tasks would never start; ask for $largest or fewer"
  fi
  # Bad scenarios are reported here, in seconds, rather than by every task.
  minesim validate "$MINESIM_SCENARIO" >/dev/null

  mkdir -p "$MINESIM_PARTS" "$MINESIM_LOGS"
  local script array merge
  script=$(realpath "${BASH_SOURCE[0]}")
  array=$(sbatch --parsable --export=ALL --job-name="minesim-$name" --array="$tasks" \
    --cpus-per-task="$MINESIM_CPUS_PER_TASK" ${MINESIM_MEM:+--mem="$MINESIM_MEM"} \
    ${MINESIM_TIME:+--time="$MINESIM_TIME"} --output="$MINESIM_LOGS/shard-%a-of-$MINESIM_SHARDS.%A.out" \
    "$script" shard)
  array=${array%%;*}
  merge=$(sbatch --parsable --export=ALL --job-name="minesim-$name-merge" \
    --dependency="afterok:$array" --kill-on-invalid-dep=yes ${MINESIM_MERGE_MEM:+--mem="$MINESIM_MERGE_MEM"} \
    --output="$MINESIM_LOGS/merge.%j.out" "$script" merge)
  merge=${merge%%;*}
  echo "array job $array: shards $tasks of $MINESIM_SHARDS, $MINESIM_PATHS paths, $MINESIM_CPUS_PER_TASK CPUs a task; parts in $MINESIM_PARTS"
  echo "merge job $merge: starts once every task of job $array has succeeded; output in $MINESIM_OUT"
  echo "logs in $MINESIM_LOGS"
}

case "${1:-}" in
  '') submit ;;
  shard) resolved; run_shard ;;
  merge) resolved; run_merge ;;
  *) die "unknown role \"$1\" (run the script without arguments to submit a run)" ;;
esac
