#!/usr/bin/env bash
# A sharded minesim run as a Slurm job array: task i of 8 runs part i/8 of the paths, then a
# merge job that starts when every task has succeeded writes the run's output folder.
#   sbatch deploy/slurm/minesim-array.sh        (from the repository, after npm ci)
#SBATCH --job-name=minesim-shards
#SBATCH --array=0-7
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=02:00:00
#SBATCH --output=slurm-%A_%a.out
set -euo pipefail
SHARDS=8
SCENARIO=scenarios/north-korea-2017-s9.yaml
PARTS=runs/north-korea-2017-s9-parts

node bin/minesim.mjs run "$SCENARIO" --paths 1000000 --workers "${SLURM_CPUS_PER_TASK:-4}" \
  --shard "${SLURM_ARRAY_TASK_ID}/${SHARDS}" --out "$PARTS"

# The last task to start queues the merge behind the whole array.
if [ "${SLURM_ARRAY_TASK_ID}" = "$((SHARDS - 1))" ]; then
  sbatch --dependency="afterok:${SLURM_ARRAY_JOB_ID}" --job-name=minesim-merge --time=00:30:00 \
    --wrap="node bin/minesim.mjs merge ${PARTS}/part-*-of-${SHARDS}.json --out runs/north-korea-2017-s9"
fi
