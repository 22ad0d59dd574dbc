// Preloaded (`node --import`) into a minesim process by test/nothing-lost-2: as the imported days
// are renamed into the data folder's store, the process is sent SIGTERM (the write holds signals,
// finishes, and then the process exits 143).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const rename = fs.promises.rename;
fs.promises.rename = async (from, to) => {
  if (String(to).endsWith('btc-daily.csv')) process.kill(process.pid, 'SIGTERM');
  return rename(from, to);
};
syncBuiltinESMExports();
