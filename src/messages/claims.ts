// Messages about claims (`payback > 1 year`). One function a message; see shown.ts.

export const claimMessages = {
  unparsable: () =>
    'expected a claim like `payback > 2 years`, `P(payback <= 1 year) >= 0.9` or `P(npv > 0) >= 0.5` (metrics: payback, npv, net, roi, irr)',
  badProbability: (text: string) =>
    `the probability must be between 0 and 1, like 0.5 or 50 % (got ${JSON.stringify(text)})`,
  badValue: (metric: string, detail: string) => `the ${metric} threshold: ${detail}`,
};
