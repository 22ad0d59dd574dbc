#!/usr/bin/env node
import { historyDaysFrom } from '../dist/scenario/simulated-days.js';
// Exits 0 when the shipped history covers a scenario's start date (so it has a back-test), 10 when
// it does not (a present-day scenario), 2 when the file does not validate; anything else (1: the
// script itself failed, e.g. a module moved) must stop the caller, not read as "no back-test".
// For scripts that run a back-test of every scenario: scripts/outputs.sh and .ci/run. Needs a
// build (dist/).
import { validateScenarioFile } from '../dist/scenario/validate.js';

const v = await validateScenarioFile(process.argv[2]);
process.exit(!v.ok ? 2 : historyDaysFrom(v.scenario) > 0 ? 0 : 10);
