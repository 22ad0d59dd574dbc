#!/usr/bin/env node
// Exits 0 when the shipped history covers a scenario's start date (so it has a back-test), 1 when
// it does not (a present-day scenario), 2 when the file does not validate. For scripts that run a
// back-test of every scenario: scripts/outputs.sh and .ci/run. Needs a build (dist/).
import { historyDaysFrom } from '../dist/engine/backtest/history-path.js';
import { validateScenarioFile } from '../dist/scenario/validate.js';

const v = await validateScenarioFile(process.argv[2]);
process.exit(!v.ok ? 2 : historyDaysFrom(v.scenario) > 0 ? 0 : 1);
