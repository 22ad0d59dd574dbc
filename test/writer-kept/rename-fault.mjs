// Preloaded (`node --import`) into a minesim process by test/writer-kept: renames into
// MINESIM_FAULT_INTO fail. The second one fails with ENOSPC; with MINESIM_FAULT_NO_PUT_BACK, every
// rename back out of a `-old` folder fails with EIO (the folder cannot be put back).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const into = process.env.MINESIM_FAULT_INTO;
const noPutBack = process.env.MINESIM_FAULT_NO_PUT_BACK === '1';
const rename = fs.promises.rename;
let count = 0;
const fail = (code) => Object.assign(new Error(`${code}: injected failure, rename`), { code });
fs.promises.rename = async (from, to) => {
  if (into && String(to).startsWith(into)) {
    if (String(from).endsWith('-old') || String(from).includes('-old/')) {
      if (noPutBack) throw fail('EIO');
    } else if (++count === 2) throw fail('ENOSPC');
  }
  return rename(from, to);
};
syncBuiltinESMExports();
