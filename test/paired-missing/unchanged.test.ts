// Without a value missing, a quantile's interval is the same to the bit as before quantile
// intervals learnt which paths of a pair have a value: the digests below were taken from
// distribution() and censoredDistribution() before that change (cases.ts unchangedCases: 7 to
// 2,001 paths, independent and in antithetic pairs, a payback whose NaN is "never", an IRR
// censored at its bounds).
import { describe, expect, it } from 'vitest';
import { digest, unchangedCases } from './cases.js';

const BEFORE: Record<string, string> = {
  'net, 7 paths': '90027ead8d51184eac2e5f6f0de332bc4fb765036952b79388fa6c30eeb2e579',
  'alike, 7 paths': '3df5bef984ce6b631fcea0f7100b73179fc5ac0cab4347a2f8d20055b0e71611',
  'payback, 7 paths': 'f52e70b05542bbe94433d9e005f7fa24676c6012a4ee7f53c9f806074d3d8a4f',
  'irr, 7 paths': '57886139af77a81b0a4ca0547d3ae0cfbfab88b426ffa2c956865dbb3aeda92e',
  'net, 7 paths in pairs': '8703bcd3cd30066c22d669a90d74ab9f0cf344eb8bb52feb4bd385a0d4d63590',
  'alike, 7 paths in pairs': '067d38fe8c32e2431731f6d24bfcc991042f4b7d5b487bd2e8daa7142e0bd306',
  'payback, 7 paths in pairs': 'bb53fac951c2910ca4e90bb673ffa41f6ce046f33586e035c6d3e71b8f3b301f',
  'irr, 7 paths in pairs': '5a90c18bdf05f42d237bf8068d957fdaa675a7fb07eff62bfb82dfa2addac904',
  'net, 12 paths': 'dffdccd92f9e860be72fe15d47d943cf568d72d88c694e454ff84dddca1c7391',
  'alike, 12 paths': '7c6cd9fa4d89aa0a6d38e48ece85f54a18915d9be265360970c4dcb7e41a582d',
  'payback, 12 paths': '5c4630b98f2a31acb882932951c7d0cc3e8dead21611977c15377df94334a128',
  'irr, 12 paths': '7f010a2f6cab06e3979a4d5ca7986cfd6d8292c12cbd3e8300f042bcba77212d',
  'net, 12 paths in pairs': 'ff5be4f475a36499fb8582706482723282006b2d1c36e4057032d926f5766796',
  'alike, 12 paths in pairs': '52367e33d274c3693a538e4e6a939da67615a16e3996a30b98cccbebdfab7a89',
  'payback, 12 paths in pairs': '2e8c6a65642e0521b10bccfba69e363ee0a92a7d22e16ab11d6e19ae82bd1555',
  'irr, 12 paths in pairs': 'dc51e6daf34af73871d03467311f093616ce18419158b23a0465a5dc91e6a3aa',
  'net, 13 paths': 'd1530de7caff41027720b071ff79f5fb59bb02dd2f8a2317d87814380cdfbb17',
  'alike, 13 paths': '5ec6face6ff683fc8e3562b76efc9ab32c8d477cc8b23bb244fb852d596b1bd1',
  'payback, 13 paths': '6398d1e45ee81d3b9205d5e160b3a8cb7ac919ced05f0c264555f186ac9ec400',
  'irr, 13 paths': 'e9d491bc0d7bcca0aab842d463a57bc34c2f6607fa1dbc3267a0d84811a5b83b',
  'net, 13 paths in pairs': 'ccf2c0fdbd61c216da782b281ac2c39612bcb0020494ffc2bd5bfca5d4d2850f',
  'alike, 13 paths in pairs': 'b05d04f728e319b999522f899234c40012f30b1609861c1440eeeb6628cc3f1c',
  'payback, 13 paths in pairs': '7bd729c28385f53f163cac4a26f5d138e00aebdb69dd67497706dc2bc4c310f2',
  'irr, 13 paths in pairs': '5cf7a119b2646cad088d16690a1dd9bab217d8dc457c50c469f26aa29774cb81',
  'net, 200 paths': '7e0559e7bd3112973f48c00b0ab3a79acf31ef3d7fddb85283d09633dc396bd5',
  'alike, 200 paths': '3db97c30d7667b3a9581439f3ab1268583e33abd27a2f02dde4c957419053e16',
  'payback, 200 paths': 'dbd55721bb9d46c4c5dc4a302d04e8b81765262b7f7da1ab264fe6664964d794',
  'irr, 200 paths': '5dcf85eeace7273732bcdeae49dee27b8b2c96b0c314981400142b5f023fdcad',
  'net, 200 paths in pairs': 'cde32786a22346f56b12ec5d707ff1c8e3fdcffb8860b9f10046d0ef6986a984',
  'alike, 200 paths in pairs': '0d2b47a5601f2f1bd3b4782354c08644faa281f8bc79e8ba1645bb93126bc3e9',
  'payback, 200 paths in pairs': '24f09ef7077844b3000392cf04fefda96862f28161331caff1a4ed7ef6e37f44',
  'irr, 200 paths in pairs': 'eae0876a4d512971b5697cde7b8614d4676903aece6be05c8485fdbd5060cff4',
  'net, 2001 paths': '11dcaf6266c71673247e77f1349d4f4e614cae9fd0daf62bf4380d0ee2dbc970',
  'alike, 2001 paths': '907f3bb60247e9d2fe46a0de30fc47b943c99acc0e8be687fcfaeaaa4e00c910',
  'payback, 2001 paths': 'a572fbb468f7d3d1b4211045450f6be3928240c4cf1f98e1c47776bc00f440e3',
  'irr, 2001 paths': '7dbac4526a316449203c64b432b63e0cdbbd44a7992b49222a727a1264a7b7a2',
  'net, 2001 paths in pairs': '50a908e94aa554f339830f700423aa76f9f218994d65b7d5be3d35c636c381fe',
  'alike, 2001 paths in pairs': '454b79852a17d816eab114bdd1dd5f0e304496bf4e7990f8191eefc635841028',
  'payback, 2001 paths in pairs': '3653f2b6cc32e48d21a394cb9915bd86b51619c81597eaa55d6c544f28d02257',
  'irr, 2001 paths in pairs': 'eeb0b3bc239dd6c0f6761167f5cf9b57a257fe7420700934f5c9913bb0700f5b',
};

describe('quantile intervals with no value missing', () => {
  it('distribution() and censoredDistribution(), independent and in pairs: every figure the same to the bit as before', () => {
    const now = Object.fromEntries(unchangedCases().map(([name, d]) => [name, digest(d)]));
    expect(now).toEqual(BEFORE);
  });
});
